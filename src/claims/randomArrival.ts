import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { shapley } from '../games/shapley.js'
import { isClaimsProblem, notAClaimsProblem, type ClaimsProblem } from './ClaimsProblem.js'
import { bankruptcyGame } from './bankruptcyGame.js'

/**
 * The random arrival rule (O'Neill 1982): claimants arrive in a uniformly random order and each is
 * paid in full, or what is left, on arrival; the award is the expected payment. It equals the
 * Shapley value of the bankruptcy game, which is how it is computed: exactly, by superset sums over
 * the 2^n coalitions rather than the n! orders, for up to 24 claimants.
 *
 * @param problem - a problem from {@link claimsProblem}
 * @returns the awards in the order of the claims, or `TooLarge` beyond 24 claimants
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { claimsProblem, randomArrival } from 'coalitions/claims'
 *
 * // E = 200 on 100, 200, 300: averaging the six arrival orders gives 100/3, 250/3, 250/3.
 * const r = F.pipe(claimsProblem({ estate: 200, claims: [100, 200, 300] }), E.flatMap(randomArrival))
 * assert.ok(E.isRight(r))
 * assert.deepStrictEqual(r.right.map((x) => Math.round(x * 3)), [100, 250, 250])
 * ```
 *
 * @see O'Neill, "A problem of rights arbitration from the Talmud", *Mathematical Social Sciences* 2 (1982).
 * @since 0.1.0
 * @category rules
 */
export const randomArrival = (problem: ClaimsProblem): E.Either<CoalitionError, number[]> =>
  isClaimsProblem(problem) ? E.map(shapley)(bankruptcyGame(problem)) : E.left(coalitionError('DecodeError', notAClaimsProblem('randomArrival', problem)))
