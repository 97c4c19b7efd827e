import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { FiniteNumber, NonNegative, decodeWith } from '../internal/decode.js'

const Codec = t.type(
  { winProbability: FiniteNumber, prize: NonNegative, cost: NonNegative, outsideOption: FiniteNumber },
  'an object { winProbability, prize, cost, outsideOption }',
)

/**
 * The retention payment in utility form: a partner stays while πG − c + s ≥ o, its expected share of
 * victory (probability π times prize G) less the cost c of fighting on, plus the side payment s,
 * against its outside option o (a separate peace). The smallest payment that keeps it is
 * s* = max(0, o − (πG − c)); it rises as the war goes badly (π falls).
 *
 * @param input - `winProbability` π in [0, 1], `prize` G ≥ 0, `cost` c ≥ 0, `outsideOption` o
 * @returns s*, or a `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { retentionPaymentUtility } from 'coalitions/defection'
 *
 * // π = 0.4, G = 100, c = 30: staying is worth 10 against a separate peace worth 25, so s* = 15.
 * assert.deepStrictEqual(retentionPaymentUtility({ winProbability: 0.4, prize: 100, cost: 30, outsideOption: 25 }), E.right(15))
 * ```
 *
 * @see Weisiger, "Exiting the coalition: when do states abandon coalition partners during war?", *International Studies Quarterly* 60 (2016).
 * @since 0.1.0
 * @category retention
 */
export const retentionPaymentUtility = (input: {
  readonly winProbability: number
  readonly prize: number
  readonly cost: number
  readonly outsideOption: number
}): E.Either<CoalitionError, number> =>
  E.flatMap(({ winProbability: p, prize, cost, outsideOption }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, number> =>
    p < 0 || p > 1
      ? E.left(coalitionError('InvalidProblem', `winProbability: expected a probability in [0, 1], got ${p}`))
      : E.right(Math.max(0, outsideOption - (p * prize - cost))),
  )(decodeWith(Codec)(input))
