// The voting counting of release 0.1.0 (BigInt swings, O(n·q) removal per weight), kept only so the benchmarks can time old and new in one run.
// Pseudo-polynomial counting for weighted voting games, shared by the power indices.
// Everything is indexed by integer weight sums below the quota (or below W − q for the mirrored
// distribution): adding a voter never lowers a sum, so larger sums never matter.
import { gaussLegendre01 } from '../src/internal/gaussLegendre.js'

/** Voters grouped by integer weight: each distinct weight is counted and removed once. */
const groupsOf = (weights: readonly number[]): Map<number, number[]> => {
  const groups = new Map<number, number[]>()
  weights.forEach((w, i) => {
    const g = groups.get(w)
    if (g === undefined) groups.set(w, [i])
    else g.push(i)
  })
  return groups
}

/**
 * Exact swing counts: for each voter i, the number of coalitions S ∌ i that lose while S ∪ {i}
 * wins, i.e. whose weight lies in [q − w_i, q − 1]. Counts of subsets by weight are built in
 * BigInt and one voter is removed by exact deconvolution g[s] = c[s] − g[s − w].
 */
export const swingCounts = (quota: number, weights: readonly number[]): bigint[] => {
  const c: bigint[] = new Array<bigint>(quota).fill(0n)
  c[0] = 1n
  for (const w of weights) for (let s = quota - 1; s >= w; s--) c[s] = c[s]! + c[s - w]!
  const out = new Array<bigint>(weights.length).fill(0n)
  for (const [w, members] of groupsOf(weights)) {
    if (w === 0) continue
    const g = c.slice()
    for (let s = w; s < quota; s++) g[s] = c[s]! - g[s - w]!
    let swings = 0n
    for (let s = Math.max(0, quota - w); s < quota; s++) swings += g[s]!
    for (const i of members) out[i] = swings
  }
  return out
}

/** Distribution of Σ w_j X_j, X_j ~ Bernoulli(p), on the sums 0..size−1 (larger sums dropped). */
const distribution = (weights: readonly number[], p: number, size: number, out: Float64Array): Float64Array => {
  out.fill(0)
  out[0] = 1
  const r = 1 - p
  let top = 0
  for (const w of weights) {
    if (w === 0) continue
    top = Math.min(size - 1, top + w)
    for (let s = top; s >= w; s--) out[s] = r * out[s]! + p * out[s - w]!
    for (let s = Math.min(w - 1, top); s >= 0; s--) out[s] = r * out[s]!
  }
  return out
}

/**
 * Probability mass of the others' weight in [lo, hi] once one voter of weight w is removed from
 * the distribution f at p ≤ ½: forward removal g[s] = (f[s] − p·g[s − w]) / (1 − p) divides by
 * the larger factor, so rounding errors shrink instead of growing.
 */
const removedMass = (f: Float64Array, w: number, p: number, lo: number, hi: number, g: Float64Array): number => {
  const r = 1 - p
  let mass = 0
  for (let s = 0; s <= hi; s++) {
    const v = (f[s]! - (s >= w ? p * g[s - w]! : 0)) / r
    g[s] = v
    if (s >= lo) mass += v
  }
  return mass
}

/**
 * Shapley–Shubik indices by Owen's multilinear extension: SS_i = ∫₀¹ P_p[q − w_i ≤ S_{−i} ≤ q − 1] dp,
 * S_{−i} = Σ_{j≠i} w_j X_j. The integrand is a polynomial of degree n − 1 in p, so Gauss–Legendre
 * with ⌈n/2⌉ + 1 nodes is exact up to rounding. A node p > ½ is evaluated at its mirror 1 − p on the
 * complementary variables Y_j = 1 − X_j, which keeps every removal forward and stable.
 */
export const shapleyShubikOwen = (quota: number, weights: readonly number[]): number[] => {
  const n = weights.length
  const total = weights.reduce((s, w) => s + w, 0)
  const mirrorTop = total - quota
  const { nodes, weights: gw } = gaussLegendre01(Math.ceil(n / 2) + 1)
  const groups = [...groupsOf(weights)].filter(([w]) => w > 0)
  const f = new Float64Array(quota)
  const h = new Float64Array(mirrorTop + 1)
  const g = new Float64Array(Math.max(quota, mirrorTop + 1))
  const acc = new Float64Array(groups.length)
  const comp = new Float64Array(groups.length)
  // Neumaier-compensated accumulation over the nodes.
  const add = (k: number, x: number): void => {
    const s = acc[k]! + x
    comp[k]! += Math.abs(acc[k]!) >= Math.abs(x) ? acc[k]! - s + x : x - s + acc[k]!
    acc[k] = s
  }
  for (let j = 0; j < nodes.length; j++) {
    const p = nodes[j]!
    if (p <= 0.5) {
      distribution(weights, p, quota, f)
      groups.forEach(([w], k) => add(k, gw[j]! * removedMass(f, w, p, Math.max(0, quota - w), quota - 1, g)))
    } else {
      // S_{−i} ∈ [q − w, q − 1]  ⇔  T_{−i} = W_{−i} − S_{−i} ∈ [W − q − w + 1, W − q], T built at 1 − p.
      const pm = 1 - p
      distribution(weights, pm, mirrorTop + 1, h)
      groups.forEach(([w], k) => add(k, gw[j]! * removedMass(h, w, pm, Math.max(0, mirrorTop - w + 1), mirrorTop, g)))
    }
  }
  const out = new Array<number>(n).fill(0)
  groups.forEach(([, members], k) => {
    for (const i of members) out[i] = acc[k]! + comp[k]!
  })
  return out
}

/** a / b for non-negative BigInts, as the double nearest to the exact ratio (within one ulp). */
export const ratio = (a: bigint, b: bigint): number => {
  if (a === 0n) return 0
  // Shift so that the integer quotient carries at least 64 significant bits, then scale back by a power of two.
  const shift = Math.max(0, b.toString(2).length - a.toString(2).length + 64)
  return Number((a << BigInt(shift)) / b) / 2 ** shift
}

/**
 * Visits every winning coalition of a small council in Gray-code order, with its members' weight;
 * the mask's bit i is voter i. Constant memory: each step adds or removes one voter.
 */
export const forEachWinning = (quota: number, weights: readonly number[], visit: (mask: number, sum: number) => void): void => {
  const n = weights.length
  let mask = 0
  let sum = 0
  for (let k = 1; k < 2 ** n; k++) {
    const bit = 31 - Math.clz32(k & -k)
    mask ^= 1 << bit
    sum += mask & (1 << bit) ? weights[bit]! : -weights[bit]!
    if (sum >= quota) visit(mask, sum)
  }
}
