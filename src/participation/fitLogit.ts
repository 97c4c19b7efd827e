import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { Label, decodeWith, refusedCall, swappedCall, unknownKeys } from '../internal/decode.js'
import { fitRows } from '../internal/glm.js'
import { joinModel, type JoinModel } from './JoinModel.js'

/**
 * A fitted logit model of joining.
 *
 * @since 0.1.0
 * @category estimation
 */
export interface LogitFit {
  /** Estimates keyed by covariate name, plus `intercept`. */
  readonly coefficients: Record<string, number>
  /** Standard errors from the Fisher information at the estimates, as R's `glm` reports them. */
  readonly standardErrors: Record<string, number>
  /** The log-likelihood at the estimates. */
  readonly logLik: number
  /** Always true: a fit that does not converge is returned as an error instead. */
  readonly converged: true
  /** Fisher-scoring iterations used. */
  readonly iterations: number
  /** Number of rows used. */
  readonly n: number
  /** The estimates as a checked {@link JoinModel} (as {@link joinModel} makes), ready for {@link joinProbability}, {@link joinProbabilities} or a scenario's joining step. */
  readonly model: JoinModel
}

/**
 * Options of {@link fitLogit}.
 *
 * @since 0.1.0
 * @category estimation
 */
export interface LogitOptions {
  /** The 0/1 (or boolean) column: did the state join? */
  readonly outcome: string
  /** The covariate columns; an intercept is always added. */
  readonly covariates: readonly string[]
  /** Iteration cap (default 50). */
  readonly maxIterations?: number
}

const OptionsCodec = t.intersection(
  [
    t.type({ outcome: Label, covariates: t.array(Label, 'a list of column names') }),
    t.partial({ maxIterations: t.refinement(t.number, (k) => Number.isSafeInteger(k) && k >= 1, 'a whole number ≥ 1') }),
  ],
  'an object { outcome, covariates, maxIterations? }',
)

/**
 * Fits a logit model of joining, `outcome ~ covariates`, by iteratively reweighted least squares
 * (Fisher scoring from R's starting values), with standard errors from the information matrix:
 * what R's `glm(outcome ~ ..., family = binomial)` reports, and checked against it in the test suite.
 * The small p × p inversions run on mathjs.
 *
 * Errors are values: a missing or non-numeric value names its row and column; a covariate that is a
 * linear combination of the others is named; complete or quasi-complete separation (a covariate that
 * predicts joining perfectly, so its estimate is infinite) and non-convergence are reported as such.
 *
 * The options come first and the rows last (`fitLogit(options)(rows)`), so one set of options,
 * checked once, fits many data sets: `pipe(rows, fitLogit(options))`.
 *
 * @param options - `{ outcome, covariates, maxIterations? }`
 * @returns a function of the rows (one object per state or state-operation, with the outcome and
 * every covariate) giving the fit, or a `DecodeError`/`InvalidProblem`/`NotDefined`/`NoConvergence`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { fitLogit, joinProbability } from 'coalitions/participation'
 *
 * // Eight invitations: 3 of 4 joined operations with UN authorization, 1 of 4 without.
 * const rows = [1, 1, 1, 0].map((joined) => ({ joined, un: 1 })).concat([1, 0, 0, 0].map((joined) => ({ joined, un: 0 })))
 * const fit = fitLogit({ outcome: 'joined', covariates: ['un'] })(rows)
 * assert.ok(E.isRight(fit))
 * // Saturated: intercept = logit(1/4), un = logit(3/4) − logit(1/4) = 2 ln 3.
 * assert.ok(Math.abs(fit.right.coefficients['un']! - 2 * Math.log(3)) < 1e-10)
 * const p = joinProbability(fit.right.model)({ un: 1 })
 * assert.ok(E.isRight(p) && Math.abs(p.right - 0.75) < 1e-10)
 * ```
 *
 * @see Tago, "Why do states join US-led military coalitions?", *International Relations of the Asia-Pacific* 7 (2007).
 * @see McCullagh & Nelder, *Generalized Linear Models* (2nd ed., 1989), §2.5 and §4.
 * @since 0.1.0
 * @category estimation
 */
export const fitLogit = (options: LogitOptions): ((rows: readonly object[]) => E.Either<CoalitionError, LogitFit>) => {
  // The options are checked once, when the fit is set up; a misspelt one (maxIteration) is an error
  // naming the nearest key, never silently ignored.
  const swapped = swappedCall(options, [], 'a list of rows', 'fitLogit({ outcome, covariates })(rows)')
  if (swapped !== undefined) return refusedCall(coalitionError('DecodeError', swapped))
  const strays = unknownKeys(options, ['outcome', 'covariates', 'maxIterations'], 'options')
  const opts = strays.length > 0 ? E.left(coalitionError('DecodeError', strays.join('\n'))) : decodeWith(OptionsCodec, 'options')(options)
  return (rows) => {
    if (E.isLeft(opts)) return opts
    const { outcome, covariates, maxIterations = 50 } = opts.right
    return E.flatMap((fit: Omit<LogitFit, 'model'>): E.Either<CoalitionError, LogitFit> =>
      E.map((model: JoinModel): LogitFit => ({ ...fit, model }))(
        joinModel({ intercept: fit.coefficients['intercept']!, coefficients: Object.fromEntries(covariates.map((c) => [c, fit.coefficients[c]!])) }),
      ),
    )(fitRows(rows, { response: outcome, role: 'outcome', covariates, link: 'logit', maxIterations }, 'join probability'))
  }
}
