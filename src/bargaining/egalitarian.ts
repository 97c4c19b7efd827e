import type { CoalitionError } from '../core/CoalitionError.js'
import type { either as E } from 'fp-ts'
import { rayPoint, solveWith, type BargainingProblem } from './BargainingProblem.js'

/**
 * The egalitarian solution (Kalai 1977): equal gains over the disagreement point, d + λ(1, 1) with
 * the largest feasible λ. Not scale invariant: it compares the players' utilities directly. Found by
 * bisection to machine precision.
 *
 * @param problem - a {@link FrontierProblem} or {@link OutcomeSetProblem}
 * @returns the agreement [u1, u2], or `InvalidProblem` as for {@link nashBargaining}
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { egalitarian } from 'coalitions/bargaining'
 *
 * // Outcomes (4, 0) and (0, 2): equal gains at u1 = u2 = 4/3.
 * const r = egalitarian({ disagreement: [0, 0], outcomes: [[4, 0], [0, 2]] })
 * assert.ok(E.isRight(r))
 * assert.ok(Math.abs(r.right[0] - 4 / 3) < 1e-15 && Math.abs(r.right[1] - 4 / 3) < 1e-15)
 * ```
 *
 * @see Kalai, "Proportional solutions to bargaining situations: interpersonal utility comparisons", *Econometrica* 45 (1977).
 * @since 0.1.0
 * @category solutions
 */
export const egalitarian: (problem: BargainingProblem) => E.Either<CoalitionError, readonly [number, number]> = solveWith((p) => rayPoint(p, 1, 1))
