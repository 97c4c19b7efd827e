import type { Game } from '../core/Game.js'
import { toleranceOf } from '../internal/tolerance.js'
import { expectGame } from '../core/Game.js'

/**
 * Whether v(N) > Σ_i v({i}) (beyond a tolerance of 1e-9 × max(1, max |v|)): cooperation creates
 * something to share, so the imputation set is more than a point.
 *
 * @param game - the game
 * @returns true when the game is essential
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, isEssential } from 'coalitions'
 *
 * assert.deepStrictEqual(E.map(isEssential)(makeGame([0, 1, 1, 4])), E.right(true))
 * assert.deepStrictEqual(E.map(isEssential)(makeGame([0, 1, 1, 2])), E.right(false))
 * ```
 *
 * @see von Neumann & Morgenstern (1944), §27.
 * @since 0.1.0
 * @category properties
 */
export const isEssential = (game: Game): boolean => {
  expectGame('isEssential', game)
  const { n, values: v } = game
  let own = 0
  for (let i = 0; i < n; i++) own += v[1 << i]!
  return v[v.length - 1]! > own + toleranceOf(v)
}
