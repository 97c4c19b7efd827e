import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { isCouncil, type Council } from './CompoundVotingGame.js'
import { notACouncil, withWinning } from './smallCouncil.js'

/**
 * The Deegan–Packel index: each minimal winning coalition is equally likely to form and splits the
 * prize equally among its members, DP_i = (1/|M|) Σ_{S ∈ M, i ∈ S} 1/|S| over the minimal winning
 * coalitions M. Enumerates coalitions, so for councils of at most 24 voters.
 *
 * @param game - a council from {@link weightedVotingGame}, {@link allOf} or {@link anyOf}
 * @returns the indices in voter order (summing to 1), or `TooLarge` beyond 24 voters
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { deeganPackel, weightedVotingGame } from 'coalitions/voting'
 *
 * // [51; 35, 20, 15, 15, 15]: minimal winning {1,2}, {1,3,4}, {1,3,5}, {1,4,5}, {2,3,4,5}.
 * const dp = E.flatMap(deeganPackel)(weightedVotingGame({ quota: 51, weights: [35, 20, 15, 15, 15] }))
 * assert.ok(E.isRight(dp))
 * assert.deepStrictEqual(dp.right.map((x) => Math.round(x * 60)), [18, 9, 11, 11, 11])
 * ```
 *
 * @see Deegan & Packel, "A new index of power for simple n-person games", *International Journal of Game Theory* 7 (1978).
 * @since 0.1.0
 * @category power indices
 */
export const deeganPackel = (game: Council): E.Either<CoalitionError, number[]> => {
  if (!isCouncil(game)) return E.left(notACouncil('deeganPackel', game))
  const score = new Array<number>(game.n).fill(0)
  let minimal = 0
  return E.map(() => score.map((s) => s / minimal))(
    withWinning(game, (critical, count, size) => {
      if (count !== size) return
      minimal++
      for (let k = 0; k < count; k++) score[critical[k]!]! += 1 / size
    }),
  )
}
