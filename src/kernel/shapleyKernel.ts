import { marginalSums, popcount } from '../internal/marginalSums.js'

const weightsCache = new Map<number, Float64Array>()

/** Set bits of 0..31. */
const LOW_BITS = Uint8Array.from({ length: 32 }, (_, j) => popcount(j))

// w(s) = s!(n−s−1)!/n! = 1/(n·C(n−1, s)); C(n−1, s) is exact in doubles for n ≤ 24. Indexed by |S|, the
// weight of the marginal contribution v(S) − v(S∖i) is w(|S| − 1).
const shapleyWeights = (n: number): Float64Array => {
  const hit = weightsCache.get(n)
  if (hit !== undefined) return hit
  const w = new Float64Array(n + 1)
  let binom = 1
  for (let s = 0; s < n; s++) {
    w[s + 1] = 1 / (n * binom)
    binom = (binom * (n - 1 - s)) / (s + 1)
  }
  weightsCache.set(n, w)
  return w
}

/**
 * Unchecked kernel of the exact Shapley value: writes φ into `out`.
 *
 * Sums the weighted marginal contributions w(|S|−1)·(v(S) − v(S∖i)) straight from the table, in blocks
 * added with compensation, so a player worth 1e-13 beside worths of 1e12 keeps its digits (no
 * difference of large sums). Preconditions (not checked): `values.length === 2 ** n`, `1 ≤ n ≤ 24`,
 * `values[0] === 0`, all finite; `out.length ≥ n`; `scratch`, if given, has length `2 ** n` and is
 * overwritten.
 *
 * @param values - worths in bitmask order
 * @param n - number of players
 * @param out - receives φ_1..φ_n
 * @param scratch - optional work array of length `2 ** n`, to avoid an allocation per call
 * @returns `out`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { shapleyKernel } from 'coalitions/kernel'
 *
 * const out = shapleyKernel(new Float64Array([0, 0, 0, 1, 0, 1, 0, 1]), 3, new Float64Array(3))
 * assert.deepStrictEqual([...out].map((x) => Math.round(x * 6)), [4, 1, 1])
 * ```
 *
 * @see Shapley, "A value for n-person games", in *Contributions to the Theory of Games II* (1953).
 * @since 0.1.0
 * @category kernels
 */
export const shapleyKernel = (values: Float64Array, n: number, out: Float64Array, scratch?: Float64Array): Float64Array => {
  const size = 1 << n
  const w = shapleyWeights(n)
  const weight = scratch ?? new Float64Array(size)
  // |S| = popcount of the high bits + popcount of the low five, so one popcount per 32 masks.
  const low = Math.min(32, size)
  for (let hi = 0; hi < size; hi += low) {
    const k = popcount(hi)
    for (let j = 0; j < low; j++) weight[hi + j] = w[k + LOW_BITS[j]!]!
  }
  return marginalSums(values, n, out, weight)
}
