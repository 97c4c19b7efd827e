import { onScaledClaims, type ClaimsProblem } from './ClaimsProblem.js'

/**
 * The proportional rule: each claimant receives E · c_i / Σc.
 *
 * @param problem - a problem from {@link claimsProblem}
 * @returns the awards, in the order of the claims
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { claimsProblem, proportional } from 'coalitions/claims'
 *
 * assert.deepStrictEqual(F.pipe(claimsProblem({ estate: 300, claims: [300, 100, 200] }), E.map(proportional)), E.right([150, 50, 100]))
 * ```
 *
 * @see Thomson, "Axiomatic and game-theoretic analysis of bankruptcy and taxation problems: a survey", *Mathematical Social Sciences* 45 (2003).
 * @since 0.1.0
 * @category rules
 */
export const proportional = (problem: ClaimsProblem): number[] => {
  return onScaledClaims('proportional', problem, proportionalOf)
}

const proportionalOf = (estate: number, claims: readonly number[]): number[] => {
  const total = claims.reduce((s, c) => s + c, 0)
  return total === 0 ? claims.map(() => 0) : claims.map((c) => (estate * c) / total)
}
