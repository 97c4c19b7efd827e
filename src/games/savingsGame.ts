import type { Game } from '../core/Game.js'
import { expectGame, trustedGame } from '../core/Game.js'

/**
 * The savings game of a cost game: s(S) = Σ_{i∈S} c({i}) − c(S), what a coalition saves by sharing
 * one facility (or one deployment) instead of each member paying alone. Allocating savings x gives
 * the cost allocation y_i = c({i}) − x_i; see {@link costNucleolus} and {@link costShapley}.
 *
 * @param costGame - c(S), the cost of serving coalition S, in bitmask order
 * @returns the savings game, with the same players
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, savingsGame } from 'coalitions'
 *
 * // Airport game: runways costing 1, 2 and 3; a coalition pays for the longest runway it needs.
 * const airport = makeGame([0, 1, 2, 2, 3, 3, 3, 3])
 * assert.ok(E.isRight(airport))
 * assert.deepStrictEqual([...savingsGame(airport.right).values], [0, 0, 0, 1, 0, 1, 2, 3])
 * ```
 *
 * @see Littlechild & Owen, "A simple expression for the Shapley value in a special case", *Management Science* 20 (1973).
 * @since 0.1.0
 * @category cost games
 */
export const savingsGame = (costGame: Game): Game => {
  expectGame('savingsGame', costGame)
  const { n, values: c } = costGame
  const s = new Float64Array(c.length)
  for (let m = 1; m < c.length; m++) {
    let alone = 0
    for (let i = 0; i < n; i++) if ((m >>> i) & 1) alone += c[1 << i]!
    s[m] = alone - c[m]!
  }
  return trustedGame(n, costGame.players, s)
}
