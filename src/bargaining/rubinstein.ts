import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { Between, decodeWith } from '../internal/decode.js'

const Discount = Between(0, 1, 'a discount factor in [0, 1)')
const Share = Between(0, 1, 'a share of the pie in [0, 1]')
const Codec = t.intersection(
  [t.type({ delta1: Discount, delta2: Discount }), t.partial({ outsideOption1: Share, outsideOption2: Share })],
  'an object { delta1, delta2, outsideOption1?, outsideOption2? }',
)

/**
 * The subgame-perfect division of a pie of size 1 in Rubinstein's alternating-offers game, player 1
 * proposing first, with discount factors δ1, δ2 per round: x1 = (1 − δ2)/(1 − δ1δ2), agreed at once.
 *
 * With outside options (a responder may walk away after rejecting an offer, getting o_i), the
 * outside-option principle holds (Shaked & Sutton 1984; Binmore, Rubinstein & Wolinsky 1986): an
 * option changes the split only when it beats what the player would get without it, and then the
 * player gets exactly its option. The unique stationary equilibrium solves
 * 1 − x = max(o2, δ2(1 − y)), y = max(o1, δ1x), with x player 1's share when proposing and y when responding.
 *
 * @param input - `delta1`, `delta2` in [0, 1) (not both 1) and optional `outsideOption1`, `outsideOption2` in [0, 1]
 * @returns [share1, share2], or `InvalidProblem` when the outside options sum to more than the pie (no deal is made)
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { rubinstein } from 'coalitions/bargaining'
 *
 * const r = rubinstein({ delta1: 0.9, delta2: 0.9 })
 * assert.ok(E.isRight(r))
 * assert.ok(Math.abs(r.right[0] - 1 / 1.9) < 1e-15)
 * // A partner's outside option of 0.6 beats its 0.47 share, so it gets exactly 0.6.
 * assert.deepStrictEqual(rubinstein({ delta1: 0.9, delta2: 0.9, outsideOption2: 0.6 }), E.right([0.4, 0.6]))
 * ```
 *
 * @see Rubinstein, "Perfect equilibrium in a bargaining model", *Econometrica* 50 (1982).
 * @see Shaked & Sutton, "Involuntary unemployment as a perfect equilibrium in a bargaining model", *Econometrica* 52 (1984).
 * @see Binmore, Rubinstein & Wolinsky, "The Nash bargaining solution in economic modelling", *RAND Journal of Economics* 17 (1986).
 * @since 0.1.0
 * @category solutions
 */
export const rubinstein = (input: {
  readonly delta1: number
  readonly delta2: number
  readonly outsideOption1?: number
  readonly outsideOption2?: number
}): E.Either<CoalitionError, readonly [number, number]> =>
  E.flatMap(({ delta1: d1, delta2: d2, outsideOption1: o1 = 0, outsideOption2: o2 = 0 }: t.TypeOf<typeof Codec>) => {
    if (d1 >= 1 || d2 >= 1)
      return E.left(coalitionError('InvalidProblem', `delta1, delta2: discount factors must be below 1 (got ${d1}, ${d2}); with no cost of delay there is no unique split`))
    if (o1 + o2 > 1) return E.left(coalitionError('InvalidProblem', `outside options ${o1} + ${o2} exceed the pie, so the players do better apart`))
    // The four regimes (which options bind); exactly one is consistent because the map is a contraction.
    const candidates: Array<readonly [number, number]> = [
      [(1 - d2) / (1 - d1 * d2), d1 * ((1 - d2) / (1 - d1 * d2))],
      [1 - o2, d1 * (1 - o2)],
      [1 - d2 * (1 - o1), o1],
      [1 - o2, o1],
    ]
    const gap = ([x, y]: readonly [number, number]) =>
      Math.abs(1 - x - Math.max(o2, d2 * (1 - y))) + Math.abs(y - Math.max(o1, d1 * x))
    let best = candidates[0]!
    for (const c of candidates) if (gap(c) < gap(best)) best = c
    return E.right([best[0], 1 - best[0]] as const)
  })(decodeWith(Codec)(input))
