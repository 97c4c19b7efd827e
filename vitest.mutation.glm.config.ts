// The suite Stryker runs for each mutant of the binomial GLM and both fits (npm run mutation:glm):
// their own tests, without the million-row convergence test and the bounds file (about 20 s a run; npm test runs them).
import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

export default defineConfig({ ...base, test: { ...base.test, include: ['test/defection/glm.test.ts', 'test/defection/estimation.test.ts', 'test/participation/participation.test.ts', 'test/messages.test.ts'] } })
