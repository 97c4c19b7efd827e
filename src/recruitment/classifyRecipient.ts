import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { decodeWith } from '../internal/decode.js'
import { CandidateCodec, type Candidate, type RecipientType } from './Candidate.js'
import { typeOf } from './pricing.js'

/**
 * Henke's recipient type of a candidate, by this rule (first match wins):
 * 1. `critical: true` → **critical contributor** (the pivotal state deems the mission to need it);
 * 2. its own benefit covers its deployment cost (it wants to go) → **willing but inadequately
 *    resourced** if its own resources fall short of the deployment cost, else **volunteer** (needs no payment);
 * 3. otherwise (it joins only for something in return) → **opportunistic**.
 *
 * Henke notes that the types overlap in practice; the rule makes one choice and states it.
 *
 * @param candidate - the candidate
 * @returns its type, or a `DecodeError` naming the field
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { classifyRecipient } from 'coalitions/recruitment'
 *
 * // Colombia, Korea 1950: eager to fight, could not pay for a ground deployment (Henke 2019).
 * assert.deepStrictEqual(
 *   classifyRecipient({ name: 'Colombia', troops: 1068, deploymentCost: 6e6, ownBenefit: 8e6, ownResources: 1e6 }),
 *   E.right('willing but inadequately resourced'),
 * )
 * ```
 *
 * @see Henke, "Buying allies: payment practices in multilateral military coalition-building", *International Security* 43 (2019).
 * @since 0.1.0
 * @category payments
 */
export const classifyRecipient = (candidate: Candidate): E.Either<CoalitionError, RecipientType> =>
  E.map((c: Candidate) => typeOf(c))(decodeWith(CandidateCodec, 'candidate')(candidate) as E.Either<CoalitionError, Candidate>)
