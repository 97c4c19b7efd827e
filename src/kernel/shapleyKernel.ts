import { popcount, supersetSums } from '../internal/supersetSums.js'

const weightsCache = new Map<number, readonly [Float64Array, Float64Array]>()

// w(s) = s!(n−s−1)!/n! = 1/(n·C(n−1, s)); C(n−1, s) is exact in doubles for n ≤ 24.
const shapleyWeights = (n: number): readonly [Float64Array, Float64Array] => {
  const hit = weightsCache.get(n)
  if (hit !== undefined) return hit
  const w = new Float64Array(n + 1)
  let binom = 1
  for (let s = 0; s < n; s++) {
    w[s] = 1 / (n * binom)
    binom = (binom * (n - 1 - s)) / (s + 1)
  }
  // For a member of S, v(S) enters with w(|S|−1); for a non-member, with −w(|S|).
  const inS = new Float64Array(n + 1)
  const outS = new Float64Array(n + 1)
  for (let s = 0; s <= n; s++) {
    inS[s] = s >= 1 ? w[s - 1]! : 0
    outS[s] = s < n ? w[s]! : 0
  }
  const pair = [inS, outS] as const
  weightsCache.set(n, pair)
  return pair
}

/**
 * Unchecked kernel of the exact Shapley value: writes φ into `out`.
 *
 * Uses φ_i = Σ_{S∋i} (w(|S|−1) + w(|S|))·v(S) − Σ_S w(|S|)·v(S) with compensated sums, so it reads the
 * table n/2 + 2 times. Preconditions (not checked): `values.length === 2 ** n`, `1 ≤ n ≤ 24`,
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
  const [inS, outS] = shapleyWeights(n)
  const c = scratch ?? new Float64Array(size)
  // Σ_S w(|S|)·v(S), compensated, in the same pass that fills c.
  let total = 0
  let comp = 0
  for (let m = 0; m < size; m++) {
    const v = values[m]!
    const k = popcount(m)
    c[m] = (inS[k]! + outS[k]!) * v
    const x = outS[k]! * v
    const t = total + x
    comp += (total >= 0 ? total : -total) >= (x >= 0 ? x : -x) ? total - t + x : x - t + total
    total = t
  }
  total += comp
  supersetSums(c, n, out)
  for (let i = 0; i < n; i++) out[i] = out[i]! - total
  return out
}
