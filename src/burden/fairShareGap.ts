import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { NonNegative, decodeWith } from '../internal/decode.js'

const Numbers = t.array(NonNegative, 'a list of finite numbers ≥ 0')
const Codec = t.type({ cost: Numbers, benefit: Numbers }, 'an object { cost, benefit }')

/**
 * Each ally's fair-share gap: its share of the cost minus its share of the benefit (or of GDP, or of
 * any yardstick of what it should pay). Positive: the ally carries more than its share; negative: it
 * carries less, the free rider's signature. The gaps sum to 0.
 *
 * @param input - `cost` and `benefit`, one non-negative entry per ally, each with a positive total
 * @returns the gaps in input order, or a `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { fairShareGap } from 'coalitions/burden'
 *
 * // One ally pays 70% of the cost but has half the GDP: it carries 20 points more than its share.
 * const gap = fairShareGap({ cost: [70, 20, 10], benefit: [50, 25, 25] })
 * assert.ok(E.isRight(gap))
 * gap.right.forEach((x, i) => assert.ok(Math.abs(x - [0.2, -0.05, -0.15][i]!) < 1e-15))
 * ```
 *
 * @see Sandler & Hartley, *The Political Economy of NATO* (1999), ch. 3.
 * @since 0.1.0
 * @category cost allocation
 */
export const fairShareGap = (input: { readonly cost: readonly number[]; readonly benefit: readonly number[] }): E.Either<CoalitionError, number[]> =>
  E.flatMap(({ cost, benefit }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, number[]> => {
    if (benefit.length !== cost.length)
      return E.left(coalitionError('InvalidProblem', `benefit: expected ${cost.length} values, one per ally in cost, got ${benefit.length}`))
    const c = cost.reduce((s, x) => s + x, 0)
    const b = benefit.reduce((s, x) => s + x, 0)
    if (!(c > 0) || !(b > 0)) return E.left(coalitionError('InvalidProblem', 'cost, benefit: each needs a positive total to turn into shares'))
    return E.right(cost.map((x, i) => x / c - benefit[i]! / b))
  })(decodeWith(Codec)(input))
