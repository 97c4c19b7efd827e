import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { makeGame, tooLarge, MAX_EXACT_PLAYERS, type Game } from '../core/Game.js'
import { coalitionSumsKernel } from '../kernel/coalitionSumsKernel.js'
import { isClaimsProblem, notAClaimsProblem, type ClaimsProblem } from './ClaimsProblem.js'

/**
 * The bankruptcy game of a claims problem: v(S) = max(0, E − Σ_{j∉S} c_j), what a coalition is sure
 * to get once everyone outside it is paid in full (O'Neill 1982). Its nucleolus is the Talmud rule
 * and its Shapley value the random arrival rule.
 *
 * @param problem - a problem from {@link claimsProblem}
 * @returns the game, labelled like the problem, or `TooLarge` beyond 24 claimants
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { bankruptcyGame, claimsProblem } from 'coalitions/claims'
 *
 * const g = F.pipe(claimsProblem({ estate: 200, claims: [100, 200, 300] }), E.flatMap(bankruptcyGame))
 * assert.ok(E.isRight(g))
 * assert.deepStrictEqual([...g.right.values], [0, 0, 0, 0, 0, 0, 100, 200])
 * ```
 *
 * @see O'Neill, "A problem of rights arbitration from the Talmud", *Mathematical Social Sciences* 2 (1982).
 * @see Aumann & Maschler, "Game theoretic analysis of a bankruptcy problem from the Talmud", *Journal of Economic Theory* 36 (1985).
 * @since 0.1.0
 * @category games
 */
export const bankruptcyGame = (problem: ClaimsProblem): E.Either<CoalitionError, Game> => {
  if (!isClaimsProblem(problem)) return E.left(coalitionError('DecodeError', notAClaimsProblem('bankruptcyGame', problem)))
  if (problem.n > MAX_EXACT_PLAYERS) return E.left(tooLarge(problem.n))
  const sums = coalitionSumsKernel(problem.claims, problem.n, new Float64Array(2 ** problem.n))
  const grand = sums.length - 1
  // The outside claims summed directly, not as total − inside: that difference loses small claims.
  return makeGame(sums.map((_, mask) => (mask === 0 ? 0 : Math.max(0, problem.estate - sums[grand ^ mask]!))), { players: problem.players })
}
