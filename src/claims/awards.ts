// The two elementary rules, on plain arrays, shared by the exported rules and the Talmud rule.

/** Constrained equal awards: min(c_i, λ) with Σ = E; claims in any order. */
export const ceaAwards = (estate: number, claims: readonly number[]): number[] => {
  const n = claims.length
  const order = claims.map((_, i) => i).sort((a, b) => claims[a]! - claims[b]!)
  const out = new Array<number>(n).fill(0)
  let remaining = estate
  for (let k = 0; k < n; k++) {
    const share = remaining / (n - k)
    const i = order[k]!
    if (claims[i]! <= share) {
      out[i] = claims[i]!
      remaining -= claims[i]!
    } else {
      for (let j = k; j < n; j++) out[order[j]!] = share
      break
    }
  }
  return out
}

/** Constrained equal losses: max(0, c_i − λ) with Σ = E; claims in any order. */
export const celAwards = (estate: number, claims: readonly number[]): number[] => {
  const n = claims.length
  const order = claims.map((_, i) => i).sort((a, b) => claims[b]! - claims[a]!)
  const out = new Array<number>(n).fill(0)
  let top = 0
  for (let k = 1; k <= n; k++) {
    top += claims[order[k - 1]!]!
    // With the k largest claims paid, c_i − λ each, λ = (their sum − E) / k; it must not pay the next one.
    const lambda = Math.max(0, (top - estate) / k)
    if (k === n || lambda >= claims[order[k]!]!) {
      for (let j = 0; j < k; j++) out[order[j]!] = Math.max(0, claims[order[j]!]! - lambda)
      return out
    }
  }
  return out
}
