/**
 * Unchecked kernel: writes x(S) = Σ_{i∈S} x_i for every coalition S into `out`, in 2^n additions
 * (each sum extends the one without its highest player).
 *
 * Preconditions (not checked): `x.length ≥ n`, `out.length === 2 ** n`.
 *
 * @param x - an allocation
 * @param n - number of players
 * @param out - receives x(S) in bitmask order
 * @returns `out`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { coalitionSumsKernel } from 'coalitions/kernel'
 *
 * assert.deepStrictEqual([...coalitionSumsKernel([1, 2], 2, new Float64Array(4))], [0, 1, 2, 3])
 * ```
 *
 * @see Kennes, "Computational aspects of the Möbius transformation of graphs", *IEEE Transactions on Systems, Man, and Cybernetics* 22 (1992): the fast zeta (subset-sum) transform.
 * @since 0.1.0
 * @category kernels
 */
export const coalitionSumsKernel = (x: ArrayLike<number>, n: number, out: Float64Array): Float64Array => {
  out[0] = 0
  for (let i = 0; i < n; i++) {
    const b = 1 << i
    const xi = x[i]!
    for (let m = 0; m < b; m++) out[b + m] = out[m]! + xi
  }
  return out
}
