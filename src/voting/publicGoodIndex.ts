import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { isCouncil, type Council } from './CompoundVotingGame.js'
import { notACouncil, withWinning } from './smallCouncil.js'

/**
 * Holler's public good index: the number of minimal winning coalitions a voter belongs to, divided
 * by the same count summed over all voters. Power as a public good: a winning coalition's members
 * share its outcome, so only minimal winning coalitions count. Not monotonic in weight, as Holler's
 * own example shows. Enumerates coalitions, so for councils of at most 24 voters.
 *
 * @param game - a council from {@link weightedVotingGame}, {@link allOf} or {@link anyOf}
 * @returns the indices in voter order (summing to 1), or `TooLarge` beyond 24 voters
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { publicGoodIndex, weightedVotingGame } from 'coalitions/voting'
 *
 * // Holler (1982): in [51; 35, 20, 15, 15, 15] the voter of weight 20 has less power than those of weight 15.
 * const h = E.flatMap(publicGoodIndex)(weightedVotingGame({ quota: 51, weights: [35, 20, 15, 15, 15] }))
 * assert.ok(E.isRight(h))
 * assert.deepStrictEqual(h.right.map((x) => Math.round(x * 15)), [4, 2, 3, 3, 3])
 * ```
 *
 * @see Holler, "Forming coalitions and measuring voting power", *Political Studies* 30 (1982).
 * @since 0.1.0
 * @category power indices
 */
export const publicGoodIndex = (game: Council): E.Either<CoalitionError, number[]> => {
  if (!isCouncil(game)) return E.left(notACouncil('publicGoodIndex', game))
  const count = new Array<number>(game.n).fill(0)
  return E.map(() => {
    const total = count.reduce((s, c) => s + c, 0)
    return count.map((c) => c / total)
  })(
    withWinning(game, (critical, k, size) => {
      if (k !== size) return
      for (let j = 0; j < k; j++) count[critical[j]!]!++
    }),
  )
}
