import type { Game } from '../core/Game.js'
import { banzhafKernel } from '../kernel/banzhafKernel.js'
import { onScaledGame } from '../internal/scale.js'
import { expectGame } from '../core/Game.js'

/**
 * Raw Banzhaf sums: Σ_{S ⊆ N∖i} (v(S∪i) − v(S)) for each player. For a simple (0/1) game these are
 * the swing counts: the coalitions a player turns from losing to winning.
 *
 * @param game - the game
 * @returns the sums in player order
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { gameFromFunction, banzhafRaw } from 'coalitions'
 *
 * // Weighted majority [3; 2, 1, 1]: player 1 swings in 3 coalitions, the others in 1.
 * const weights = [2, 1, 1]
 * const game = gameFromFunction(3, (S) => (S.reduce((w, i) => w + weights[i]!, 0) >= 3 ? 1 : 0))
 * assert.deepStrictEqual(E.map(banzhafRaw)(game), E.right([3, 1, 1]))
 * ```
 *
 * @see Banzhaf, "Weighted voting doesn't work: a mathematical analysis", *Rutgers Law Review* 19 (1965).
 * @since 0.1.0
 * @category solutions
 */
export const banzhafRaw = (game: Game): number[] => {
  expectGame('banzhafRaw', game)
  return onScaledGame(game, (g) => Array.from(banzhafKernel(g.values, g.n, new Float64Array(g.n))))
}
