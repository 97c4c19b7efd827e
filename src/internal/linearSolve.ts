// Dense Gaussian elimination with partial pivoting, for the small systems of the bargaining models.
// Kept out of mathjs on purpose: a few players' equations do not justify 150 KB in the bundle.

/** Solves A x = b for a small square A (row-major arrays, not modified); undefined when A is singular. */
export const linearSolve = (A: readonly (readonly number[])[], b: readonly number[]): number[] | undefined => {
  const n = b.length
  const M = A.map((row, i) => [...row, b[i]!])
  for (let c = 0; c < n; c++) {
    let pivot = c
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[pivot]![c]!)) pivot = r
    if (Math.abs(M[pivot]![c]!) < 1e-300) return undefined
    ;[M[c], M[pivot]] = [M[pivot]!, M[c]!]
    for (let r = c + 1; r < n; r++) {
      const factor = M[r]![c]! / M[c]![c]!
      if (factor !== 0) for (let k = c; k <= n; k++) M[r]![k]! -= factor * M[c]![k]!
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!
    x[r] = s / M[r]![r]!
  }
  return x
}
