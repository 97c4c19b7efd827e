import type { WeightedVotingGame } from './WeightedVotingGame.js'
import { swingCounts } from './counting.js'

/**
 * The raw Banzhaf swing count of every voter: how many coalitions without the voter lose, yet
 * win once it joins. Exact for any council size (BigInt counts from a dynamic programme over
 * integer weight sums, O(n · q) additions).
 *
 * @param game - a council from {@link weightedVotingGame}
 * @returns the swing counts, in voter order
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { banzhafSwings, weightedVotingGame } from 'coalitions/voting'
 *
 * // UN Security Council: 848 swings per permanent member, 84 per elected member.
 * const unsc = weightedVotingGame({ quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] })
 * assert.ok(E.isRight(unsc))
 * assert.deepStrictEqual(banzhafSwings(unsc.right).slice(4, 6), [848n, 84n])
 * ```
 *
 * @see Banzhaf, "Weighted voting doesn't work: a mathematical analysis", *Rutgers Law Review* 19 (1965).
 * @see Brams & Affuso, "Power and size: a new paradox", *Theory and Decision* 7 (1976).
 * @since 0.1.0
 * @category power indices
 */
export const banzhafSwings = (game: WeightedVotingGame): bigint[] => swingCounts(game.integerQuota, game.integerWeights)
