import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { decodeWith, nonEmpty, Positive } from '../internal/decode.js'
import type { Contributions } from './olsonZeckhauser.js'
import { maxOf } from '../internal/arrays.js'

const Codec = t.type({ valuations: t.array(Positive, 'a list of valuations > 0') }, 'an object { valuations }')

/**
 * Voluntary contributions with quasi-linear utility θ_i ln Q − q_i (no income effects): each ally
 * wants the total to reach its own θ_i, so in equilibrium Q = max θ and only the ally (or allies)
 * valuing the good most contribute; everyone else free rides completely. When several allies tie
 * for the highest valuation any split among them is an equilibrium; this returns the equal split.
 *
 * @param input - `valuations` θ_i > 0
 * @returns `{ contributions, total }`, or a `DecodeError`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { quasiLinearPublicGood } from 'coalitions/burden'
 *
 * assert.deepStrictEqual(quasiLinearPublicGood({ valuations: [3, 8, 5] }), E.right({ contributions: [0, 8, 0], total: 8 }))
 * ```
 *
 * @see Bergstrom, Blume & Varian, "On the private provision of public goods", *Journal of Public Economics* 29 (1986).
 * @since 0.1.0
 * @category burden sharing
 */
export const quasiLinearPublicGood = (input: { readonly valuations: readonly number[] }): E.Either<CoalitionError, Contributions> =>
  E.flatMap(({ valuations }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, Contributions> => {
    if (valuations.length === 0) return E.right({ contributions: [], total: 0 })
    const top = maxOf(valuations)
    const tied = valuations.filter((v) => v === top).length
    return E.right({ contributions: valuations.map((v) => (v === top ? top / tied : 0)), total: top })
  })(E.flatMap(nonEmpty<t.TypeOf<typeof Codec>>('valuations', 'ally'))(decodeWith(Codec)(input)))
