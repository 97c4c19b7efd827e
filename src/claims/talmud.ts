import { onScaledClaims, type ClaimsProblem } from './ClaimsProblem.js'
import { ceaAwards, celAwards } from './awards.js'

/**
 * The Talmud rule (Aumann & Maschler 1985): when E ≤ Σc/2, constrained equal awards on the half
 * claims; otherwise each receives half its claim plus constrained equal losses of the rest on the
 * half claims. It equals the nucleolus of the bankruptcy game.
 *
 * @param problem - a problem from {@link claimsProblem}
 * @returns the awards, in the order of the claims
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { claimsProblem, talmud } from 'coalitions/claims'
 *
 * // The Mishnah's three widows, claims 100, 200, 300 on an estate of 200: 50, 75, 75.
 * assert.deepStrictEqual(F.pipe(claimsProblem({ estate: 200, claims: [100, 200, 300] }), E.map(talmud)), E.right([50, 75, 75]))
 * ```
 *
 * @see Aumann & Maschler, "Game theoretic analysis of a bankruptcy problem from the Talmud", *Journal of Economic Theory* 36 (1985).
 * @since 0.1.0
 * @category rules
 */
export const talmud = (problem: ClaimsProblem): number[] => {
  return onScaledClaims('talmud', problem, (estate, claims) => {
    const half = claims.map((c) => c / 2)
    const halfTotal = half.reduce((s, c) => s + c, 0)
    if (estate <= halfTotal) return ceaAwards(estate, half)
    return celAwards(estate - halfTotal, half).map((a, i) => half[i]! + a)
  })
}
