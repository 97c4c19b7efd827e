/**
 * Who joins a coalition: a logit over named covariates, with the factors the sources name.
 *
 * @module
 */
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { FiniteNumber, decodeWith, unknownKeys } from '../internal/decode.js'
import { decodePartners, type Partner } from '../core/Partner.js'
import { inverseLink } from '../internal/link.js'

/**
 * A logit model of a state's decision to join: P(join) = 1 / (1 + exp(−(intercept + Σ_k
 * coefficients[k] · x_k))). The library ships no coefficients (the sources give signs, not
 * magnitudes): supply your own, or estimate them with {@link fitLogit}, whose `model` is one of these.
 *
 * @since 0.1.0
 * @category model
 */
export interface JoinModel {
  readonly intercept: number
  /** One coefficient per named covariate. */
  readonly coefficients: Readonly<Record<string, number>>
}

/**
 * A factor the sources say moves a state's decision to join, with the direction they report.
 *
 * @since 0.1.0
 * @category model
 */
export interface ParticipationFactor {
  /** A suggested covariate name (any name works in a {@link JoinModel}). */
  readonly name: string
  /** What the covariate measures. */
  readonly meaning: string
  /** The direction the source reports: +1 raises joining, −1 lowers it. */
  readonly sign: 1 | -1
  /** Where it is reported. */
  readonly source: string
}

/**
 * The factors RAND (Kavanagh et al. 2021) and Tago (2007) report, with their signs only: neither
 * publishes magnitudes, so there are no default coefficients. Use the names as covariate names if
 * you like, and check a fitted model's signs against these.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { PARTICIPATION_FACTORS } from 'coalitions/participation'
 *
 * const un = PARTICIPATION_FACTORS.find((f) => f.name === 'unAuthorization')
 * assert.equal(un?.sign, 1)
 * assert.equal(PARTICIPATION_FACTORS.find((f) => f.name === 'domesticIntervention')?.sign, -1)
 * ```
 *
 * @see Tago, "Why do states join US-led military coalitions? The compulsion of the coalition's missions and legitimacy", *International Relations of the Asia-Pacific* 7 (2007).
 * @see Kavanagh et al., *Building Military Coalitions: Lessons from U.S. Experience*, RAND RR-A859-1 (2021).
 * @since 0.1.0
 * @category model
 */
export const PARTICIPATION_FACTORS: readonly ParticipationFactor[] = Object.freeze(
  (
    [
      ['unAuthorization', 'the coalition has UN Security Council authorization', 1, 'Tago (2007)'],
      ['domesticIntervention', "the mission intervenes in a state's domestic affairs", -1, 'Tago (2007)'],
      ['allianceTies', 'alliance or close security ties to the coalition leader', 1, 'RAND (Kavanagh et al. 2021)'],
      ['homeRegion', 'the operation is in the state’s own region', 1, 'RAND (Kavanagh et al. 2021)'],
      ['sharedThreat', 'the state shares the interest or threat the coalition answers', 1, 'RAND (Kavanagh et al. 2021); willingness, Tago (2007)'],
      ['igoSponsorship', 'an international organization (e.g. NATO) sponsors the operation', 1, 'RAND (Kavanagh et al. 2021)'],
      ['statusSeeking', 'the state seeks status or standing with the leader', 1, 'RAND (Kavanagh et al. 2021)'],
      ['capability', 'capability to send forces abroad (opportunity)', 1, 'Tago (2007), after Siverson & Starr'],
    ] as const
  ).map(([name, meaning, sign, source]) => Object.freeze({ name, meaning, sign, source })),
)

/** @internal */
export const JoinModelCodec = t.type(
  { intercept: FiniteNumber, coefficients: t.record(t.string, FiniteNumber, 'a record of finite numbers') },
  'a model { intercept, coefficients }',
)

// The models joinModel made (fitLogit's among them): used without checking them again.
const made = new WeakSet<object>()

/**
 * Checks a join model once: a finite intercept and finite coefficients, and no key but those two.
 * The result is a frozen copy that {@link joinProbability}, {@link joinProbabilities} and a
 * scenario's joining step use without checking it again; {@link fitLogit}'s `model` is one.
 *
 * @param input - `{ intercept, coefficients }`
 * @returns the checked model, or a `DecodeError` naming the field
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { joinModel, joinProbability } from 'coalitions/participation'
 *
 * const model = joinModel({ intercept: -1, coefficients: { unAuthorization: 1.2 } })
 * assert.ok(E.isRight(model) && Object.isFrozen(model.right.coefficients))
 * const p = joinProbability(model.right)({ unAuthorization: 1 })
 * assert.ok(E.isRight(p) && Math.abs(p.right - 1 / (1 + Math.exp(-0.2))) < 1e-15)
 * const typo = joinModel({ intercept: -1, coefficient: {} })
 * assert.ok(E.isLeft(typo) && typo.left.message.startsWith('coefficient: unknown key; did you mean coefficients?'))
 * ```
 *
 * @see Tago, "Why do states join US-led military coalitions?", *International Relations of the Asia-Pacific* 7 (2007).
 * @since 0.3.0
 * @category model
 */
export const joinModel = (input: unknown): E.Either<CoalitionError, JoinModel> => checkedJoinModel(input, '')

/** @internal `model` if {@link joinModel} made it, else the result of checking it now (paths under `path`). */
export const checkedJoinModel = (model: unknown, path: string): E.Either<CoalitionError, JoinModel> => {
  if (typeof model === 'object' && model !== null && made.has(model)) return E.right(model as JoinModel)
  const strays = unknownKeys(model, ['intercept', 'coefficients'], path)
  if (strays.length > 0) return E.left(coalitionError('DecodeError', strays.join('\n')))
  return E.map((m: JoinModel): JoinModel => {
    const checked = Object.freeze({ intercept: m.intercept, coefficients: Object.freeze({ ...m.coefficients }) })
    made.add(checked)
    return checked
  })(decodeWith(JoinModelCodec, path)(model))
}

/**
 * The probability that a state joins, given its covariates. Curried: check the model once, then
 * apply it to many states. Every covariate the model has a coefficient for must be given (a missing
 * one is an error, never a silent 0); other keys of the covariate record are ignored, so data rows
 * can be passed as they are.
 *
 * @param model - `{ intercept, coefficients }`, e.g. `fitLogit(...).model`
 * @returns a function from a covariate record to P(join) in [0, 1], or a `DecodeError` naming the field
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { joinProbability } from 'coalitions/participation'
 *
 * // Made-up coefficients, signs as Tago reports them.
 * const p = joinProbability({ intercept: -1, coefficients: { unAuthorization: 1.2, domesticIntervention: -0.8 } })
 * const withUn = p({ unAuthorization: 1, domesticIntervention: 0, name: 'Ruritania' })
 * assert.ok(E.isRight(withUn))
 * assert.ok(Math.abs(withUn.right - 1 / (1 + Math.exp(-0.2))) < 1e-15)
 * const missing = p({ unAuthorization: 1 })
 * assert.ok(E.isLeft(missing))
 * assert.equal(missing.left.message, 'covariates.domesticIntervention: expected a finite number, got nothing')
 * ```
 *
 * @see Tago, "Why do states join US-led military coalitions?", *International Relations of the Asia-Pacific* 7 (2007).
 * @since 0.1.0
 * @category model
 */
export const joinProbability = (model: JoinModel): ((covariates: Readonly<Record<string, unknown>>) => E.Either<CoalitionError, number>) => {
  const m = checkedJoinModel(model, 'model')
  if (E.isLeft(m)) return () => m
  const { intercept, coefficients } = m.right
  const names = Object.keys(coefficients)
  const codec = t.type(Object.fromEntries(names.map((k) => [k, FiniteNumber])), 'a record of covariates')
  return (covariates) =>
    E.flatMap((x: Record<string, number>): E.Either<CoalitionError, number> => {
      let eta = intercept
      for (const k of names) eta += coefficients[k]! * x[k]!
      return Number.isNaN(eta)
        ? E.left(coalitionError('NotDefined', 'covariates: the linear predictor overflows (+∞ and −∞ terms); rescale the covariates or coefficients'))
        : E.right(inverseLink('logit', eta))
    })(decodeWith(codec, 'covariates')(covariates))
}

/**
 * Each partner's probability of joining under a join model, keyed by partner name: the model is
 * applied to each {@link Partner}'s `covariates`, and every covariate the model has a coefficient for
 * must be there (the error names the partner and the covariate).
 *
 * @param model - `{ intercept, coefficients }`, e.g. `fitLogit(...).model`
 * @returns a function from partner records to `{ [name]: P(join) }`, or a `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { joinProbabilities } from 'coalitions/participation'
 *
 * const p = joinProbabilities({ intercept: -1, coefficients: { allianceTies: 2 } })([
 *   { name: 'Australia', covariates: { allianceTies: 1 } },
 *   { name: 'Thailand', covariates: { allianceTies: 0 } },
 * ])
 * assert.ok(E.isRight(p))
 * assert.ok(Math.abs(p.right['Australia']! - 1 / (1 + Math.exp(-1))) < 1e-15)
 * assert.ok(Math.abs(p.right['Thailand']! - 1 / (1 + Math.exp(1))) < 1e-15)
 * ```
 *
 * @see Tago, "Why do states join US-led military coalitions?", *International Relations of the Asia-Pacific* 7 (2007).
 * @since 0.3.0
 * @category model
 */
export const joinProbabilities =
  (model: JoinModel) => {
    // The model is checked once, here.
    const p = joinProbability(model)
    return (partners: readonly Partner[]): E.Either<CoalitionError, Readonly<Record<string, number>>> => {
    const list = decodePartners(partners, 'partners')
    if (E.isLeft(list)) return list
    const out: [string, number][] = []
    for (const [i, partner] of list.right.entries()) {
      const q = p(partner.covariates ?? {})
      if (E.isLeft(q)) return E.left(coalitionError(q.left._tag, q.left.message.replace(/^(model|covariates)/, (m) => (m === 'model' ? 'model' : `partners[${i}].covariates`))))
      out.push([partner.name, q.right])
    }
    return E.right(Object.fromEntries(out))
    }
  }
