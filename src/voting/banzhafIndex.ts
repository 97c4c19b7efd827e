import type { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import type { Council } from './CompoundVotingGame.js'
import { compoundSwings } from './compound.js'
import { countingSteps, ratio, swingProbabilities } from './counting.js'
import { counted, type CountingOptions } from './CountingOptions.js'

/**
 * The normalized Banzhaf index of every voter: its swings divided by all voters' swings, so the
 * indices sum to 1.
 *
 * A weighted council is computed in double precision: the distribution of a random coalition's
 * weight (every voter in with probability ½) over the sums below the shorter side L of the quota,
 * in one pass per voter, and each distinct weight's swing probability from its prefix sums by a
 * cumulative chain of L/w steps in double-double arithmetic: O(n · L) in all. Up to 52 voters
 * every step is exact, so each index is the exact ratio rounded once; beyond, the tests find it
 * within 1e-15 relative of the exact ratio (an IMF-sized board of 190 members and 5,000,000 votes
 * takes well under a second). A compound council's index is the ratio of its exact swing counts
 * ({@link banzhafSwings}).
 *
 * @param game - a council from {@link weightedVotingGame}, {@link allOf} or {@link anyOf}
 * @param options - `onProgress(done, total)`: one pass for a weighted council, one per prime for a compound one
 * @returns the indices, in voter order; `TooLarge` past {@link MAX_COUNTING_WORK} counting steps,
 * `DecodeError` for a council or options this module did not make, `InvalidProblem` if `onProgress` throws
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
 * assert.ok(E.isRight(bz))
 * assert.equal(bz.right[0], 848 / 5080)
 * assert.equal(bz.right[14], 84 / 5080)
 * ```
 *
 * @see Uno, "Efficient computation of power indices for weighted majority games", *ISAAC* (2012): all players' Banzhaf indices in O(n·q).
 * @see Banzhaf, "Weighted voting doesn't work: a mathematical analysis", *Rutgers Law Review* 19 (1965).
 * @since 0.1.0
 * @category power indices
 */
export const banzhafIndex = (game: Council, options?: CountingOptions): E.Either<CoalitionError, number[]> =>
  counted('banzhafIndex', game, options, (g) => countingSteps.banzhaf(g.integerQuota, g.integerWeights), (g, progress) => {
    if (g.kind === 'weighted') {
      const p = swingProbabilities(g.integerQuota, g.integerWeights)
      progress?.(1, 1)
      const total = p.reduce((s, x) => s + x, 0)
      return p.map((x) => x / total)
    }
    const swings = compoundSwings(g, progress)
    const total = swings.reduce((s, x) => s + x, 0n)
    return swings.map((s) => ratio(s, total))
  })
