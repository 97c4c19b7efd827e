import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { NonNegative, decodeWith } from '../internal/decode.js'
import { CandidateCodec, US_COST_PER_SOLDIER, type Candidate, type RecipientType } from './Candidate.js'
import { dealFor, reservationOf, typeOf, valueOf } from './pricing.js'

/**
 * The outcome of the pivotal state's bilateral bargain with one partner.
 *
 * @since 0.1.0
 * @category payments
 */
export interface Bargain {
  /** max(0, deploymentCost − ownBenefit): the least the partner accepts. */
  readonly reservation: number
  /** The pivotal state's value of the partner: legitimacy + troops × its own cost per soldier. */
  readonly value: number
  /** value − reservation: the gains from the deal (a deal happens only when they are ≥ 0). */
  readonly surplus: number
  /** Whether a deal is struck (surplus ≥ 0). */
  readonly agreement: boolean
  /** What the pivotal state pays: subsidy + the side deal's cost to it. */
  readonly payment: number
  /** What the partner receives: subsidy + the side deal's value to it. */
  readonly received: number
  /** The deployment subsidy (never more than the deployment cost). */
  readonly subsidy: number
  /** The side deal's cost to the pivotal state (0 when none is used). */
  readonly sideDeal: number
  readonly recipientType: RecipientType
}

const Codec = t.intersection([t.type({ candidate: CandidateCodec }), t.partial({ costPerSoldier: NonNegative })], 'an object { candidate, costPerSoldier? }')

/**
 * The payment a pivotal state and a partner agree on when the pivotal state's interest is known (it
 * has recruited openly, so the partner knows what it is worth to it: Henke's point that open
 * recruiting weakens the pivotal state). The generalized Nash split gives the partner its reservation
 * plus its bargaining power θ times the surplus, capped by what the instruments can deliver, and the
 * pivotal state delivers that value as cheaply as it can: a subsidy (face value to both sides, at most
 * the deployment cost) or a side deal topped up by a subsidy when the deal is cheaper to give than it
 * is dear to receive.
 *
 * @param input - `candidate` and the pivotal state's `costPerSoldier` (default US$138,465)
 * @returns the bargain, a `DecodeError` naming the field, or `NotDefined` when the partner's value exceeds the largest double
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { bargainPayment } from 'coalitions/recruitment'
 *
 * // A partner whose 1,000 troops cost it $20M and are worth $5M to it, with half the bargaining power,
 * // facing a pivotal state whose own soldiers cost $20,000: value $20M, reservation $15M, payment $17.5M.
 * const b = bargainPayment({
 *   candidate: { name: 'X', troops: 1000, deploymentCost: 20e6, ownBenefit: 5e6, bargainingPower: 0.5 },
 *   costPerSoldier: 20_000,
 * })
 * assert.ok(E.isRight(b))
 * assert.equal(b.right.payment, 17.5e6)
 * // A debt write-off worth $10M to the partner but costing the pivotal $1M makes it far cheaper.
 * const d = bargainPayment({
 *   candidate: { name: 'X', troops: 1000, deploymentCost: 20e6, ownBenefit: 5e6, bargainingPower: 0.5, sideDeal: { valueToRecipient: 10e6, costToPivotal: 1e6 } },
 *   costPerSoldier: 20_000,
 * })
 * assert.ok(E.isRight(d))
 * assert.deepStrictEqual([d.right.subsidy, d.right.sideDeal, d.right.payment], [7.5e6, 1e6, 8.5e6])
 * ```
 *
 * @see Henke, "Buying allies: payment practices in multilateral military coalition-building", *International Security* 43 (2019).
 * @see Nash, "Two-person cooperative games", *Econometrica* 21 (1953).
 * @since 0.1.0
 * @category payments
 */
export const bargainPayment = (input: { readonly candidate: Candidate; readonly costPerSoldier?: number }): E.Either<CoalitionError, Bargain> =>
  E.flatMap(({ candidate, costPerSoldier = US_COST_PER_SOLDIER }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, Bargain> => {
    const c = candidate as Candidate
    const reservation = reservationOf(c)
    const value = valueOf(c, costPerSoldier)
    if (!Number.isFinite(value))
      return E.left(
        coalitionError(
          'NotDefined',
          `the partner's value to the pivotal state, legitimacy + troops × costPerSoldier = ${c.legitimacy ?? 0} + ${c.troops} × ${costPerSoldier}, is beyond the largest double: state costs in thousands or troops in brigades`,
        ),
      )
    const surplus = value - reservation
    const recipientType = typeOf(c)
    if (surplus < 0) return E.right({ reservation, value, surplus, agreement: false, payment: 0, received: 0, subsidy: 0, sideDeal: 0, recipientType })
    const d = dealFor(c, costPerSoldier)
    return E.right({ reservation, value, surplus, agreement: true, payment: d.payment, received: d.received, subsidy: d.subsidy, sideDeal: d.sideDeal, recipientType })
  })(decodeWith(Codec)(input))
