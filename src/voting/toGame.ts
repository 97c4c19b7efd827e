import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { makeGame, tooLarge, MAX_EXACT_PLAYERS, type Game } from '../core/Game.js'
import { coalitionSumsKernel } from '../kernel/coalitionSumsKernel.js'
import type { WeightedVotingGame } from './WeightedVotingGame.js'

/**
 * The simple game of a council, as a TU {@link Game}: v(S) = 1 when S's weight reaches the quota,
 * else 0. For councils of at most 24 voters; the power indices of this module need no table.
 *
 * @param game - a council from {@link weightedVotingGame}
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
export const toGame = (game: WeightedVotingGame): E.Either<CoalitionError, Game> => {
  if (game.n > MAX_EXACT_PLAYERS) return E.left(tooLarge(game.n))
  const sums = coalitionSumsKernel(game.integerWeights, game.n, new Float64Array(2 ** game.n))
  const values = sums.map((s) => (s >= game.integerQuota ? 1 : 0))
  return makeGame(values, { players: game.players })
}
