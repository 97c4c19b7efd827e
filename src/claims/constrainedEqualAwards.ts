import { onScaledClaims, type ClaimsProblem } from './ClaimsProblem.js'
import { ceaAwards } from './awards.js'

/**
 * The constrained equal awards rule: everyone receives the same amount λ, except that no one
 * receives more than their claim: min(c_i, λ) with the awards summing to E. Favours small claims.
 *
 * @param problem - a problem from {@link claimsProblem}
 * @returns the awards, in the order of the claims
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { claimsProblem, constrainedEqualAwards } from 'coalitions/claims'
 *
 * // λ = 150: the claim of 100 is met in full, the others get 150 each.
 * assert.deepStrictEqual(F.pipe(claimsProblem({ estate: 400, claims: [300, 100, 200] }), E.map(constrainedEqualAwards)), E.right([150, 100, 150]))
 * ```
 *
 * @see Thomson, "Axiomatic and game-theoretic analysis of bankruptcy and taxation problems: a survey", *Mathematical Social Sciences* 45 (2003).
 * @since 0.1.0
 * @category rules
 */
export const constrainedEqualAwards = (problem: ClaimsProblem): number[] => {
  return onScaledClaims('constrainedEqualAwards', problem, ceaAwards)
}
