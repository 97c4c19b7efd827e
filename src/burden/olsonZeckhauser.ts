import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { decodeWith, nonEmpty } from '../internal/decode.js'
import { IncomesCodec, Share } from './publicGood.js'
import { maxOf } from '../internal/arrays.js'

/**
 * Voluntary contributions to a public good in equilibrium.
 *
 * @since 0.1.0
 * @category burden sharing
 */
export interface Contributions {
  /** Each ally's contribution, in input order. */
  readonly contributions: number[]
  /** The total provided, Σ contributions. */
  readonly total: number
}

const Codec = t.type({ incomes: IncomesCodec, alpha: Share }, 'an object { incomes, alpha }')

/**
 * Olson & Zeckhauser's alliance: each ally chooses its contribution q_i to a pure public good
 * (deterrence) Q = Σq from income I_i, with utility (1 − α) ln(I_i − q_i) + α ln Q, taking the
 * others' contributions as given. The Nash equilibrium is unique (Bergstrom, Blume & Varian 1986):
 * with k = (1 − α)/α the contributors are the richest m allies, Q = Σ_{top m} I / (1 + mk), and each
 * contributor gives I_i − kQ; the rest give nothing. Richer allies bear a larger share of their
 * income: the exploitation of the large by the small.
 *
 * @param input - `incomes` (> 0) and the weight `alpha` in (0, 1) on the public good
 * @returns `{ contributions, total }`, or a `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { olsonZeckhauser } from 'coalitions/burden'
 *
 * // α = ½ (k = 1): incomes 10 and 2. Q = 10/2 = 5 > 2, so only the rich ally contributes, 5.
 * assert.deepStrictEqual(olsonZeckhauser({ incomes: [10, 2], alpha: 0.5 }), E.right({ contributions: [5, 0], total: 5 }))
 * ```
 *
 * @see Olson & Zeckhauser, "An economic theory of alliances", *Review of Economics and Statistics* 48 (1966).
 * @see Bergstrom, Blume & Varian, "On the private provision of public goods", *Journal of Public Economics* 29 (1986).
 * @since 0.1.0
 * @category burden sharing
 */
export const olsonZeckhauser = (input: { readonly incomes: readonly number[]; readonly alpha: number }): E.Either<CoalitionError, Contributions> =>
  E.flatMap(({ incomes, alpha }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, Contributions> => {
    // Equilibria scale with incomes, so solve on incomes relative to the largest (no overflow), and
    // write k·Q = (1 − α)·S_m / (α + m(1 − α)) without dividing by α (no overflow for tiny α either).
    const unit = maxOf(incomes)
    const sorted = incomes.map((I) => I / unit).sort((a, b) => b - a)
    let sum = 0
    let kQ = 0
    for (let m = 1; m <= sorted.length; m++) {
      sum += sorted[m - 1]!
      kQ = ((1 - alpha) * sum) / (alpha + m * (1 - alpha))
      // The (m + 1)-th richest joins only if its income exceeds k·Q_m (then all richer ones do too).
      if (m === sorted.length || sorted[m]! <= kQ) break
    }
    const contributions = incomes.map((I) => Math.max(0, I / unit - kQ) * unit)
    return E.right({ contributions, total: contributions.reduce((s, q) => s + q, 0) })
  })(E.flatMap(nonEmpty<t.TypeOf<typeof Codec>>('incomes', 'ally'))(decodeWith(Codec)(input)))
