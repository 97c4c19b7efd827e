import type { Game } from '../core/Game.js'
import { mobiusKernel } from '../kernel/mobiusKernel.js'
import { expectGame } from '../core/Game.js'

/**
 * Harsanyi dividends: the unique d with v(S) = Σ_{T⊆S} d(T), i.e. what each coalition adds beyond its
 * sub-coalitions (the Möbius transform of v). The Shapley value splits each dividend equally among
 * its members; a game with non-negative dividends is convex.
 *
 * @param game - the game
 * @returns `d[mask]` for every coalition, in bitmask order
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, harsanyiDividends } from 'coalitions'
 *
 * // Together the two allies create a synergy of 2 beyond their own worths 1 and 1.
 * assert.deepStrictEqual(E.map(harsanyiDividends)(makeGame([0, 1, 1, 4])), E.right([0, 1, 1, 2]))
 * ```
 *
 * @see Harsanyi, "A simplified bargaining model for the n-person cooperative game", *International Economic Review* 4 (1963).
 * @since 0.1.0
 * @category properties
 */
export const harsanyiDividends = (game: Game): number[] => {
  expectGame('harsanyiDividends', game)
  return Array.from(mobiusKernel(Float64Array.from(game.values), game.n))
}
