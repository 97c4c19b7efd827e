// Pseudo-polynomial counting for weighted voting games, shared by the power indices.
// Everything is indexed by integer weight sums below the quota (or below W − q for the mirrored
// distribution): adding a voter never lowers a sum, so larger sums never matter.
import { gaussLegendre01 } from '../internal/gaussLegendre.js'
import { crt, modulusCount, primes } from '../internal/modular.js'

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
 * The side of the quota with fewer weight sums. A voter of weight w swings exactly when the others'
 * weight lies in [L − w, L − 1], where L = q counts the others who vote yes and L = W − q + 1 the
 * others who vote no (their weight is W − w − (yes weight)); only sums below L ever matter.
 */
const shorterSide = (quota: number, total: number): number => Math.min(quota, total - quota + 1)

/** The positive weights in ascending order: small weights first keep the reachable sums short for longer. */
const ascending = (weights: readonly number[]): number[] => weights.filter((w) => w > 0).sort((a, b) => a - b)

/**
 * Σ_j (−1)^j A(y − j·w) over y − j·w ≥ 0, modulo p: the coefficient of x^y in A / (1 + x^w), read
 * from the prefix sums A without forming the quotient.
 */
const alternatingChain = (prefix: Float64Array, y: number, w: number, p: number): number => {
  let acc = 0
  let sign = true
  for (let x = y; x >= 0; x -= w) {
    const v = prefix[x]!
    acc = sign ? acc + v : acc - v
    acc = acc >= p ? acc - p : acc < 0 ? acc + p : acc
    sign = !sign
  }
  return acc
}

/**
 * c ← Π (1 + x^w) over the weights, modulo p, on the sums below `size`. Two voters share each pass
 * over the array (their four terms at once), which halves the memory traffic of the hot loop.
 */
const countForward = (c: Float64Array, size: number, weights: readonly number[], p: number): void => {
  c.fill(0)
  c[0] = 1
  let top = 0
  let j = 0
  const add = (a: number, b: number): number => (a + b >= p ? a + b - p : a + b)
  for (; j + 1 < weights.length; j += 2) {
    const a = weights[j]!
    const b = weights[j + 1]!
    const ab = a + b
    top = Math.min(size - 1, top + ab)
    let s = top
    for (; s >= ab; s--) c[s] = add(add(c[s]!, c[s - a]!), add(c[s - b]!, c[s - ab]!))
    for (; s >= b; s--) c[s] = add(add(c[s]!, c[s - a]!), c[s - b]!)
    for (; s >= a; s--) c[s] = add(c[s]!, c[s - a]!)
  }
  if (j < weights.length) {
    const w = weights[j]!
    top = Math.min(size - 1, top + w)
    for (let s = top; s >= w; s--) c[s] = add(c[s]!, c[s - w]!)
  }
}

/**
 * f ← Π (1 + ρ·x^w) · r^k over the k weights, on the sums below `size`: the distribution of the
 * weight of a random coalition that takes each voter with probability t = ρ/(1 + ρ), r = 1 − t.
 * Rescaled by r^256 every 256 voters so that values stay within range; two voters per pass.
 *
 * With `tail`, sums far below the running mean are dropped: after voters of total weight V and
 * squared weight Q, the sums below t·V − √(tail·Q/2) hold probability at most e^(−tail) (Hoeffding),
 * so they are set to 0 and never updated again. Each step drops at most e^(−tail) of the mass.
 */
const probabilityForward = (f: Float64Array, size: number, weights: readonly number[], t: number, tail?: number): void => {
  const r = 1 - t
  const rho = t / r
  const rho2 = rho * rho
  f.fill(0, 0, size)
  f[0] = 1
  let top = 0
  let pending = 0
  let lo = 0
  let sum = 0
  let squares = 0
  const rescale = (): void => {
    const scale = r ** pending
    for (let s = lo; s <= top; s++) f[s] = f[s]! * scale
    pending = 0
  }
  // The lowest sum kept once the voters so far are in; sums below it are zeroed after the pass.
  const floorAfter = (added: number, added2: number): number => {
    sum += added
    squares += added2
    return tail === undefined ? 0 : Math.min(top + 1, Math.max(lo, Math.floor(t * sum - Math.sqrt((tail / 2) * squares))))
  }
  const drop = (next: number): void => {
    if (next > lo) f.fill(0, lo, next)
    lo = next
  }
  let j = 0
  for (; j + 1 < weights.length; j += 2) {
    const a = weights[j]!
    const b = weights[j + 1]!
    const ab = a + b
    top = Math.min(size - 1, top + ab)
    const next = floorAfter(ab, a * a + b * b)
    let s = top
    for (const end = Math.max(ab, next); s >= end; s--) f[s] = f[s]! + rho * (f[s - a]! + f[s - b]!) + rho2 * f[s - ab]!
    for (const end = Math.max(b, next); s >= end; s--) f[s] = f[s]! + rho * (f[s - a]! + f[s - b]!)
    for (const end = Math.max(a, next); s >= end; s--) f[s] = f[s]! + rho * f[s - a]!
    drop(next)
    if ((pending += 2) >= 256) rescale()
  }
  if (j < weights.length) {
    const w = weights[j]!
    top = Math.min(size - 1, top + w)
    const next = floorAfter(w, w * w)
    for (let s = top; s >= Math.max(w, next); s--) f[s] = f[s]! + rho * f[s - w]!
    drop(next)
    pending++
  }
  rescale()
}

/** Prefix sums of f below `size`, Neumaier-compensated, as double-double hi + lo. */
export const prefixSums = (f: Float64Array, size: number, fhi: Float64Array, flo: Float64Array): void => {
  let hi = 0
  let lo = 0
  for (let s = 0; s < size; s++) {
    const x = f[s]!
    const sum = hi + x
    lo += Math.abs(hi) >= Math.abs(x) ? hi - sum + x : x - sum + hi
    hi = sum
    fhi[s] = hi
    flo[s] = lo
  }
}

/**
 * Exact swing counts: for each voter i, the number of coalitions S ∌ i that lose while S ∪ {i}
 * wins. Subsets of all voters are counted by weight below L (the shorter side of the quota) modulo
 * primes below 2^50, one pass per voter in ascending weight; the prefix sums C of those counts give
 * each distinct weight's swings as C(L−1) + 2 Σ_{j≥1} (−1)^j C(L−1−j·w), the window sum of the
 * counts without that voter (C divided by 1 + x^w), in L/w steps (Kakimura & Terai 2025). The
 * Chinese remainder theorem rebuilds each count exactly. Zero-weight voters never swing and double
 * every count.
 */
export const swingCounts = (quota: number, weights: readonly number[], progress?: (done: number, total: number) => void): bigint[] => {
  const positive = ascending(weights)
  const total = positive.reduce((s, w) => s + w, 0)
  const size = shorterSide(quota, total)
  const zeros = BigInt(weights.length - positive.length)
  const groups = [...groupsOf(weights)].filter(([w]) => w > 0)
  const moduli = primes(modulusCount(Math.max(0, positive.length - 1)))
  const residues = groups.map(() => new Array<number>(moduli.length).fill(0))
  const c = new Float64Array(size)
  moduli.forEach((mod, k) => {
    const p = Number(mod)
    countForward(c, size, positive, p)
    for (let s = 1; s < size; s++) {
      const v = c[s]! + c[s - 1]!
      c[s] = v >= p ? v - p : v
    }
    groups.forEach(([w], g) => {
      const rest = alternatingChain(c, size - 1 - w, w, p)
      const v = (c[size - 1]! + 2 * (p - rest)) % p
      residues[g]![k] = v
    })
    progress?.(k + 1, moduli.length)
  })
  const out = new Array<bigint>(weights.length).fill(0n)
  groups.forEach(([, members], g) => {
    const count = crt(residues[g]!, moduli) << zeros
    for (const i of members) out[i] = count
  })
  return out
}

// Double-double arithmetic (a value is hi + lo, |lo| ≤ ulp(hi)/2), for the cumulative chains below.
const SPLIT = 134217729
const twoProdErr = (a: number, b: number, p: number): number => {
  let t = SPLIT * a
  const ah = t - (t - a)
  const al = a - ah
  t = SPLIT * b
  const bh = t - (t - b)
  const bl = b - bh
  return ah * bh - p + ah * bl + al * bh + al * bl
}

/**
 * Probability that the others' weight lies in [L − w, L − 1], at inclusion probability t ≤ ½, from
 * the prefix sums F (double-double) of the distribution of all voters' weight below L: with
 * G = F / (r + t·x^w) the prefix sums without the voter, the mass is G(L−1) − G(L−1−w), and
 * G(y) = (F(y) − t·G(y − w)) / r follows one chain of L/w steps. The chain multiplies errors by
 * t/r ≤ 1 per step and runs in double-double, so the final difference keeps its digits.
 */
const windowMass = (fhi: Float64Array, flo: Float64Array, size: number, w: number, t: number, r: number): number => {
  const top = size - 1
  const steps = Math.floor(top / w)
  let ghi = 0
  let glo = 0
  let prevHi = 0
  let prevLo = 0
  for (let j = steps; j >= 0; j--) {
    const y = top - j * w
    // a = F(y) − t·G(y − w), in double-double.
    const p = t * ghi
    const pe = twoProdErr(t, ghi, p) + t * glo
    let s = fhi[y]! - p
    const bb = s - fhi[y]!
    let e = fhi[y]! - (s - bb) + (-p - bb) + flo[y]! - pe
    const s2 = s + e
    e = e - (s2 - s)
    s = s2
    // G(y) = a / r.
    const q1 = s / r
    const m = q1 * r
    const me = twoProdErr(q1, r, m)
    const d = s - m
    const q2 = (d - me + e) / r
    prevHi = ghi
    prevLo = glo
    ghi = q1 + q2
    glo = q2 - (ghi - q1)
  }
  // steps ≥ 1: prev holds G(top − w); steps = 0: top − w < 0 and prev is 0.
  return ghi - prevHi + (glo - prevLo)
}

// Probability mass below e^(−TAIL) ≈ 2e-22 is dropped in the Shapley–Shubik passes (see below);
// `tail = Infinity` keeps everything (the tests compare the two).
const TAIL = 50

/** The node pairs of the Shapley–Shubik quadrature, each with whether its yes side and its no side are computed. */
const nodePasses = (
  positive: readonly number[],
  total: number,
  quota: number,
  nodes: Float64Array | readonly number[],
  tail: number,
): { readonly j: number; readonly yes: boolean; readonly no: boolean }[] => {
  const spread = Math.sqrt((tail / 2) * positive.reduce((s, w) => s + w * w, 0))
  const wmax = positive[positive.length - 1] ?? 0
  const reaches = (t: number, size: number): boolean => t * total + spread >= size - wmax
  const out: { j: number; yes: boolean; no: boolean }[] = []
  for (let j = 0; j < Math.ceil(nodes.length / 2); j++) {
    const t = nodes[j]!
    out.push({ j, yes: reaches(t, quota), no: nodes.length - 1 - j !== j && reaches(t, total - quota + 1) })
  }
  return out
}

/**
 * The inner-loop steps of one forward pass over the sums below `size` (as {@link countForward} and
 * {@link probabilityForward} run it, the dropped lower tail included), plus the fills, prefix sums
 * and per-weight chains around it: the work estimate behind {@link countingSteps}, in O(n).
 */
const passSteps = (size: number, weights: readonly number[], t = 0.5, tail?: number): number => {
  let top = 0
  let sum = 0
  let squares = 0
  let lo = 0
  let steps = 3 * size
  const step = (first: number, added: number, added2: number): void => {
    top = Math.min(size - 1, top + added)
    sum += added
    squares += added2
    const next = tail === undefined ? 0 : Math.min(top + 1, Math.max(lo, Math.floor(t * sum - Math.sqrt((tail / 2) * squares))))
    steps += Math.max(0, top - Math.max(first, next) + 1)
    lo = next
  }
  let j = 0
  for (; j + 1 < weights.length; j += 2) step(weights[j]!, weights[j]! + weights[j + 1]!, weights[j]! ** 2 + weights[j + 1]! ** 2)
  if (j < weights.length) step(weights[j]!, weights[j]!, weights[j]! ** 2)
  for (const w of new Set(weights)) steps += Math.ceil(size / w)
  return steps
}

/**
 * The work each counting index would do on a weighted council, in inner-loop steps, computed in
 * O(n) before any counting: the bound behind `MAX_COUNTING_WORK`. A modular step of the exact swing
 * count costs about six double-precision steps and is counted so.
 */
export const countingSteps = {
  banzhaf: (quota: number, weights: readonly number[]): number => {
    const positive = ascending(weights)
    return passSteps(shorterSide(quota, positive.reduce((s, w) => s + w, 0)), positive)
  },
  swings: (quota: number, weights: readonly number[]): number => {
    const positive = ascending(weights)
    const size = shorterSide(quota, positive.reduce((s, w) => s + w, 0))
    return 6 * modulusCount(Math.max(0, positive.length - 1)) * passSteps(size, positive)
  },
  shapleyShubik: (quota: number, weights: readonly number[]): number => {
    const positive = ascending(weights)
    const total = positive.reduce((s, w) => s + w, 0)
    const { nodes } = gaussLegendre01(Math.ceil(positive.length / 2) + 1)
    const length = Math.max(quota, total - quota + 1)
    let steps = 0
    for (const { j, yes, no } of nodePasses(positive, total, quota, nodes, TAIL)) if (yes || no) steps += passSteps(length, positive, nodes[j]!, TAIL)
    return steps
  },
}

/**
 * Shapley–Shubik indices by Owen's multilinear extension: SS_i = ∫₀¹ P_t[L − w_i ≤ S_{−i} ≤ L − 1] dt,
 * the integrand a polynomial of degree n − 1 in t, so Gauss–Legendre with ⌈n/2⌉ + 1 nodes is exact
 * up to rounding. At a node t ≤ ½ the yes-voters are counted below the quota; at t > ½ the
 * no-voters (inclusion probability 1 − t) below W − q + 1, so removal always divides by the larger
 * factor. Each node costs one pass per voter over the sums below L (in ascending weight, so the
 * reachable range grows slowly) and one cumulative chain of L/w steps per distinct weight. In a large
 * council the coalition's weight at node t is concentrated within a few standard deviations of t·W:
 * nodes whose windows lie beyond e^(−TAIL) of the mass are skipped and each pass drops its far lower
 * tail, which changes an index by at most about 2·n·L·e^(−TAIL) (5e-15 for 1,000 voters with
 * weights to 50) and leaves small councils, where the bound exceeds the weights, untouched.
 */
export const shapleyShubikOwen = (quota: number, weights: readonly number[], progress?: (done: number, total: number) => void, tail = TAIL): number[] => {
  const positive = ascending(weights)
  const n = positive.length
  const total = positive.reduce((s, w) => s + w, 0)
  const { nodes, weights: gw } = gaussLegendre01(Math.ceil(n / 2) + 1)
  const groups = [...groupsOf(weights)].filter(([w]) => w > 0)
  const yesSize = quota
  const noSize = total - quota + 1
  const length = Math.max(yesSize, noSize)
  const f = new Float64Array(length)
  const fhi = new Float64Array(length)
  const flo = new Float64Array(length)
  const acc = new Float64Array(groups.length)
  const comp = new Float64Array(groups.length)
  const add = (k: number, x: number): void => {
    // Neumaier-compensated accumulation over the nodes.
    const s = acc[k]! + x
    comp[k]! += Math.abs(acc[k]!) >= Math.abs(x) ? acc[k]! - s + x : x - s + acc[k]!
    acc[k] = s
  }
  // The nodes come in mirrored pairs t, 1 − t. Node t counts yes-voters (probability t) below q;
  // node 1 − t counts no-voters, each also present with probability t, below W − q + 1: one
  // forward pass over the longer of the two ranges serves both.
  // A window [size − w, size − 1] that the coalition's weight reaches with probability below
  // e^(−TAIL) (Hoeffding, on all voters' weight, which bounds the others') contributes nothing at
  // this precision: its node is skipped. Within a pass the far lower tail is dropped the same way.
  for (const { j, yes, no } of nodePasses(positive, total, quota, nodes, tail)) {
    const t = nodes[j]!
    const r = 1 - t
    const mirror = nodes.length - 1 - j
    if (yes || no) {
      probabilityForward(f, length, positive, t, tail)
      prefixSums(f, length, fhi, flo)
      groups.forEach(([w], k) => {
        if (yes) add(k, gw[j]! * windowMass(fhi, flo, yesSize, w, t, r))
        if (no) add(k, gw[mirror]! * windowMass(fhi, flo, noSize, w, t, r))
      })
    }
    progress?.(j + 1, Math.ceil(nodes.length / 2))
  }
  const out = new Array<number>(weights.length).fill(0)
  groups.forEach(([, members], k) => {
    // A dummy's windows hold no mass, but their differences round to ±1e-19: an index is never negative.
    const value = Math.max(0, acc[k]! + comp[k]!)
    for (const i of members) out[i] = value
  })
  return out
}

/**
 * Each voter's probability of swinging when every other voter votes yes or no with probability ½
 * (the unnormalized Banzhaf index, swings / 2^(n−1)), in double precision: one forward pass over
 * the sums below the shorter side of the quota and one cumulative chain per distinct weight, the
 * chains in double-double. O(n·L + Σ L/w) for the shorter side L.
 */
export const swingProbabilities = (quota: number, weights: readonly number[]): number[] => {
  const positive = ascending(weights)
  const total = positive.reduce((s, w) => s + w, 0)
  const size = shorterSide(quota, total)
  const f = new Float64Array(size)
  const fhi = new Float64Array(size)
  const flo = new Float64Array(size)
  probabilityForward(f, size, positive, 0.5)
  prefixSums(f, size, fhi, flo)
  const out = new Array<number>(weights.length).fill(0)
  for (const [w, members] of groupsOf(weights)) {
    if (w === 0) continue
    // f counts all positive voters, so the window mass is P(swing) over the other positive voters;
    // zero-weight voters never change a sum.
    // Never negative, though a dummy's window difference rounds to ±1e-19.
    const mass = Math.max(0, windowMass(fhi, flo, size, w, 0.5, 0.5))
    for (const i of members) out[i] = mass
  }
  return out
}

/** a / b for non-negative BigInts, as the double nearest to the exact ratio (within one ulp). */
export const ratio = (a: bigint, b: bigint): number => {
  if (a === 0n) return 0
  // Shift so that the integer quotient carries at least 64 significant bits, then scale back by a power of two.
  const shift = Math.max(0, b.toString(2).length - a.toString(2).length + 64)
  return Number((a << BigInt(shift)) / b) / 2 ** shift
}
