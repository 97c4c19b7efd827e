import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { FiniteNumber, Positive, decodeWith } from '../internal/decode.js'
import { maxOf } from '../internal/arrays.js'

const Codec = t.intersection(
  [t.type({ surplus: FiniteNumber, disagreement: t.array(FiniteNumber, 'a list of finite numbers') }), t.partial({ weights: t.array(Positive, 'a list of numbers > 0') })],
  'an object { surplus, disagreement, weights? }',
)

/**
 * The (weighted) Nash bargaining solution of n players with transferable utility: each receives its
 * disagreement payoff plus its weight's share of the gain, u_i = d_i + α_i/Σα · (V − Σd).
 *
 * @param input - `surplus` V to divide, `disagreement` payoffs d (one per player), optional `weights` α > 0
 * @returns the payoffs, or `DecodeError`/`InvalidProblem` (mismatched lengths, or V < Σd so no deal pays)
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { nashBargainingTU } from 'coalitions/bargaining'
 *
 * // A pivotal state and a partner split a surplus of 10 over disagreement payoffs (2, 0) with weights (3, 1).
 * assert.deepStrictEqual(nashBargainingTU({ surplus: 10, disagreement: [2, 0], weights: [3, 1] }), E.right([8, 2]))
 * ```
 *
 * @see Nash, "The bargaining problem", *Econometrica* 18 (1950).
 * @since 0.1.0
 * @category solutions
 */
export const nashBargainingTU = (input: {
  readonly surplus: number
  readonly disagreement: readonly number[]
  readonly weights?: readonly number[]
}): E.Either<CoalitionError, number[]> =>
  E.flatMap(({ surplus, disagreement: d, weights }: t.TypeOf<typeof Codec>) => {
    if (d.length === 0) return E.left(coalitionError('InvalidProblem', 'disagreement: expected at least one player'))
    const a = weights ?? d.map(() => 1)
    if (a.length !== d.length) return E.left(coalitionError('InvalidProblem', `weights: expected ${d.length}, one per player, got ${a.length}`))
    const gain = surplus - d.reduce((s, x) => s + x, 0)
    if (gain < 0) return E.left(coalitionError('InvalidProblem', `surplus: ${surplus} is less than the disagreement payoffs' sum ${surplus - gain}, so no agreement pays every player`))
    // Weights relative to the largest, so that weights near 1e308 do not overflow their total.
    const top = Math.max(0, maxOf(a))
    const relative = top > 0 ? a.map((x) => x / top) : a
    const total = relative.reduce((s, x) => s + x, 0)
    return E.right(d.map((di, i) => di + (relative[i]! / total) * gain))
  })(decodeWith(Codec)(input))
