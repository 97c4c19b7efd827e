import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { isCouncil, type Council } from './CompoundVotingGame.js'
import { notACouncil, withWinning } from './smallCouncil.js'

/**
 * The Johnston index: in every winning coalition with k critical members (members whose departure
 * makes it lose), each of them scores 1/k; a voter's index is its score over the total score.
 * A voter who is the only critical member gets full credit, which the Banzhaf index does not give.
 * Enumerates coalitions, so for councils of at most 24 voters.
 *
 * @param game - a council from {@link weightedVotingGame}, {@link allOf} or {@link anyOf}
 * @returns the indices in voter order (summing to 1), or `TooLarge` beyond 24 voters
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { johnston, weightedVotingGame } from 'coalitions/voting'
 *
 * // [3; 2, 1, 1]: {1,2} and {1,3} have two critical members each, {1,2,3} only voter 1: scores 2, ½, ½.
 * const j = E.flatMap(johnston)(weightedVotingGame({ quota: 3, weights: [2, 1, 1] }))
 * assert.ok(E.isRight(j))
 * assert.deepStrictEqual(j.right.map((x) => Math.round(x * 6)), [4, 1, 1])
 * ```
 *
 * @see Johnston, "On the measurement of power: some reactions to Laver", *Environment and Planning A* 10 (1978).
 * @since 0.1.0
 * @category power indices
 */
export const johnston = (game: Council): E.Either<CoalitionError, number[]> => {
  if (!isCouncil(game)) return E.left(notACouncil('johnston', game))
  const score = new Array<number>(game.n).fill(0)
  return E.map(() => {
    const total = score.reduce((s, c) => s + c, 0)
    return score.map((c) => c / total)
  })(
    withWinning(game, (critical, k) => {
      for (let j = 0; j < k; j++) score[critical[j]!]! += 1 / k
    }),
  )
}
