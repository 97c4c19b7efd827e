// The suite Stryker runs for each mutant of the Shapley and Banzhaf values and their kernels (npm run mutation:games): the
// tests that exercise them (the list replaces the full suite's).
import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

export default defineConfig({ ...base, test: { ...base.test, include: ['test/games/laws.test.ts', 'test/games/fixtures.test.ts', 'test/games/publishedValues.test.ts', 'test/games/kernels.test.ts', 'test/edges/*.test.ts', 'test/messages.test.ts'] } })
