import type { Game } from '../core/Game.js'
import { lexOrderMasks } from '../internal/lexOrder.js'
import { expectGame } from '../core/Game.js'

/**
 * The worths of a game's 2^n − 1 non-empty coalitions in size-then-lexicographic order ({1}, {2}, …,
 * {1,2}, {1,3}, …, N), the order R's CoopGame and GameTheory expect.
 *
 * @param game - the game
 * @returns the worths, without the empty coalition
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, toLexOrder } from 'coalitions'
 *
 * assert.deepStrictEqual(E.map(toLexOrder)(makeGame([0, 0, 0, 1, 0, 1, 0, 1])), E.right([0, 0, 0, 1, 1, 0, 1]))
 * ```
 *
 * @see Staudacher & Anwander, *CoopGame*: R package for cooperative game theory (CRAN, version 0.2.2), the coalition order it uses.
 * @since 0.1.0
 * @category constructors
 */
export const toLexOrder = (game: Game): number[] => {
  expectGame('toLexOrder', game)
  return Array.from(lexOrderMasks(game.n), (m) => game.values[m]!)
}
