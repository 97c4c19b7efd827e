// Gauss–Legendre nodes and weights on [0, 1], by Newton's method on the Legendre recurrence.

/** P_m(x) and its derivative, by the three-term recurrence. */
const legendre = (m: number, x: number): { readonly p: number; readonly dp: number } => {
  let p0 = 1
  let p1 = x
  for (let k = 2; k <= m; k++) {
    const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k
    p0 = p1
    p1 = p2
  }
  return { p: p1, dp: m === 1 ? 1 : (m * (x * p1 - p0)) / (x * x - 1) }
}

/** Nodes and weights of the m-point Gauss–Legendre rule on [0, 1]: exact for polynomials of degree ≤ 2m − 1. */
export const gaussLegendre01 = (m: number): { readonly nodes: Float64Array; readonly weights: Float64Array } => {
  const nodes = new Float64Array(m)
  const weights = new Float64Array(m)
  for (let i = 0; i < Math.ceil(m / 2); i++) {
    // Tricomi's initial guess; Newton converges quadratically from it for every m.
    let x = Math.cos((Math.PI * (i + 0.75)) / (m + 0.5))
    for (let iter = 0; iter < 100; iter++) {
      const { p, dp } = legendre(m, x)
      const dx = p / dp
      x -= dx
      if (Math.abs(dx) <= 1e-16 * Math.max(1, Math.abs(x))) break
    }
    const { dp } = legendre(m, x)
    const w = 2 / ((1 - x * x) * dp * dp)
    // Map [-1, 1] to [0, 1]: p = (1 ∓ x) / 2, weight halves; nodes come in mirrored pairs.
    nodes[i] = (1 - x) / 2
    nodes[m - 1 - i] = (1 + x) / 2
    weights[i] = w / 2
    weights[m - 1 - i] = w / 2
  }
  if (m % 2 === 1) nodes[(m - 1) / 2] = 0.5
  return { nodes, weights }
}
