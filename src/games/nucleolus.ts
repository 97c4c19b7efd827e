import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { kohlbergViolation } from '../internal/kohlberg.js'
import { lexicographicCenter } from '../internal/lexicographic.js'
import type { LpSolver } from '../internal/lp.js'
import { normalizedGame } from '../internal/scale.js'
import { checkGame } from '../core/Game.js'

/** @internal Shared by nucleolus and prenucleolus: solve, then verify by Kohlberg's criterion. */
export const verifiedCenter = (lp: LpSolver, game: Game, imputation: boolean): E.Either<CoalitionError, number[]> =>
  E.flatMap(({ game: g, scale }: { readonly game: Game; readonly scale: number }): E.Either<CoalitionError, number[]> => {
    const solved = lexicographicCenter(lp, g, imputation, false)
    if (E.isLeft(solved)) return solved
    const x = solved.right.allocation
    // The checked levels start at the largest excess; the stages' lowest level bounds how far down they go.
    const lowest = solved.right.stages.reduce((low, st) => Math.min(low, st.epsilon), Infinity)
    const failure = kohlbergViolation(lp, g, x, imputation, Number.isFinite(lowest) ? lowest : undefined)
    if (failure !== undefined)
      return E.left(coalitionError('NoConvergence', `the computed ${imputation ? 'nucleolus' : 'prenucleolus'} failed its check: ${failure}`))
    // `+ 0` turns a −0 from the LP into 0.
    return E.right(Array.from(x, (xi) => xi * scale + 0))
  })(normalizedGame(game))

/**
 * The nucleolus (Schmeidler 1969): the imputation that lexicographically minimises the coalitions'
 * excesses v(S) − x(S), largest first. It is unique, lies in the core whenever the core is non-empty,
 * and treats symmetric players equally. For a bankruptcy game it is the Talmud rule.
 *
 * Computed by the Maschler–Peleg–Shapley sequence of LPs on HiGHS with constraint generation (each LP
 * holds a small active set of coalitions; a scan of all 2^n excesses adds violated ones), at most n
 * stages; then verified by Kohlberg's criterion before it is returned.
 *
 * @param lp - the loaded solver from {@link loadLpSolver}
 * @returns a function of the game giving the nucleolus in player order; `Infeasible` when the
 * imputation set is empty (Σ v(i) > v(N)), `NoConvergence` if the solver fails or the check does not hold
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { makeGame, nucleolus, loadLpSolver } from 'coalitions'
 *
 * const lp = await loadLpSolver()
 * // Glove game: the single left glove takes everything.
 * const nu = F.pipe(makeGame([0, 0, 0, 1, 0, 1, 0, 1]), E.flatMap(nucleolus(lp)))
 * assert.ok(E.isRight(nu))
 * assert.deepStrictEqual(nu.right.map((x) => Math.round(x * 1e9) / 1e9 + 0), [1, 0, 0])
 * ```
 *
 * @see Schmeidler, "The nucleolus of a characteristic function game", *SIAM Journal on Applied Mathematics* 17 (1969); Kohlberg, "On the nucleolus of a characteristic function game", *SIAM Journal on Applied Mathematics* 20 (1971).
 * @since 0.1.0
 * @category solutions
 */
export const nucleolus =
  (lp: LpSolver) =>
  (game: Game): E.Either<CoalitionError, number[]> =>
    checkGame('nucleolus', game, (g) => verifiedCenter(lp, g, true))
