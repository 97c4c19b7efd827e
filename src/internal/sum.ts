// Compensated (Neumaier) summation: the error stays O(eps) rather than O(n·eps) over 2^n terms.

/** Sums `xs` with Neumaier's compensation. */
export const fsum = (xs: ArrayLike<number>): number => {
  let s = 0
  let c = 0
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!
    const t = s + x
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s
    s = t
  }
  return s + c
}
