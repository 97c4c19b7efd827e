// Spearman's rank correlation with average ranks for ties, and its one-sided p-values.
import { studentTUpper } from '../internal/special.js'

/** Ranks 1..n, ties sharing the average of the ranks they span. */
export const averageRanks = (x: readonly number[]): number[] => {
  const order = x.map((_, i) => i).sort((a, b) => x[a]! - x[b]!)
  const ranks = new Array<number>(x.length).fill(0)
  for (let start = 0; start < order.length; ) {
    let end = start
    while (end + 1 < order.length && x[order[end + 1]!] === x[order[start]!]) end++
    for (let k = start; k <= end; k++) ranks[order[k]!] = (start + end) / 2 + 1
    start = end + 1
  }
  return ranks
}

/** Pearson's correlation (of ranks, here); NaN when either is constant. */
export const pearson = (x: readonly number[], y: readonly number[]): number => {
  const n = x.length
  const mx = x.reduce((s, v) => s + v, 0) / n
  const my = y.reduce((s, v) => s + v, 0) / n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my)
    sxx += (x[i]! - mx) ** 2
    syy += (y[i]! - my) ** 2
  }
  return sxy / Math.sqrt(sxx * syy)
}

/** The largest n for which the p-value is exact, by enumerating all n! permutations. */
export const EXACT_LIMIT = 9

/** P(ρ ≥ observed) over all permutations of y's ranks (Heap's algorithm), ties kept as average ranks. */
export const exactUpper = (rx: readonly number[], ry: readonly number[], observed: number): number => {
  const n = rx.length
  const a = [...ry]
  const c = new Array<number>(n).fill(0)
  const mean = (n + 1) / 2
  const sx = rx.map((r) => r - mean)
  let denomY = 0
  for (const r of a) denomY += (r - mean) ** 2
  let denomX = 0
  for (const v of sx) denomX += v * v
  const denom = Math.sqrt(denomX * denomY)
  const tol = 1e-12
  let hits = 0
  let total = 0
  const visit = () => {
    let s = 0
    for (let i = 0; i < n; i++) s += sx[i]! * (a[i]! - mean)
    total++
    if (s / denom >= observed - tol) hits++
  }
  visit()
  for (let i = 0; i < n; ) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!
      ;[a[j], a[i]] = [a[i]!, a[j]!]
      visit()
      c[i]!++
      i = 0
    } else {
      c[i] = 0
      i++
    }
  }
  return hits / total
}

/** The t approximation: P(T_df ≥ r·√(df/(1 − r²))). */
export const tUpper = (r: number, df: number): number => {
  if (r >= 1) return 0
  if (r <= -1) return 1
  return studentTUpper(r * Math.sqrt(df / (1 - r * r)), df)
}
