// The Shapley and Banzhaf kernels and the superadditivity check of the previous release (differences of large sums; each pair of coalitions checked twice), kept only so bench/games.bench.ts can time old and new in one run.
// For each player i, the compensated sum of c[S] over the coalitions S that contain i.
// The masks with bit b set come in runs of length b, so every read is sequential.
export const supersetSums = (c: Float64Array, n: number, out: Float64Array): void => {
  const size = 1 << n
  for (let i = 0; i < n; i++) {
    const b = 1 << i
    let s = 0
    let comp = 0
    for (let hi = b; hi < size; hi += b << 1) {
      const end = hi + b
      for (let m = hi; m < end; m++) {
        const x = c[m]!
        const t = s + x
        comp += (s >= 0 ? s : -s) >= (x >= 0 ? x : -x) ? s - t + x : x - t + s
        s = t
      }
    }
    out[i] = s + comp
  }
}

/** Compensated sum of all of `c`. */
export const totalSum = (c: Float64Array): number => {
  let s = 0
  let comp = 0
  for (let m = 0; m < c.length; m++) {
    const x = c[m]!
    const t = s + x
    comp += (s >= 0 ? s : -s) >= (x >= 0 ? x : -x) ? s - t + x : x - t + s
    s = t
  }
  return s + comp
}

/** Number of set bits of a 32-bit integer. */
export const popcount = (m: number): number => {
  m = m - ((m >>> 1) & 0x55555555)
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333)
  return (Math.imul((m + (m >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)
}
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
export const banzhafKernel = (values: Float64Array, n: number, out: Float64Array): Float64Array => {
  supersetSums(values, n, out)
  const total = totalSum(values)
  for (let i = 0; i < n; i++) out[i] = 2 * out[i]! - total
  return out
}

export const isSuperadditive = (v: Float64Array, tol: number): boolean => {
  for (let u = 1; u < v.length; u++) {
    const vu = v[u]! + tol
    for (let s = (u - 1) & u; s > 0; s = (s - 1) & u) if (v[s]! + v[u ^ s]! > vu) return false
  }
  return true
}
