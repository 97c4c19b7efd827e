// The suite Stryker runs for each mutant of recruitment and payments (npm run mutation:recruitment): the
// tests that exercise them (the list replaces the full suite's).
import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

export default defineConfig({ ...base, test: { ...base.test, include: ['test/recruitment/*.test.ts', 'test/checked.test.ts', 'test/messages.test.ts', 'test/edges/*.test.ts'] } })
