/**
 * A candidate coalition partner, as the pivotal state sees it.
 *
 * @module
 */
import * as t from 'io-ts'
import { Label, NonNegative } from '../internal/decode.js'
import type { Partner } from '../core/Partner.js'

/**
 * A candidate partner for a coalition: a {@link Partner} record with the three fields recruitment
 * needs, so one list of partners serves every family. Money in one currency (say US$) and one period
 * (say a year).
 *
 * @since 0.1.0
 * @category model
 */
export interface Candidate extends Partner {
  /** Troops it would deploy. */
  readonly troops: number
  /** What deploying costs it (transport, equipment, allowances…). */
  readonly deploymentCost: number
  /** What joining is worth to it on its own account (its interest in the mission, in money). */
  readonly ownBenefit: number
}

const Share = t.refinement(t.number, (x) => x >= 0 && x <= 1, 'a share in [0, 1]')

/** @internal */
export const CandidateCodec = t.intersection(
  [
    t.type({ name: Label, troops: NonNegative, deploymentCost: NonNegative, ownBenefit: NonNegative }),
    t.partial({
      ownResources: NonNegative,
      legitimacy: NonNegative,
      critical: t.boolean,
      bargainingPower: Share,
      sideDeal: t.type({ valueToRecipient: NonNegative, costToPivotal: NonNegative }),
    }),
  ],
  'a candidate { name, troops, deploymentCost, ownBenefit, … }',
)

/**
 * How Henke (2019) classifies a state that receives payments, plus those that need none.
 *
 * @since 0.1.0
 * @category model
 */
export type RecipientType = 'critical contributor' | 'willing but inadequately resourced' | 'opportunistic' | 'volunteer'

/**
 * The yearly cost of a U.S. soldier, US$138,465 (Gaibulloev et al., cited by Henke 2019): the default
 * price of the troops a pivotal state sends itself.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { US_COST_PER_SOLDIER } from 'coalitions/recruitment'
 *
 * assert.equal(US_COST_PER_SOLDIER, 138_465)
 * ```
 *
 * @see Henke, "Buying allies: payment practices in multilateral military coalition-building", *International Security* 43 (2019).
 * @since 0.1.0
 * @category model
 */
export const US_COST_PER_SOLDIER = 138_465
