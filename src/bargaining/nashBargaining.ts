import type { CoalitionError } from '../core/CoalitionError.js'
import type { either as E } from 'fp-ts'
import { solveWith, type BargainingProblem, type Prepared } from './BargainingProblem.js'

const logProduct = (p: Prepared, x: number, y: number): number =>
  x > p.d1 && y > p.d2 ? p.a1 * Math.log(x - p.d1) + p.a2 * Math.log(y - p.d2) : -Infinity

/** On each edge of the hull's Pareto chain the weighted Nash product has a closed-form maximiser. */
const onChain = (p: Prepared, chain: ReadonlyArray<readonly [number, number]>): readonly [number, number] => {
  let best: readonly [number, number] = chain[0]!
  let bestValue = logProduct(p, best[0], best[1])
  // An edge's stationary point, when inside the edge, beats both its ends (the log product is strictly
  // concave along it): it wins a tie in rounding too, as on a short edge between nearly equal
  // vertices, where the products agree to the last bit.
  const consider = (x: number, y: number, stationary = false) => {
    const v = logProduct(p, x, y)
    if (v > bestValue || (stationary && v === bestValue && v > -Infinity)) {
      best = [x, y]
      bestValue = v
    }
  }
  for (const [x, y] of chain) consider(x, y)
  for (let k = 1; k < chain.length; k++) {
    const [ax, ay] = chain[k - 1]!
    const [bx, by] = chain[k]!
    const dx = bx - ax
    const dy = by - ay
    if (dx === 0 || dy === 0) continue
    // d/dt [a1 ln(ax + t·dx − d1) + a2 ln(ay + t·dy − d2)] = 0 is linear in t. The same condition
    // measured from the other end gives s = 1 − t without cancellation, so a maximiser within 1e-16
    // of an end (weights 1e16 : 1) is still found, and from the nearer end.
    const t = -(p.a1 * dx * (ay - p.d2) + p.a2 * dy * (ax - p.d1)) / ((p.a1 + p.a2) * dx * dy)
    const s = (p.a1 * dx * (by - p.d2) + p.a2 * dy * (bx - p.d1)) / ((p.a1 + p.a2) * dx * dy)
    if (t > 0 && s > 0) t <= 0.5 ? consider(ax + t * dx, ay + t * dy, true) : consider(bx - s * dx, by - s * dy, true)
  }
  // A fresh pair: never one of the caller's own vertex arrays.
  return [best[0], best[1]]
}

/**
 * On a smooth frontier the maximiser solves a1·(f(x) − d2) + a2·(x − d1)·f′(x) = 0, whose left side
 * decreases in x; f′ comes from central differences with one Richardson step (error O(h⁴)), and the
 * root from bisection on its sign.
 */
const onFrontier = (p: Prepared): readonly [number, number] => {
  let lo = Math.max(p.domainLo, p.d1)
  let hi = p.ideal1
  const width = hi - lo
  const slope = (x: number): number => {
    const h = Math.min(1e-3 * width, (x - Math.max(p.domainLo, p.lo)) / 2, (p.hi - x) / 2)
    if (!(h > 0)) return (p.f(Math.min(p.hi, x + 1e-9 * width)) - p.f(Math.max(p.lo, x - 1e-9 * width))) / (2e-9 * width)
    const d = (k: number) => (p.f(x + k) - p.f(x - k)) / (2 * k)
    return (4 * d(h / 2) - d(h)) / 3
  }
  for (let k = 0; k < 200; k++) {
    const mid = lo + (hi - lo) / 2
    if (mid <= lo || mid >= hi) break
    const g = p.a1 * (p.f(mid) - p.d2) + p.a2 * (mid - p.d1) * slope(mid)
    if (g > 0) lo = mid
    else if (g < 0) hi = mid
    else {
      lo = hi = mid
      break
    }
  }
  const x = lo + (hi - lo) / 2
  return [x, p.f(x)]
}

/**
 * The Nash bargaining solution: the feasible point that maximizes (u1 − d1)^α1 · (u2 − d2)^α2 among
 * those that give both players more than the disagreement point. With weights α ≠ (1, 1) it is the
 * asymmetric (generalized) Nash solution.
 *
 * For outcome sets the maximizer is exact (closed form on each edge of the hull). For a frontier
 * function it is found by bisection on the first-order condition, with the frontier's slope from
 * Richardson-extrapolated central differences: to about 1e-11 of the domain's width for smooth
 * frontiers. Give outcomes for piecewise-linear sets.
 *
 * @param problem - a {@link FrontierProblem} or {@link OutcomeSetProblem}
 * @returns the agreement [u1, u2], or `InvalidProblem` when the disagreement point is not inside
 * the set, the frontier is not non-increasing and concave, or it fails to return a finite number
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { nashBargaining } from 'coalitions/bargaining'
 *
 * // Splitting a dollar with disagreement (0, 0) and weights (2, 1): player 1 gets 2/3.
 * const r = nashBargaining({ disagreement: [0, 0], outcomes: [[1, 0], [0, 1]], weights: [2, 1] })
 * assert.ok(E.isRight(r))
 * assert.ok(Math.abs(r.right[0] - 2 / 3) < 1e-15 && Math.abs(r.right[1] - 1 / 3) < 1e-15)
 * ```
 *
 * @see Nash, "The bargaining problem", *Econometrica* 18 (1950).
 * @see Roth, *Axiomatic Models of Bargaining* (1979), on the asymmetric solution.
 * @since 0.1.0
 * @category solutions
 */
export const nashBargaining: (problem: BargainingProblem) => E.Either<CoalitionError, readonly [number, number]> = solveWith((p) =>
  p.vertices !== undefined ? onChain(p, p.vertices) : onFrontier(p),
)
