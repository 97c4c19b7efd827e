import { either as E } from 'fp-ts'
import { type CoalitionError, coalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { type LpSolver, isLpSolver, notASolver } from '../internal/lp.js'
import { toleranceOf } from '../internal/tolerance.js'
import { leastCore } from './leastCore.js'
import { checkGame } from '../core/Game.js'

/**
 * Whether the core is non-empty, i.e. some allocation of v(N) gives every coalition at least its
 * worth: true exactly when the least core's ε ≤ 0 (up to 1e-9 × max(1, max |v|)).
 *
 * @param lp - the loaded solver from {@link loadLpSolver}
 * @returns a function of the game giving true or false, or `NoConvergence` if the solver fails
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { gameFromFunction, coreIsNonEmpty, loadLpSolver } from 'coalitions'
 *
 * const lp = await loadLpSolver()
 * const majority = gameFromFunction(3, (S) => (S.length >= 2 ? 1 : 0))
 * assert.deepStrictEqual(F.pipe(majority, E.flatMap(coreIsNonEmpty(lp))), E.right(false))
 * const unanimity = gameFromFunction(3, (S) => (S.length === 3 ? 1 : 0))
 * assert.deepStrictEqual(F.pipe(unanimity, E.flatMap(coreIsNonEmpty(lp))), E.right(true))
 * ```
 *
 * @see Bondareva, "Some applications of linear programming methods to the theory of cooperative games", *Problemy Kibernetiki* 10 (1963); Shapley, "On balanced sets and cores", *Naval Research Logistics Quarterly* 14 (1967).
 * @since 0.1.0
 * @category properties
 */
export const coreIsNonEmpty =
  (lp: LpSolver) =>
  (game: Game): E.Either<CoalitionError, boolean> =>
    !isLpSolver(lp)
      ? E.left(coalitionError('DecodeError', notASolver('coreIsNonEmpty', lp)))
      : checkGame('coreIsNonEmpty', game, (g) => E.map((lc: { readonly epsilon: number }) => lc.epsilon <= toleranceOf(g.values))(leastCore(lp)(g)))
