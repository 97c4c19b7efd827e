import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { NonNegative, decodeWith } from '../internal/decode.js'

/**
 * A take-it-or-leave-it offer under uncertainty about the partner's reservation.
 *
 * @since 0.1.0
 * @category payments
 */
export interface Offer {
  /** The offer that maximizes the pivotal state's expected gain. */
  readonly offer: number
  /** P(reservation ≤ offer): the chance the partner accepts. */
  readonly acceptanceProbability: number
  /** (value − offer) × acceptance probability. */
  readonly expectedGain: number
}

const Codec = t.type({ value: NonNegative, reservationLow: NonNegative, reservationHigh: NonNegative }, 'an object { value, reservationLow, reservationHigh }')

/**
 * The pivotal state's best take-it-or-leave-it offer when it has kept its own interest hidden but does
 * not know the partner's reservation, believed uniform on [low, high]: it maximizes
 * (value − p) · P(r ≤ p), so p* = (value + low)/2, clamped to [low, high]. Compared with
 * {@link bargainPayment}, the partner extracts no share of the surplus, but the offer may be refused:
 * information is power in coalition bargaining (Henke 2019).
 *
 * @param input - the pivotal state's `value` of the partner and the range `reservationLow` ≤ `reservationHigh`
 * @returns the offer, or a `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { takeItOrLeaveIt } from 'coalitions/recruitment'
 *
 * // Value 30, reservation somewhere in [10, 40]: offer 20, accepted with probability 1/3.
 * const offer = takeItOrLeaveIt({ value: 30, reservationLow: 10, reservationHigh: 40 })
 * assert.ok(E.isRight(offer))
 * assert.equal(offer.right.offer, 20)
 * assert.ok(Math.abs(offer.right.acceptanceProbability - 1 / 3) < 1e-15 && Math.abs(offer.right.expectedGain - 10 / 3) < 1e-14)
 * ```
 *
 * @see Henke, "Buying allies: payment practices in multilateral military coalition-building", *International Security* 43 (2019).
 * @since 0.1.0
 * @category payments
 */
export const takeItOrLeaveIt = (input: { readonly value: number; readonly reservationLow: number; readonly reservationHigh: number }): E.Either<CoalitionError, Offer> =>
  E.flatMap(({ value, reservationLow: lo, reservationHigh: hi }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, Offer> => {
    if (hi < lo) return E.left(coalitionError('InvalidProblem', `reservationHigh: ${hi} is below reservationLow ${lo}`))
    if (hi === lo) return E.right(value >= lo ? { offer: lo, acceptanceProbability: 1, expectedGain: value - lo } : { offer: lo, acceptanceProbability: 0, expectedGain: 0 })
    const offer = Math.min(hi, Math.max(lo, (value + lo) / 2))
    const acceptanceProbability = (offer - lo) / (hi - lo)
    // Never negative (the offer is at most the value unless it is refused for sure), and 0, not −0, when refused.
    return E.right({ offer, acceptanceProbability, expectedGain: Math.max(0, (value - offer) * acceptanceProbability) })
  })(decodeWith(Codec)(input))
