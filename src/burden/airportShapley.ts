import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { decodeWith, nonEmpty, NonNegative } from '../internal/decode.js'

const Codec = t.type({ costs: t.array(NonNegative, 'a list of costs ≥ 0') }, 'an object { costs }')

/**
 * The Shapley value of the airport game in closed form (Littlechild & Owen 1973), for any number
 * of allies: sort the costs, and split each increment c_(j) − c_(j−1) equally among the allies who
 * need at least c_(j). Each ally pays for the segments it uses, shared with everyone who uses them.
 *
 * @param input - `costs` ≥ 0, one per ally
 * @returns each ally's share in input order (summing to the largest cost), or a `DecodeError`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { airportShapley } from 'coalitions/burden'
 *
 * // Increments 1, 1, 1 shared by 3, 2 and 1 allies: 1/3, 1/3 + 1/2, 1/3 + 1/2 + 1.
 * const r = airportShapley({ costs: [3, 1, 2] })
 * assert.ok(E.isRight(r))
 * assert.deepStrictEqual(r.right.map((x) => Math.round(x * 6)), [11, 2, 5])
 * ```
 *
 * @see Littlechild & Owen, "A simple expression for the Shapley value in a special case", *Management Science* 20 (1973).
 * @since 0.1.0
 * @category cost allocation
 */
export const airportShapley = (input: { readonly costs: readonly number[] }): E.Either<CoalitionError, number[]> =>
  E.map(({ costs }: t.TypeOf<typeof Codec>): number[] => {
    const n = costs.length
    const order = costs.map((_, i) => i).sort((a, b) => costs[a]! - costs[b]!)
    const out = new Array<number>(n).fill(0)
    let share = 0
    let previous = 0
    order.forEach((i, j) => {
      share += (costs[i]! - previous) / (n - j)
      previous = costs[i]!
      out[i] = share
    })
    return out
  })(E.flatMap(nonEmpty<t.TypeOf<typeof Codec>>('costs', 'ally'))(decodeWith(Codec)(input)))
