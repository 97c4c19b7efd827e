import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { NonNegative, decodeWith } from '../internal/decode.js'

/**
 * The outcome of a partner's threat to leave.
 *
 * @since 0.1.0
 * @category retention
 */
export interface HoldUpOutcome {
  /** Whether the pivotal state pays and the partner stays. */
  readonly stays: boolean
  /** What the pivotal state pays (0 when the partner leaves). */
  readonly payment: number
  /** The pivotal state's value of keeping the partner: legitimacy + troops × (own − partner's cost per soldier). */
  readonly value: number
  /** value − demand: the gain from the deal to split (negative when paying is not worth it). */
  readonly surplus: number
}

const Codec = t.type(
  {
    demand: NonNegative,
    troops: NonNegative,
    pivotalCostPerSoldier: NonNegative,
    partnerCostPerSoldier: NonNegative,
    legitimacy: NonNegative,
    bargainingPower: NonNegative,
  },
  'an object { demand, troops, pivotalCostPerSoldier, partnerCostPerSoldier, legitimacy, bargainingPower }',
)

/**
 * The hold-up game: a partner threatens to leave unless it is paid at least `demand` (its retention
 * payment s*). Keeping it is worth V = legitimacy + troops × (pivotal's cost per soldier − partner's),
 * what the pivotal state would otherwise pay to replace it, plus what its flag is worth. When V ≥ s*
 * the pivotal state pays s* + θ(V − s*), with θ the partner's bargaining power in [0, 1], and the
 * partner stays; otherwise it leaves and nothing is paid. Amounts in any one currency and period.
 *
 * @param input - `demand`, `troops`, `pivotalCostPerSoldier`, `partnerCostPerSoldier`, `legitimacy`, `bargainingPower` θ
 * @returns the outcome, or a `DecodeError`/`InvalidProblem`, or `NotDefined` when the value exceeds the largest double
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { holdUp } from 'coalitions/defection'
 *
 * // South Africa, 1951 (Henke 2019): jets that retailed at $58,000 sold for $5,447, a side payment of
 * // $52,553 per aircraft. For a hold-up of n aircraft the pivotal state pays when keeping the partner
 * // is worth at least n × $52,553; with no bargaining power the partner gets exactly its demand.
 * const perJet = 58_000 - 5_447
 * const r = holdUp({ demand: 10 * perJet, troops: 0, pivotalCostPerSoldier: 0, partnerCostPerSoldier: 0, legitimacy: 1e6, bargainingPower: 0 })
 * assert.deepStrictEqual(r, E.right({ stays: true, payment: 525_530, value: 1e6, surplus: 474_470 }))
 * ```
 *
 * @see Henke, "Buying allies: payment practices in multilateral military coalition-building", *International Security* 43 (2019).
 * @since 0.1.0
 * @category retention
 */
export const holdUp = (input: {
  readonly demand: number
  readonly troops: number
  readonly pivotalCostPerSoldier: number
  readonly partnerCostPerSoldier: number
  readonly legitimacy: number
  readonly bargainingPower: number
}): E.Either<CoalitionError, HoldUpOutcome> =>
  E.flatMap((p: t.TypeOf<typeof Codec>): E.Either<CoalitionError, HoldUpOutcome> => {
    if (p.bargainingPower > 1) return E.left(coalitionError('InvalidProblem', `bargainingPower: expected a share in [0, 1], got ${p.bargainingPower}`))
    const value = p.legitimacy + p.troops * (p.pivotalCostPerSoldier - p.partnerCostPerSoldier)
    if (!Number.isFinite(value))
      return E.left(
        coalitionError(
          'NotDefined',
          `the partner's value to the pivotal state, legitimacy + troops × (pivotalCostPerSoldier − partnerCostPerSoldier) = ${p.legitimacy} + ${p.troops} × ${p.pivotalCostPerSoldier - p.partnerCostPerSoldier}, is beyond the largest double: state costs in thousands or troops in brigades`,
        ),
      )
    const surplus = value - p.demand
    return E.right(surplus >= 0 ? { stays: true, payment: p.demand + p.bargainingPower * surplus, value, surplus } : { stays: false, payment: 0, value, surplus })
  })(decodeWith(Codec)(input))
