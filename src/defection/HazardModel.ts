/**
 * Discrete-time hazard models of a partner's exit from a coalition.
 *
 * @module
 */
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { FiniteNumber, decodeWith } from '../internal/decode.js'

/**
 * The link between the linear predictor η and the hazard h. `cloglog`: h = 1 − exp(−exp(η)), the
 * discrete-time (grouped) form of proportional hazards, so a Cox model's log hazard ratios carry
 * over as coefficients. `logit`: h = 1 / (1 + exp(−η)), proportional odds.
 *
 * @since 0.1.0
 * @category model
 */
export type Link = 'cloglog' | 'logit'

/**
 * How the baseline log hazard changes with time t = 1, 2, …: `logTime` adds `slope · ln t` (duration
 * dependence: slope < 0 means hazards fall the longer a partner has stayed); `piecewise` adds
 * `shift[k]` from period `from[k]` on (`from` starts at 1 and increases).
 *
 * @since 0.1.0
 * @category model
 */
export type Baseline =
  | { readonly kind: 'logTime'; readonly slope: number }
  | { readonly kind: 'piecewise'; readonly from: readonly number[]; readonly shift: readonly number[] }

/**
 * A discrete-time hazard model: h(x, t) = link⁻¹(intercept + baseline(t) + Σ_k coefficients[k] · x_k).
 * Built by {@link hazardModel}. The library ships no coefficients: the sources report signs, not
 * magnitudes, so supply your own or estimate them with {@link fitDiscreteHazard}.
 *
 * @since 0.1.0
 * @category model
 */
export interface HazardModel {
  readonly link: Link
  readonly intercept: number
  /** One coefficient per named covariate. */
  readonly coefficients: Readonly<Record<string, number>>
  readonly baseline?: Baseline
}

const LinkCodec = t.keyof({ cloglog: null, logit: null }, "'cloglog' or 'logit'")
const Coefficients = t.record(t.string, FiniteNumber, 'a record of finite numbers')
const BaselineCodec = t.union(
  [
    t.type({ kind: t.literal('logTime'), slope: FiniteNumber }),
    t.type({ kind: t.literal('piecewise'), from: t.array(FiniteNumber), shift: t.array(FiniteNumber) }),
  ],
  "{ kind: 'logTime', slope } or { kind: 'piecewise', from, shift }",
)
const Codec = t.intersection(
  [t.type({ link: LinkCodec, intercept: FiniteNumber, coefficients: Coefficients }), t.partial({ baseline: BaselineCodec })],
  'an object { link, intercept, coefficients, baseline? }',
)

/**
 * Checks a hazard model: a known link, finite intercept and coefficients, and a well-formed baseline.
 *
 * @param input - `{ link, intercept, coefficients, baseline? }`
 * @returns the model, or a `DecodeError`/`InvalidProblem` naming the field
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { hazardModel } from 'coalitions/defection'
 *
 * // Coefficients are the user's: here a partner on a separate front has e^0.7 ≈ 2 times the hazard.
 * const m = hazardModel({ link: 'cloglog', intercept: -6, coefficients: { separateFront: 0.7, worsening: 0.4 } })
 * assert.ok(E.isRight(m))
 * const bad = hazardModel({ link: 'probit', intercept: -6, coefficients: {} })
 * assert.ok(E.isLeft(bad))
 * assert.equal(bad.left.message, `link: expected 'cloglog' or 'logit', got the string "probit"`)
 * ```
 *
 * @see Allison, "Discrete-time methods for the analysis of event histories", *Sociological Methodology* 13 (1982).
 * @see Weisiger, "Exiting the coalition: when do states abandon coalition partners during war?", *International Studies Quarterly* 60 (2016).
 * @since 0.1.0
 * @category model
 */
export const hazardModel = (input: unknown): E.Either<CoalitionError, HazardModel> =>
  E.flatMap((m: t.TypeOf<typeof Codec>): E.Either<CoalitionError, HazardModel> => {
    const b = m.baseline
    if (b !== undefined && b.kind === 'piecewise') {
      if (b.from.length === 0 || b.from.length !== b.shift.length)
        return E.left(coalitionError('InvalidProblem', `baseline: expected as many shifts as start periods (at least one), got ${b.from.length} and ${b.shift.length}`))
      if (b.from[0] !== 1) return E.left(coalitionError('InvalidProblem', `baseline.from[0]: the first piece starts at period 1, got ${b.from[0]}`))
      for (let k = 1; k < b.from.length; k++)
        if (!(b.from[k]! > b.from[k - 1]!)) return E.left(coalitionError('InvalidProblem', `baseline.from[${k}]: start periods must increase, got ${b.from[k]} after ${b.from[k - 1]}`))
    }
    // A copy, frozen all the way down: later edits to the caller's objects cannot change a checked model.
    const baseline: Baseline | undefined =
      b === undefined ? undefined : b.kind === 'logTime' ? Object.freeze({ ...b }) : Object.freeze({ ...b, from: Object.freeze([...b.from]), shift: Object.freeze([...b.shift]) })
    const model: HazardModel = Object.freeze({
      link: m.link,
      intercept: m.intercept,
      coefficients: Object.freeze({ ...m.coefficients }),
      ...(baseline === undefined ? {} : { baseline }),
    })
    checked.add(model)
    return E.right(model)
  })(decodeWith(Codec)(input))

// The models hazardModel made; any other value is checked again before use.
const checked = new WeakSet<object>()

/** @internal `model` if hazardModel made it, else the result of checking it now (paths under `path`). */
export const checkedModel = (model: unknown, path: string): E.Either<CoalitionError, HazardModel> => {
  if (typeof model === 'object' && model !== null && checked.has(model)) return E.right(model as HazardModel)
  return E.mapLeft((e: CoalitionError) => coalitionError(e._tag, e.message.split('\n').map((line) => `${path}.${line}`).join('\n')))(hazardModel(model))
}

/** @internal The hazard for a linear predictor, and the linear predictor for a hazard in (0, 1). */
export { inverseLink, linkOf } from '../internal/link.js'

/** @internal The baseline's contribution at period t ≥ 1. */
export const baselineAt = (baseline: Baseline | undefined, t: number): number => {
  if (baseline === undefined) return 0
  if (baseline.kind === 'logTime') return baseline.slope * Math.log(t)
  let k = 0
  while (k + 1 < baseline.from.length && baseline.from[k + 1]! <= t) k++
  return baseline.shift[k]!
}
