import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { FiniteNumber, decodeWith } from '../internal/decode.js'
import { decodePartners, type Partner } from '../core/Partner.js'
import { baselineAt, checkedModel, inverseLink, type HazardModel } from './HazardModel.js'

const Covariates = t.record(t.string, FiniteNumber, 'a record of finite numbers')
const Period = new t.Type<number, number, unknown>(
  'a whole number ≥ 1',
  (u): u is number => Number.isSafeInteger(u) && (u as number) >= 1,
  (u, c) => (Number.isSafeInteger(u) && (u as number) >= 1 ? t.success(u as number) : t.failure(u, c)),
  t.identity,
)

/**
 * The probability that a partner still in the coalition at the start of period t leaves during it,
 * given its covariates: h = link⁻¹(intercept + baseline(t) + Σ β_k x_k). Every covariate the model
 * names must be given; extra ones are ignored.
 *
 * @param model - a model from {@link hazardModel}
 * @returns a function of `(covariates, t)` giving the hazard in [0, 1], or a `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { hazard, hazardModel } from 'coalitions/defection'
 *
 * const h = F.pipe(
 *   hazardModel({ link: 'cloglog', intercept: Math.log(-Math.log(0.99)), coefficients: { separateFront: Math.log(2) } }),
 *   E.flatMap((m) => hazard(m)({ separateFront: 1 }, 1)),
 * )
 * // A 1% daily hazard doubled on the cloglog scale: 1 − 0.99² = 1.99%.
 * assert.ok(E.isRight(h) && Math.abs(h.right - 0.0199) < 1e-15)
 * ```
 *
 * @see Allison, "Discrete-time methods for the analysis of event histories", *Sociological Methodology* 13 (1982).
 * @since 0.1.0
 * @category hazards
 */
export const hazard = (model: HazardModel) => {
  // A model not made by hazardModel (a literal, a JSON round trip) is checked once, here.
  const checked = checkedModel(model, 'model')
  return (covariates: Readonly<Record<string, number>>, t: number): E.Either<CoalitionError, number> => {
    if (E.isLeft(checked)) return checked
    const m = checked.right
    const x = decodeWith(Covariates, 'covariates')(covariates)
    if (E.isLeft(x)) return x
    const period = decodeWith(Period, 't')(t)
    if (E.isLeft(period)) return period
    let eta = m.intercept + baselineAt(m.baseline, period.right)
    for (const [name, beta] of Object.entries(m.coefficients)) {
      const value = x.right[name]
      if (value === undefined) return E.left(coalitionError('InvalidProblem', `covariates.${name}: the model has a coefficient for it, but no value was given`))
      eta += beta * value
    }
    if (Number.isNaN(eta)) return E.left(coalitionError('InvalidProblem', 'covariates: the linear predictor is undefined (∞ − ∞)'))
    return E.right(inverseLink(m.link, eta))
  }
}

/**
 * Each partner's exit hazard in a period, keyed by partner name: the model applied to each
 * {@link Partner}'s covariates, with `separateFront` read from its `front` (1 on a separate front)
 * unless its covariates give it. Curried like {@link hazard}: check the model once.
 *
 * @param model - a hazard model, e.g. from `hazardModel` or `fitDiscreteHazard`
 * @returns a function of the partners and the period giving `{ [name]: hazard }`, or a
 *   `DecodeError`/`InvalidProblem` naming the partner and the covariate
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { hazards } from 'coalitions/defection'
 *
 * const h = hazards({ link: 'logit', intercept: Math.log(1 / 999), coefficients: { separateFront: Math.log(2) } })
 * const today = h([{ name: 'Australia' }, { name: 'South Korea', front: 'separate' }], 30)
 * assert.ok(E.isRight(today))
 * assert.ok(Math.abs(today.right['Australia']! - 0.001) < 1e-15)
 * // Odds doubled on a separate front: 2/999, a probability of 2/1001.
 * assert.ok(Math.abs(today.right['South Korea']! - 2 / 1001) < 1e-15)
 * ```
 *
 * @see Weisiger, "Exiting the coalition: when do states abandon coalition partners during war?", *International Studies Quarterly* 60 (2016).
 * @since 0.3.0
 * @category model
 */
export const hazards = (model: HazardModel) => {
  const h = hazard(model)
  return (partners: readonly Partner[], period: number): E.Either<CoalitionError, Readonly<Record<string, number>>> => {
    const list = decodePartners(partners, 'partners')
    if (E.isLeft(list)) return list
    const out: [string, number][] = []
    for (const [i, p] of list.right.entries()) {
      const r = h({ separateFront: p.front === 'separate' ? 1 : 0, ...p.covariates }, period)
      if (E.isLeft(r)) return E.left(coalitionError(r.left._tag, r.left.message.replace(/^covariates/, `partners[${i}].covariates`)))
      out.push([p.name, r.right])
    }
    return E.right(Object.fromEntries(out))
  }
}
