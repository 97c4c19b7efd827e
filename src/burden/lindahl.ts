import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { decodeWith, nonEmpty } from '../internal/decode.js'
import { IncomesCodec, Share } from './publicGood.js'
import { overflowScale } from '../internal/scale.js'

/**
 * The Lindahl equilibrium of a public good.
 *
 * @since 0.1.0
 * @category burden sharing
 */
export interface LindahlEquilibrium {
  /** The efficient total, where the allies' marginal rates of substitution sum to the unit cost. */
  readonly total: number
  /** Each ally's personalized price (its share of the cost), summing to 1. */
  readonly prices: number[]
  /** What each ally pays: price × total. */
  readonly contributions: number[]
}

const Codec = t.type({ incomes: IncomesCodec, alpha: Share }, 'an object { incomes, alpha }')

/**
 * The Lindahl equilibrium for the same alliance as {@link olsonZeckhauser}: each ally faces a
 * personalized price τ_i for the public good and demands the same quantity at its price. With
 * Cobb–Douglas utility every ally spends the share α of its income, so Q = αΣI, τ_i = I_i/ΣI, and
 * Σ MRS = 1 (the Samuelson condition). Compare with the Nash total to see the under-provision.
 *
 * @param input - `incomes` (> 0) and the weight `alpha` in (0, 1) on the public good
 * @returns `{ total, prices, contributions }`, or a `DecodeError`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { lindahl } from 'coalitions/burden'
 *
 * // Incomes 10 and 2 with α = ½: the efficient total is 6, against 5 in the Nash equilibrium.
 * assert.deepStrictEqual(lindahl({ incomes: [10, 2], alpha: 0.5 }), E.right({ total: 6, prices: [10 / 12, 2 / 12], contributions: [5, 1] }))
 * ```
 *
 * @see Lindahl, "Just taxation: a positive solution" (1919), in Musgrave & Peacock (eds.), *Classics in the Theory of Public Finance* (1958).
 * @see Samuelson, "The pure theory of public expenditure", *Review of Economics and Statistics* 36 (1954).
 * @since 0.1.0
 * @category burden sharing
 */
export const lindahl = (input: { readonly incomes: readonly number[]; readonly alpha: number }): E.Either<CoalitionError, LindahlEquilibrium> =>
  E.map(({ incomes, alpha }: t.TypeOf<typeof Codec>): LindahlEquilibrium => {
    // Incomes near the largest double are summed divided by a power of two, so the total stays finite.
    const scale = overflowScale(incomes)
    const income = incomes.reduce((s, I) => s + I / scale, 0)
    return { total: alpha * income * scale, prices: incomes.map((I) => I / scale / income), contributions: incomes.map((I) => alpha * I) }
  })(E.flatMap(nonEmpty<t.TypeOf<typeof Codec>>('incomes', 'ally'))(decodeWith(Codec)(input)))
