// The suite Stryker runs for each mutant (npm run mutation): the unit tests of the mutated modules
// only (mergeConfig would add these to the full suite's include list, so the list is replaced).
import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

export default defineConfig({ ...base, test: { ...base.test, include: ['test/claims/**/*.test.ts', 'test/edges/*.test.ts', 'test/messages.test.ts'] } })
