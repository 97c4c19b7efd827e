import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { kohlbergCheck } from '../internal/kohlberg.js'
import { optionsShapeProblem, show } from '../internal/decode.js'
import { lexicographicCenter } from '../internal/lexicographic.js'
import { type LpSolver, isLpSolver, notASolver } from '../internal/lp.js'
import { normalizedGame } from '../internal/scale.js'
import { checkGame } from '../core/Game.js'

/** @internal Shared by nucleolus, prenucleolus and nucleolusReport: solve, then verify by Kohlberg's criterion. */
export const verifiedCenter = (lp: LpSolver, game: Game, imputation: boolean): E.Either<CoalitionError, NucleolusReport> =>
  E.flatMap(({ game: g, scale }: { readonly game: Game; readonly scale: number }): E.Either<CoalitionError, NucleolusReport> => {
    const solved = lexicographicCenter(lp, g, imputation, false)
    if (E.isLeft(solved)) return solved
    const { allocation: x, stages, lpSolves, scans } = solved.right
    // The checked levels start at the largest excess; the stages' lowest level bounds how far down they go.
    const lowest = stages.reduce((low, st) => Math.min(low, st.epsilon), Infinity)
    const { failure, levels, coalitions } = kohlbergCheck(lp, g, x, imputation, Number.isFinite(lowest) ? lowest : undefined)
    if (failure !== undefined)
      return E.left(coalitionError('NoConvergence', `the computed ${imputation ? 'nucleolus' : 'prenucleolus'} failed its check: ${failure}`))
    const label = (m: number): readonly string[] => Object.freeze(g.players.filter((_, i) => (m >>> i) & 1))
    return E.right(
      Object.freeze({
        // `+ 0` turns a −0 from the LP into 0.
        allocation: Object.freeze(Array.from(x, (xi) => xi * scale + 0)),
        stages: Object.freeze(stages.map((st) => Object.freeze({ epsilon: st.epsilon * scale + 0, fixed: Object.freeze(st.fixed.map(label)) }))),
        lpSolves,
        scans,
        certificate: Object.freeze({ levels, coalitions }),
      }),
    )
  })(normalizedGame(game))

/**
 * How a (pre)nucleolus was found and certified, from {@link nucleolusReport}: for a user who wants to
 * see why a game was slow, or to cite the certificate.
 *
 * @since 0.2.0
 * @category solutions
 */
export interface NucleolusReport {
  /** The (pre)nucleolus, in player order. */
  readonly allocation: readonly number[]
  /** The Maschler–Peleg–Shapley stages: each one's minimal largest excess and the coalitions fixed at it. */
  readonly stages: readonly { readonly epsilon: number; readonly fixed: readonly (readonly string[])[] }[]
  /** Linear programs solved, and scans of all 2^n excesses for violated coalitions. */
  readonly lpSolves: number
  readonly scans: number
  /**
   * Kohlberg's certificate: the excess levels tested for balancedness (one LP each, on n rows) and
   * the coalitions in the largest collection tested.
   */
  readonly certificate: { readonly levels: number; readonly coalitions: number }
}

/**
 * The nucleolus (or, with `{ prenucleolus: true }`, the prenucleolus) with how it was found: the
 * stages of the LP sequence, the number of LPs and scans, and the size of Kohlberg's certificate
 * that was checked before it is returned. The allocation equals {@link nucleolus}'s.
 *
 * @param lp - the loaded solver from {@link loadLpSolver}
 * @param options - `{ prenucleolus?: boolean }`: certify the prenucleolus instead (default false)
 * @returns a function of the game giving the report; the same Lefts as {@link nucleolus}, and a
 * `DecodeError` for options other than `{ prenucleolus?: boolean }`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { gameFromFunction, loadLpSolver, nucleolusReport } from 'coalitions'
 *
 * const lp = await loadLpSolver()
 * // The UN Security Council: 0.2 to each permanent member, certified on a few levels.
 * const unsc = gameFromFunction(15, (S) => (S.reduce((w, i) => w + (i < 5 ? 7 : 1), 0) >= 39 ? 1 : 0))
 * const report = F.pipe(unsc, E.flatMap((g) => nucleolusReport(lp)(g)))
 * assert.ok(E.isRight(report))
 * assert.ok(Math.abs(report.right.allocation[0]! - 0.2) < 1e-9)
 * assert.ok(report.right.lpSolves >= report.right.stages.length && report.right.certificate.levels >= 1)
 * ```
 *
 * @see Kohlberg, "On the nucleolus of a characteristic function game", *SIAM Journal on Applied Mathematics* 20 (1971).
 * @see Maschler, Peleg & Shapley, "Geometric properties of the kernel, nucleolus, and related solution concepts", *Mathematics of Operations Research* 4 (1979).
 * @since 0.2.0
 * @category solutions
 */
export const nucleolusReport = (lp: LpSolver, options?: { readonly prenucleolus?: boolean }): ((game: Game, ...rest: readonly never[]) => E.Either<CoalitionError, NucleolusReport>) => {
  // The solver and options are checked once, when the report is set up.
  const problem = ((): CoalitionError | undefined => {
    if (!isLpSolver(lp)) return coalitionError('DecodeError', notASolver('nucleolusReport', lp))
    const shape = optionsShapeProblem(options ?? {}, ['prenucleolus'])
    if (shape !== undefined) return coalitionError('DecodeError', `nucleolusReport: ${shape}`)
    const pre = options?.prenucleolus ?? false
    if (typeof pre !== 'boolean') return coalitionError('DecodeError', `nucleolusReport: options.prenucleolus: expected true or false, got ${show(pre)}`)
    return undefined
  })()
  const imputation = options?.prenucleolus !== true
  // The options moved to the first call; one passed after the game would be ignored silently.
  return (game, ...rest: readonly never[]) =>
    problem !== undefined
      ? E.left(problem)
      : rest.length > 0
        ? E.left(coalitionError('DecodeError', 'nucleolusReport: the options come with the solver, nucleolusReport(lp, { prenucleolus })(game); the game is the only argument of the second call'))
        : checkGame('nucleolusReport', game, (g) => verifiedCenter(lp, g, imputation))
}

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
    !isLpSolver(lp)
      ? E.left(coalitionError('DecodeError', notASolver('nucleolus', lp)))
      : checkGame('nucleolus', game, (g) => E.map((r: NucleolusReport) => [...r.allocation])(verifiedCenter(lp, g, true)))
