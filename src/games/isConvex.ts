import type { Game } from '../core/Game.js'
import { toleranceOf } from '../internal/tolerance.js'
import { expectGame } from '../core/Game.js'

/**
 * Whether the game is convex (supermodular): v(S∪T) + v(S∩T) ≥ v(S) + v(T) for all S, T, i.e.
 * marginal contributions grow as coalitions grow. Uses the equivalent local test
 * v(S∪i∪j) − v(S∪j) ≥ v(S∪i) − v(S) for S ∌ i, j, in O(n²·2^n), up to a tolerance of
 * 1e-9 × max(1, max |v|). Convex games have a non-empty core that contains the Shapley value.
 *
 * @param game - the game
 * @returns true when the game is convex
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { gameFromFunction, isConvex } from 'coalitions'
 *
 * // v(S) = |S|²: each newcomer adds more to a larger coalition.
 * assert.deepStrictEqual(E.map(isConvex)(gameFromFunction(4, (S) => S.length ** 2)), E.right(true))
 * assert.deepStrictEqual(E.map(isConvex)(gameFromFunction(4, (S) => Math.sqrt(S.length))), E.right(false))
 * ```
 *
 * @see Shapley, "Cores of convex games", *International Journal of Game Theory* 1 (1971).
 * @since 0.1.0
 * @category properties
 */
export const isConvex = (game: Game): boolean => {
  expectGame('isConvex', game)
  const { n, values: v } = game
  const tol = toleranceOf(v)
  for (let s = 0; s < v.length; s++)
    for (let i = 0; i < n; i++) {
      const bi = 1 << i
      if (s & bi) continue
      const gain = v[s | bi]! - v[s]!
      for (let j = i + 1; j < n; j++) {
        const bj = 1 << j
        if (s & bj) continue
        if (v[s | bi | bj]! - v[s | bj]! < gain - tol) return false
      }
    }
  return true
}
