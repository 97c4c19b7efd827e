// Distributions of sums of independent Bernoulli contributions, clamped at a target: the
// Poisson-binomial recursion, in which every update is a convex combination of non-negative numbers,
// so no cancellation can occur.

/**
 * The distribution of min(target, Σ_i units[i] · B_i) for independent B_i ~ Bernoulli(p[i]):
 * `out[s]` is P(sum = s) for s < target and `out[target]` is P(sum ≥ target).
 */
export const clampedDistribution = (p: ArrayLike<number>, units: ArrayLike<number>, target: number, from = 0, to = p.length): Float64Array => {
  let dist = new Float64Array(target + 1)
  let next = new Float64Array(target + 1)
  dist[0] = 1
  let reach = 0
  for (let i = from; i < to; i++) {
    add(dist, next, p[i]!, units[i]!, target, reach)
    ;[dist, next] = [next, dist]
    reach = Math.min(target, reach + units[i]!)
  }
  return dist
}

/** One step of the recursion: `out` = distribution of the sum with one more contribution. */
const add = (dist: Float64Array, out: Float64Array, p: number, u: number, target: number, reach: number): void => {
  const q = 1 - p
  out.fill(0)
  for (let s = 0; s <= reach; s++) {
    const m = dist[s]!
    if (m === 0) continue
    out[s]! += q * m
    const t = Math.min(target, s + u)
    out[t]! += p * m
  }
}

/**
 * P(Σ ≥ m) for every candidate left out in turn, at the two thresholds that matter for raising its
 * probability: m = target and m = target − units[i]. Uses prefix distributions and suffix tails, so
 * the whole table costs O(n · target) rather than O(n² · target).
 */
export const leaveOneOutTails = (p: ArrayLike<number>, units: ArrayLike<number>, target: number): { without: Float64Array; withIt: Float64Array } => {
  const n = p.length
  const T = target
  // prefix[i]: clamped distribution of candidates 0..i−1.
  const prefix: Float64Array[] = [clampedDistribution(p, units, T, 0, 0)]
  for (let i = 0; i < n; i++) {
    const out = new Float64Array(T + 1)
    add(prefix[i]!, out, p[i]!, units[i]!, T, T)
    prefix.push(out)
  }
  // tail[i][j]: P(sum of candidates i..n−1 ≥ j), for j = 0..T (j ≤ 0 gives 1).
  const tail: Float64Array[] = new Array<Float64Array>(n + 1)
  let dist = clampedDistribution(p, units, T, n, n)
  tail[n] = tailsOf(dist)
  for (let i = n - 1; i >= 0; i--) {
    const out = new Float64Array(T + 1)
    add(dist, out, p[i]!, units[i]!, T, T)
    dist = out
    tail[i] = tailsOf(dist)
  }
  const without = new Float64Array(n)
  const withIt = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const F = prefix[i]!
    const G = tail[i + 1]!
    const at = (m: number): number => {
      if (m <= 0) return 1
      let s = 0
      for (let a = 0; a <= T; a++) {
        const f = F[a]!
        if (f === 0) continue
        s += f * (a >= m ? 1 : G[m - a]!)
      }
      return Math.min(1, s)
    }
    without[i] = at(T)
    withIt[i] = at(T - units[i]!)
  }
  return { without, withIt }
}

/** Upper tails of a clamped distribution: out[j] = P(sum ≥ j), summed from the top. */
const tailsOf = (dist: Float64Array): Float64Array => {
  const out = new Float64Array(dist.length)
  let s = 0
  for (let j = dist.length - 1; j >= 0; j--) out[j] = s = Math.min(1, s + dist[j]!)
  return out
}

/**
 * P(Σ contributions ≥ target) from a sparse distribution: the sorted distinct partial sums (clamped at
 * the target) and their probabilities, merged one candidate at a time. Memory and work follow the
 * number of distinct sums, at most min(2^n, target + 1), so a few candidates with very large troop
 * numbers need no grid of target + 1 cells.
 */
export const sparseTail = (p: ArrayLike<number>, units: ArrayLike<number>, target: number): number => {
  let sums = new Float64Array([0])
  let probs = new Float64Array([1])
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!
    const q = 1 - pi
    const u = units[i]!
    const k = sums.length
    const nextSums = new Float64Array(2 * k)
    const nextProbs = new Float64Array(2 * k)
    // Merge the sums without candidate i (weight q) and with it (shifted by u, clamped; weight p).
    let a = 0
    let b = 0
    let out = 0
    while (a < k || b < k) {
      const sa = a < k ? sums[a]! : Infinity
      const sb = b < k ? Math.min(target, sums[b]! + u) : Infinity
      const s = Math.min(sa, sb)
      let mass = 0
      if (sa === s) mass += q * probs[a++]!
      // Several shifted sums can clamp to the target: take them all.
      while (b < k && Math.min(target, sums[b]! + u) === s) mass += pi * probs[b++]!
      if (mass === 0) continue
      if (out > 0 && nextSums[out - 1] === s) nextProbs[out - 1]! += mass
      else {
        nextSums[out] = s
        nextProbs[out++] = mass
      }
    }
    sums = nextSums.slice(0, out)
    probs = nextProbs.slice(0, out)
  }
  return sums[sums.length - 1] === target ? Math.min(1, probs[sums.length - 1]!) : 0
}
