// The suite Stryker runs for each mutant of the scenario module (npm run mutation:scenario): its own
// tests (the list replaces the full suite's).
import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

export default defineConfig({ ...base, test: { ...base.test, include: ['test/scenario/*.test.ts', 'test/study/study.test.ts'] } })
