import { either as E } from 'fp-ts'
import { type CoalitionError, coalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { type LpSolver, isLpSolver, notASolver } from '../internal/lp.js'
import { verifiedCenter, type NucleolusReport } from './nucleolus.js'
import { checkGame } from '../core/Game.js'

/**
 * The prenucleolus: like the {@link nucleolus} but over all efficient allocations, without requiring
 * x_i ≥ v(i). It always exists, and equals the nucleolus when the core is non-empty (more generally
 * for zero-monotonic games). Verified by Kohlberg's criterion before it is returned.
 *
 * @param lp - the loaded solver from {@link loadLpSolver}
 * @returns a function of the game giving the prenucleolus in player order, or `NoConvergence`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { gameFromFunction, prenucleolus, loadLpSolver } from 'coalitions'
 *
 * const lp = await loadLpSolver()
 * // Symmetric majority game: equal shares.
 * const pre = F.pipe(gameFromFunction(3, (S) => (S.length >= 2 ? 1 : 0)), E.flatMap(prenucleolus(lp)))
 * assert.ok(E.isRight(pre))
 * assert.deepStrictEqual(pre.right.map((x) => Math.round(x * 3e9) / 1e9), [1, 1, 1])
 * ```
 *
 * @see Sobolev, "The characterization of optimality principles by functional equations", *Mathematical Methods in the Social Sciences* 6 (1975); Maschler, Peleg & Shapley (1979).
 * @since 0.1.0
 * @category solutions
 */
export const prenucleolus =
  (lp: LpSolver) =>
  (game: Game): E.Either<CoalitionError, number[]> =>
    !isLpSolver(lp)
      ? E.left(coalitionError('DecodeError', notASolver('prenucleolus', lp)))
      : checkGame('prenucleolus', game, (g) => E.map((r: NucleolusReport) => [...r.allocation])(verifiedCenter(lp, g, false)))
