import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { FiniteNumber, decodeWith } from '../internal/decode.js'
import { inverseLink, linkOf } from './HazardModel.js'

const Codec = t.type(
  {
    link: t.keyof({ cloglog: null, logit: null }, "'cloglog' or 'logit'"),
    linearPredictor: FiniteNumber,
    paymentCoefficient: FiniteNumber,
    targetHazard: new t.Type<number, number, unknown>(
      'a hazard strictly between 0 and 1',
      (u): u is number => typeof u === 'number' && u > 0 && u < 1,
      (u, c) => (typeof u === 'number' && u > 0 && u < 1 ? t.success(u) : t.failure(u, c)),
      t.identity,
    ),
  },
  'an object { link, linearPredictor, paymentCoefficient, targetHazard }',
)

/**
 * The smallest side payment s ≥ 0 that brings a partner's hazard down to a target, when payments
 * enter the hazard model as a covariate with coefficient β_s: h(η + β_s·s) ≤ target, so
 * s = (link(target) − η)/β_s, or 0 when the partner is already at or below the target.
 *
 * @param input - the `link`, the partner's `linearPredictor` η without payment, the `paymentCoefficient`
 * β_s (per unit paid), and the `targetHazard` in (0, 1)
 * @returns the payment, or `NotDefined` when β_s ≥ 0 and the hazard is above target (paying cannot lower it)
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { retentionPayment } from 'coalitions/defection'
 *
 * // Logit hazard at η = 0 (50%), each $1M lowers the log-odds by 0.5: to reach 1/(1 + e²) takes $4M.
 * const s = retentionPayment({ link: 'logit', linearPredictor: 0, paymentCoefficient: -0.5, targetHazard: 1 / (1 + Math.exp(2)) })
 * assert.ok(E.isRight(s) && Math.abs(s.right - 4) < 1e-12)
 * ```
 *
 * @see Weisiger, "Exiting the coalition: when do states abandon coalition partners during war?", *International Studies Quarterly* 60 (2016).
 * @since 0.1.0
 * @category retention
 */
export const retentionPayment = (input: {
  readonly link: 'cloglog' | 'logit'
  readonly linearPredictor: number
  readonly paymentCoefficient: number
  readonly targetHazard: number
}): E.Either<CoalitionError, number> =>
  E.flatMap(({ link, linearPredictor: eta, paymentCoefficient: beta, targetHazard }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, number> => {
    const goal = linkOf(link, targetHazard)
    if (eta <= goal) return E.right(0)
    if (!(beta < 0))
      return E.left(
        coalitionError('NotDefined', `paymentCoefficient: ${beta} ≥ 0, so no payment lowers the hazard ${inverseLink(link, eta)} to the target ${targetHazard}`),
      )
    const payment = (goal - eta) / beta
    if (!Number.isFinite(payment))
      return E.left(coalitionError('NotDefined', `paymentCoefficient: ${beta} is so close to 0 that the payment needed, (${goal - eta}) / (${beta}), exceeds the largest number a double holds`))
    return E.right(payment)
  })(decodeWith(Codec)(input))
