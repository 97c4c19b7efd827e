/**
 * Unchecked in-place Möbius transform: turns worths into Harsanyi dividends,
 * d(S) = Σ_{T⊆S} (−1)^{|S|−|T|} v(T), in n·2^(n−1) subtractions.
 *
 * Preconditions (not checked): `table.length === 2 ** n`; the table is overwritten.
 *
 * @param table - worths in bitmask order; receives the dividends
 * @param n - number of players
 * @returns `table`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { mobiusKernel } from 'coalitions/kernel'
 *
 * assert.deepStrictEqual([...mobiusKernel(new Float64Array([0, 1, 1, 4]), 2)], [0, 1, 1, 2])
 * ```
 *
 * @see Harsanyi, "A simplified bargaining model for the n-person cooperative game", *International Economic Review* 4 (1963).
 * @since 0.1.0
 * @category kernels
 */
export const mobiusKernel = (table: Float64Array, n: number): Float64Array => {
  const size = 1 << n
  for (let i = 0; i < n; i++) {
    const b = 1 << i
    for (let hi = b; hi < size; hi += b << 1) for (let m = hi; m < hi + b; m++) table[m] = table[m]! - table[m - b]!
  }
  return table
}
