// The span.ts.ts from before the complement-basis span and the generated balancedness columns, kept only so bench/nucleolus.bench.ts can time old and new in one run.
// Incremental orthonormal basis of coalition indicator vectors (modified Gram–Schmidt, twice for
// stability). Vectors are 0/1 of length n ≤ 24, so a residual below 1e-9 means "in the span".

export interface Span {
  readonly rank: () => number
  /** True when the indicator vector of `mask` lies in the span. */
  readonly contains: (mask: number) => boolean
  /** Adds the indicator of `mask`; returns false (and adds nothing) when it is already in the span. */
  readonly add: (mask: number) => boolean
}

export const makeSpan = (n: number): Span => {
  const basis: Float64Array[] = []
  const residual = (mask: number): Float64Array => {
    const r = new Float64Array(n)
    for (let i = 0; i < n; i++) r[i] = (mask >>> i) & 1
    for (let pass = 0; pass < 2; pass++)
      for (const q of basis) {
        let d = 0
        for (let i = 0; i < n; i++) d += q[i]! * r[i]!
        for (let i = 0; i < n; i++) r[i] = r[i]! - d * q[i]!
      }
    return r
  }
  const norm = (r: Float64Array): number => Math.sqrt(r.reduce((s, x) => s + x * x, 0))
  return {
    rank: () => basis.length,
    contains: (mask) => norm(residual(mask)) < 1e-9,
    add: (mask) => {
      const r = residual(mask)
      const z = norm(r)
      if (z < 1e-9) return false
      basis.push(r.map((x) => x / z))
      return true
    },
  }
}
