import type { Game } from '../core/Game.js'
import { shapley } from './shapley.js'
import { expectGame } from '../core/Game.js'

/**
 * The Shapley cost allocation of a cost game: each player pays its expected marginal cost in a random
 * order. (The Shapley value is linear, so this is `shapley(costGame)`, and equals c({i}) minus the
 * Shapley value of the {@link savingsGame}.) For the airport game it splits each runway segment
 * equally among the planes that need it (Littlechild & Owen 1973).
 *
 * @param costGame - c(S) in bitmask order
 * @returns what each player pays, summing to c(N)
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, costShapley } from 'coalitions'
 *
 * // Runways 1, 2, 3: segment 1 shared by three, segment 2 by two, segment 3 by one.
 * const pay = E.map(costShapley)(makeGame([0, 1, 2, 2, 3, 3, 3, 3]))
 * assert.ok(E.isRight(pay))
 * assert.deepStrictEqual(pay.right.map((x) => Math.round(x * 6)), [2, 5, 11])
 * ```
 *
 * @see Littlechild & Owen, "A simple expression for the Shapley value in a special case", *Management Science* 20 (1973).
 * @since 0.1.0
 * @category cost games
 */
export const costShapley = (costGame: Game): number[] => {
  expectGame('costShapley', costGame)
  return shapley(costGame)
}
