import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { decodeWith, nonEmpty } from '../internal/decode.js'
import type { Contributions } from './olsonZeckhauser.js'
import { IncomesCodec, PrivateShare, Share, contributionAt } from './publicGood.js'
import { maxOf } from '../internal/arrays.js'

const Codec = t.type({ incomes: IncomesCodec, alpha: Share, beta: PrivateShare }, 'an object { incomes, alpha, beta }')

/**
 * Sandler's joint products: defence spending yields an alliance-wide public good and a private
 * benefit to the ally that spends (its own territory, its own interests). Utility
 * (1 − α − β) ln(I_i − q_i) + α ln Q + β ln q_i. With β > 0 every ally contributes, and the more of
 * the benefit is private the less free riding there is.
 *
 * Solved exactly with the aggregate ("replacement function") method: for a candidate total Q each
 * ally's contribution solves a quadratic, their sum falls as Q rises, and the equilibrium total is
 * the unique fixed point, found by bisection to machine precision. β = 0 gives {@link olsonZeckhauser}.
 *
 * @param input - `incomes` (> 0), the weights `alpha` > 0 on the public good and `beta` ≥ 0 on the private benefit, α + β < 1
 * @returns `{ contributions, total }`, or a `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { jointProduct } from 'coalitions/burden'
 *
 * // With a private benefit the poor ally contributes too (it gave nothing at β = 0).
 * const r = jointProduct({ incomes: [10, 2], alpha: 0.4, beta: 0.1 })
 * assert.ok(E.isRight(r))
 * assert.ok(r.right.contributions[1]! > 0)
 * ```
 *
 * @see Sandler, "Impurity of defense: an application to the economics of alliances", *Kyklos* 30 (1977).
 * @see Cornes & Hartley, "Aggregative public good games", *Journal of Public Economic Theory* 9 (2007).
 * @since 0.1.0
 * @category burden sharing
 */
export const jointProduct = (input: {
  readonly incomes: readonly number[]
  readonly alpha: number
  readonly beta: number
}): E.Either<CoalitionError, Contributions> =>
  E.flatMap(({ incomes, alpha, beta }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, Contributions> => {
    if (!(alpha > 0) || alpha + beta >= 1)
      return E.left(coalitionError('InvalidProblem', `alpha, beta: need α > 0, β ≥ 0 and α + β < 1, got α = ${alpha}, β = ${beta}`))
    if (incomes.length === 0) return E.right({ contributions: [], total: 0 })
    // Equilibria scale with incomes: solve on incomes relative to the largest, so nothing overflows.
    const unit = maxOf(incomes)
    const scaled = incomes.map((I) => I / unit)
    const excess = (Q: number) => scaled.reduce((s, I) => s + contributionAt(I, Q, alpha, beta), 0) - Q
    let lo = 0
    let hi = scaled.reduce((s, I) => s + I, 0)
    for (let k = 0; k < 2000; k++) {
      const mid = lo + (hi - lo) / 2
      if (mid <= lo || mid >= hi) break
      if (excess(mid) > 0) lo = mid
      else hi = mid
    }
    const Q = lo + (hi - lo) / 2
    const contributions = scaled.map((I) => contributionAt(I, Q, alpha, beta) * unit)
    return E.right({ contributions, total: contributions.reduce((s, q) => s + q, 0) })
  })(E.flatMap(nonEmpty<t.TypeOf<typeof Codec>>('incomes', 'ally'))(decodeWith(Codec)(input)))
