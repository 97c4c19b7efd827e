/**
 * A candidate coalition partner, as the pivotal state sees it.
 *
 * @module
 */
import * as t from 'io-ts'
import { Label, NonNegative } from '../internal/decode.js'

/**
 * A candidate partner for a coalition. Money in one currency (say US$) and one period (say a year).
 *
 * @since 0.1.0
 * @category model
 */
export interface Candidate {
  readonly name: string
  /** Troops it would deploy. */
  readonly troops: number
  /** What deploying costs it (transport, equipment, allowances…). */
  readonly deploymentCost: number
  /** What joining is worth to it on its own account (its interest in the mission, in money). */
  readonly ownBenefit: number
  /** What it can spend on the deployment itself; default: enough (at least the deployment cost). */
  readonly ownResources?: number
  /** What its flag is worth to the pivotal state (legitimacy, in money); default 0. */
  readonly legitimacy?: number
  /** The mission needs it: a plan must include it. */
  readonly critical?: boolean
  /** Its share θ in [0, 1] of the gains from the deal (generalized Nash); default 0. */
  readonly bargainingPower?: number
  /** A political side deal it would accept: worth `valueToRecipient` to it, costs the pivotal `costToPivotal`. */
  readonly sideDeal?: { readonly valueToRecipient: number; readonly costToPivotal: number }
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
