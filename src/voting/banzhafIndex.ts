import type { WeightedVotingGame } from './WeightedVotingGame.js'
import { ratio, swingCounts } from './counting.js'

/**
 * The normalized Banzhaf index of every voter: its swings divided by all voters' swings, so the
 * indices sum to 1. Each ratio is taken from the exact BigInt swing counts and rounded once.
 *
 * @param game - a council from {@link weightedVotingGame}
 * @returns the indices, in voter order
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { banzhafIndex, weightedVotingGame } from 'coalitions/voting'
 *
 * // UN Security Council: 848 / 5080 per permanent member, 84 / 5080 per elected member.
 * const unsc = weightedVotingGame({ quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] })
 * assert.ok(E.isRight(unsc))
 * const bz = banzhafIndex(unsc.right)
 * assert.equal(bz[0], 848 / 5080)
 * assert.equal(bz[14], 84 / 5080)
 * ```
 *
 * @see Banzhaf, "Weighted voting doesn't work: a mathematical analysis", *Rutgers Law Review* 19 (1965).
 * @since 0.1.0
 * @category power indices
 */
export const banzhafIndex = (game: WeightedVotingGame): number[] => {
  const swings = swingCounts(game.integerQuota, game.integerWeights)
  const total = swings.reduce((s, x) => s + x, 0n)
  return swings.map((s) => ratio(s, total))
}
