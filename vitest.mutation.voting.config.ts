// The suite Stryker runs for each mutant of weighted voting: the game and the counting behind Banzhaf and Shapley–Shubik (npm run mutation:voting): the
// tests that exercise them (the list replaces the full suite's). The IMF-scale cases of
// test/voting/large.test.ts take minutes under Stryker's instrumentation; test/voting/counting.test.ts
// checks the same code paths against independent counts on councils small enough to run per mutant.
import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

export default defineConfig({ ...base, test: { ...base.test, include: ['test/voting/voting.test.ts', 'test/voting/counting.test.ts', 'test/voting/weightedVotingGame.test.ts', 'test/voting/councils.test.ts', 'test/messages.test.ts'] } })
