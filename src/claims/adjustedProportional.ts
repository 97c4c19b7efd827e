import { onScaledClaims, type ClaimsProblem } from './ClaimsProblem.js'

/**
 * The adjusted proportional rule (Curiel, Maschler & Tijs 1987): first each claimant receives its
 * minimal right m_i = max(0, E − Σ_{j≠i} c_j), what is left after everyone else is paid in full;
 * then the remainder E′ = E − Σm is shared in proportion to the revised claims min(c_i − m_i, E′).
 *
 * @param problem - a problem from {@link claimsProblem}
 * @returns the awards, in the order of the claims
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { adjustedProportional, claimsProblem } from 'coalitions/claims'
 *
 * // E = 100 on claims 30, 90: minimal rights 10 and 70, the last 20 split 20:20.
 * assert.deepStrictEqual(F.pipe(claimsProblem({ estate: 100, claims: [30, 90] }), E.map(adjustedProportional)), E.right([20, 80]))
 * ```
 *
 * @see Curiel, Maschler & Tijs, "Bankruptcy games", *Zeitschrift für Operations Research* 31 (1987).
 * @since 0.1.0
 * @category rules
 */
export const adjustedProportional = (problem: ClaimsProblem): number[] => {
  return onScaledClaims('adjustedProportional', problem, adjustedOf)
}

const adjustedOf = (estate: number, claims: readonly number[]): number[] => {
  // Others' claims as prefix + suffix sums, never total − c_i, which loses the small claims beside a large one.
  const n = claims.length
  const suffix = new Array<number>(n + 1).fill(0)
  for (let i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + claims[i]!
  let prefix = 0
  const minimal = claims.map((c, i) => {
    const others = prefix + suffix[i + 1]!
    prefix += c
    return Math.max(0, estate - others)
  })
  const rest = estate - minimal.reduce((s, m) => s + m, 0)
  const revised = claims.map((c, i) => Math.min(c - minimal[i]!, rest))
  const revisedTotal = revised.reduce((s, c) => s + c, 0)
  return revisedTotal <= 0 ? minimal : minimal.map((m, i) => m + (rest * revised[i]!) / revisedTotal)
}
