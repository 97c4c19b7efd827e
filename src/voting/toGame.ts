import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { makeGame, tooLarge, MAX_EXACT_PLAYERS, type Game } from '../core/Game.js'
import { coalitionSumsKernel } from '../kernel/coalitionSumsKernel.js'
import { isCouncil, type Council } from './CompoundVotingGame.js'
import { notACouncil, forEachWinningMask } from './smallCouncil.js'

/**
 * The simple game of a council, as a TU {@link Game}: v(S) = 1 when S wins (its weight reaches the
 * quota; for a compound council, its conditions combine to a win), else 0. For councils of at most
 * 24 voters; the power indices of this module need no table.
 *
 * @param game - a council from {@link weightedVotingGame}, {@link allOf} or {@link anyOf}
 * @returns the game with the council's labels, or `TooLarge` beyond 24 voters
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { shapley } from 'coalitions'
 * import { toGame, weightedVotingGame } from 'coalitions/voting'
 *
 * const g = E.flatMap(toGame)(weightedVotingGame({ quota: 3, weights: [2, 1, 1] }))
 * assert.ok(E.isRight(g))
 * assert.deepStrictEqual(shapley(g.right).map((x) => Math.round(x * 6)), [4, 1, 1])
 * ```
 *
 * @see Shapley & Shubik, "A method for evaluating the distribution of power in a committee system", *American Political Science Review* 48 (1954).
 * @since 0.1.0
 * @category model
 */
export const toGame = (game: Council): E.Either<CoalitionError, Game> => {
  if (!isCouncil(game)) return E.left(notACouncil('toGame', game))
  if (game.n > MAX_EXACT_PLAYERS) return E.left(tooLarge(game.n))
  if (game.kind === 'weighted') {
    const sums = coalitionSumsKernel(game.integerWeights, game.n, new Float64Array(2 ** game.n))
    return makeGame(sums.map((s) => (s >= game.integerQuota ? 1 : 0)), { players: game.players })
  }
  const values = new Float64Array(2 ** game.n)
  forEachWinningMask(game, (mask) => {
    values[mask] = 1
  })
  return makeGame(values, { players: game.players })
}
