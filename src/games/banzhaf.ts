import type { Game } from '../core/Game.js'
import { scaledRawSums } from './banzhafRaw.js'
import { expectGame } from '../core/Game.js'

/**
 * The Banzhaf value: each player's average marginal contribution over the 2^(n−1) coalitions of the
 * others, β_i = Σ_{S ⊆ N∖i} (v(S∪i) − v(S)) / 2^(n−1). Symmetric and zero for null players, but not
 * efficient in general; see {@link banzhafNormalized}.
 *
 * @param game - the game
 * @returns β_1..β_n in player order
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, banzhaf } from 'coalitions'
 *
 * // Glove game: β = (3/4, 1/4, 1/4), summing to 5/4, more than v(N) = 1.
 * assert.deepStrictEqual(E.map(banzhaf)(makeGame([0, 0, 0, 1, 0, 1, 0, 1])), E.right([0.75, 0.25, 0.25]))
 * ```
 *
 * @see Banzhaf (1965); Owen, "Multilinear extensions and the Banzhaf value", *Naval Research Logistics Quarterly* 22 (1975).
 * @since 0.1.0
 * @category solutions
 */
export const banzhaf = (game: Game): number[] => {
  expectGame('banzhaf', game)
  const { sums, scale } = scaledRawSums(game)
  // Divide by 2^(n−1) before multiplying the scale back, so near 1e308 nothing overflows on the way.
  const half = 2 ** (game.n - 1)
  return Array.from(sums, (s) => (s / half) * scale)
}
