import type { Game } from '../core/Game.js'
import { shapleyKernel } from '../kernel/shapleyKernel.js'
import { onScaledGame } from '../internal/scale.js'
import { expectGame } from '../core/Game.js'

/**
 * The exact Shapley value: each player's expected marginal contribution when the players arrive in
 * a uniformly random order.
 *
 * φ_i = Σ_{S ⊆ N∖i} |S|!(n−|S|−1)!/n! · (v(S∪i) − v(S)), computed in O(n·2^n) with compensated
 * summation. The result is efficient (sums to v(N)), symmetric, gives null players 0 and is additive
 * in the game. For a cost game it is the cost allocation directly.
 *
 * @param game - the game
 * @returns φ_1..φ_n in player order
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { makeGame, shapley } from 'coalitions'
 *
 * // Glove game (1 holds a left glove, 2 and 3 right gloves): φ = (2/3, 1/6, 1/6).
 * const phi = F.pipe(makeGame([0, 0, 0, 1, 0, 1, 0, 1]), E.map(shapley))
 * assert.ok(E.isRight(phi))
 * assert.deepStrictEqual(phi.right.map((x) => Math.round(x * 6)), [4, 1, 1])
 * ```
 *
 * @see Shapley, "A value for n-person games", in Kuhn & Tucker (eds.), *Contributions to the Theory of Games II* (1953).
 * @since 0.1.0
 * @category solutions
 */
export const shapley = (game: Game): number[] => {
  expectGame('shapley', game)
  return onScaledGame(game, (g) => Array.from(shapleyKernel(g.values, g.n, new Float64Array(g.n))))
}
