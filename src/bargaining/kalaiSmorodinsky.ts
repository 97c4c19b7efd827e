import type { CoalitionError } from '../core/CoalitionError.js'
import type { either as E } from 'fp-ts'
import { rayPoint, solveWith, type BargainingProblem } from './BargainingProblem.js'

/**
 * The Kalai–Smorodinsky solution: the Pareto point on the segment from the disagreement point to
 * the ideal point, where each player gets the most it could get given the other's disagreement
 * payoff. Each player gains the same fraction of its possible gain. Found by bisection to machine
 * precision.
 *
 * @param problem - a {@link FrontierProblem} or {@link OutcomeSetProblem}
 * @returns the agreement [u1, u2], or `InvalidProblem` as for {@link nashBargaining}
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { kalaiSmorodinsky } from 'coalitions/bargaining'
 *
 * // Frontier u2 = 1 − u1² on [0, 1]: ideal (1, 1), so u1 = u2 = (√5 − 1)/2.
 * const r = kalaiSmorodinsky({ disagreement: [0, 0], frontier: (u) => 1 - u * u, domain: [0, 1] })
 * assert.ok(E.isRight(r))
 * assert.ok(Math.abs(r.right[0] - (Math.sqrt(5) - 1) / 2) < 1e-15)
 * ```
 *
 * @see Kalai & Smorodinsky, "Other solutions to Nash's bargaining problem", *Econometrica* 43 (1975).
 * @since 0.1.0
 * @category solutions
 */
export const kalaiSmorodinsky: (problem: BargainingProblem) => E.Either<CoalitionError, readonly [number, number]> = solveWith((p) =>
  rayPoint(p, p.ideal1 - p.d1, p.ideal2 - p.d2),
)
