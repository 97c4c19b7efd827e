import { onScaledClaims, type ClaimsProblem } from './ClaimsProblem.js'
import { celAwards } from './awards.js'

/**
 * The constrained equal losses rule: everyone loses the same amount λ relative to their claim,
 * except that no award is negative: max(0, c_i − λ) with the awards summing to E. Favours large
 * claims; it is the dual of {@link constrainedEqualAwards}.
 *
 * @param problem - a problem from {@link claimsProblem}
 * @returns the awards, in the order of the claims
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { claimsProblem, constrainedEqualLosses } from 'coalitions/claims'
 *
 * // λ = 150: the claim of 100 gets nothing, the others lose 150 each.
 * assert.deepStrictEqual(F.pipe(claimsProblem({ estate: 200, claims: [300, 100, 200] }), E.map(constrainedEqualLosses)), E.right([150, 0, 50]))
 * ```
 *
 * @see Thomson, "Axiomatic and game-theoretic analysis of bankruptcy and taxation problems: a survey", *Mathematical Social Sciences* 45 (2003).
 * @since 0.1.0
 * @category rules
 */
export const constrainedEqualLosses = (problem: ClaimsProblem): number[] => {
  return onScaledClaims('constrainedEqualLosses', problem, celAwards)
}
