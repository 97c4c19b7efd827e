// The suite Stryker runs for each mutant of the counting behind Banzhaf and Shapley–Shubik
// (npm run mutation:counting): test/voting/counting.test.ts checks every path of src/voting/counting.ts
// against independent counts (enumeration, exact BigInt subset counts, passes with nothing dropped) on
// councils small enough to run per mutant, with the indices' own tests beside it. The compound
// councils of councils.test.ts (18 s a run) and the IMF-scale cases of large.test.ts are left to npm test.
import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

export default defineConfig({ ...base, test: { ...base.test, include: ['test/voting/counting.test.ts', 'test/voting/voting.test.ts', 'test/voting/weightedVotingGame.test.ts'] } })
