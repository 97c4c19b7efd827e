// The span of coalition indicator vectors, kept as an orthonormal basis W of its orthogonal
// complement (n − rank columns). The distance from 1_S to the span is ‖Wᵀ1_S‖, and Wᵀ1_S is a sum
// of |S| rows of W: testing a coalition costs |S|·(n − rank) additions, where projecting onto the
// span itself cost 2·rank·n multiply–adds (the Security Council's check tests some 4,000 coalitions
// at rank 11 of 15). Adding a vector applies one Householder reflection to W and drops a column, so
// W stays orthonormal to rounding. Vectors are 0/1 of length n ≤ 24: a distance below 1e-9 means
// "in the span".

export interface Span {
  readonly rank: () => number
  /** True when the indicator vector of `mask` lies in the span. */
  readonly contains: (mask: number) => boolean
  /** Adds the indicator of `mask`; returns false (and adds nothing) when it is already in the span. */
  readonly add: (mask: number) => boolean
}

export const makeSpan = (n: number): Span => {
  // W is row-major, n rows; its first `dim` columns are the complement's basis (the identity at first).
  const w = new Float64Array(n * n)
  for (let i = 0; i < n; i++) w[i * n + i] = 1
  let dim = n
  const c = new Float64Array(n)
  const u = new Float64Array(n)
  // Leaves Wᵀ1_S in c and returns its norm.
  const project = (mask: number): number => {
    c.fill(0, 0, dim)
    for (let bits = mask; bits !== 0; bits &= bits - 1) {
      const off = (31 - Math.clz32(bits & -bits)) * n
      for (let j = 0; j < dim; j++) c[j] = c[j]! + w[off + j]!
    }
    let z = 0
    for (let j = 0; j < dim; j++) z += c[j]! * c[j]!
    return Math.sqrt(z)
  }
  return {
    rank: () => n - dim,
    contains: (mask) => dim === 0 || project(mask) < 1e-9,
    add: (mask) => {
      if (dim === 0) return false
      const z = project(mask)
      if (z < 1e-9) return false
      // Householder vector v = c + sign(c₀)·z·e₀ (kept in c): W ← W(I − βvvᵀ) sends the component of 1_S
      // to column 0, which is dropped.
      c[0] = c[0]! + (c[0]! >= 0 ? z : -z)
      let vv = 0
      for (let j = 0; j < dim; j++) vv += c[j]! * c[j]!
      const beta = 2 / vv
      for (let i = 0; i < n; i++) {
        let s = 0
        for (let j = 0; j < dim; j++) s += w[i * n + j]! * c[j]!
        u[i] = beta * s
      }
      for (let i = 0; i < n; i++)
        for (let j = 1; j < dim; j++) w[i * n + j - 1] = w[i * n + j]! - u[i]! * c[j]!
      dim--
      return true
    },
  }
}
