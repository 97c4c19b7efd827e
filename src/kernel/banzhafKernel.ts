import { marginalSums } from '../internal/marginalSums.js'

/**
 * Unchecked kernel of the raw Banzhaf sums: writes Σ_{S∌i} (v(S∪i) − v(S)) into `out`, which for a
 * simple game is the number of swings of each player. Divide by `2 ** (n − 1)` for the Banzhaf value.
 *
 * Sums the marginal contributions straight from the table, in blocks added with compensation, so small
 * values beside large ones keep their digits. Preconditions (not
 * checked): `values.length === 2 ** n`, `1 ≤ n ≤ 24`, all finite; `out.length ≥ n`.
 *
 * @param values - worths in bitmask order
 * @param n - number of players
 * @param out - receives the raw sums
 * @returns `out`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { banzhafKernel } from 'coalitions/kernel'
 *
 * // Glove game: player 1 swings in 3 coalitions, players 2 and 3 in 1 each.
 * const out = banzhafKernel(new Float64Array([0, 0, 0, 1, 0, 1, 0, 1]), 3, new Float64Array(3))
 * assert.deepStrictEqual([...out], [3, 1, 1])
 * ```
 *
 * @see Banzhaf, "Weighted voting doesn't work: a mathematical analysis", *Rutgers Law Review* 19 (1965).
 * @since 0.1.0
 * @category kernels
 */
export const banzhafKernel = (values: Float64Array, n: number, out: Float64Array): Float64Array => {
  return marginalSums(values, n, out)
}
