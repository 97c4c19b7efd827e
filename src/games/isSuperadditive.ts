import type { Game } from '../core/Game.js'
import { toleranceOf } from '../internal/tolerance.js'
import { expectGame } from '../core/Game.js'

/**
 * Whether v(S∪T) ≥ v(S) + v(T) for all disjoint S, T: merging never loses worth. Checks all 3^n
 * pairs (stopping at the first failure), up to a tolerance of 1e-9 × max(1, max |v|).
 *
 * @param game - the game
 * @returns true when the game is superadditive
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, isSuperadditive } from 'coalitions'
 *
 * assert.deepStrictEqual(E.map(isSuperadditive)(makeGame([0, 1, 1, 4])), E.right(true))
 * assert.deepStrictEqual(E.map(isSuperadditive)(makeGame([0, 1, 1, 1])), E.right(false))
 * ```
 *
 * @see von Neumann & Morgenstern, *Theory of Games and Economic Behavior* (1944), §25.
 * @since 0.1.0
 * @category properties
 */
export const isSuperadditive = (game: Game): boolean => {
  expectGame('isSuperadditive', game)
  const v = game.values
  const tol = toleranceOf(v)
  for (let u = 1; u < v.length; u++) {
    const vu = v[u]! + tol
    // Every split of u into a non-empty S and its rest; each unordered pair is seen twice, which is harmless.
    for (let s = (u - 1) & u; s > 0; s = (s - 1) & u) if (v[s]! + v[u ^ s]! > vu) return false
  }
  return true
}
