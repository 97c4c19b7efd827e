import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { Between, SafeInt, decodeWith } from '../internal/decode.js'

/**
 * The stationary equilibrium of Baron–Ferejohn majority bargaining.
 *
 * @since 0.1.0
 * @category solutions
 */
export interface BaronFerejohnSplit {
  /** What the recognized proposer keeps. */
  readonly proposer: number
  /** What each coalition partner is offered (its discounted continuation value δ/n). */
  readonly partner: number
  /** How many partners the proposer buys: quota − 1. */
  readonly partners: number
  /** How many players get nothing. */
  readonly excluded: number
  /** Each player's expected share before anyone is recognized: 1/n. */
  readonly expected: number
}

const Codec = t.intersection(
  [t.type({ n: SafeInt, delta: Between(0, 1, 'a discount factor in [0, 1]') }), t.partial({ quota: SafeInt })],
  'an object { n, delta, quota? }',
)

/**
 * Baron & Ferejohn's legislative bargaining under a closed rule: each round a player is recognized
 * with probability 1/n and proposes a division of 1; it passes with `quota` votes (default a simple
 * majority ⌊n/2⌋ + 1). In the symmetric stationary equilibrium the proposer buys the cheapest
 * quota − 1 votes at δ/n each and keeps 1 − δ(quota − 1)/n; the proposal passes at once.
 *
 * @param input - `n` ≥ 2 players, discount factor `delta` in [0, 1], optional `quota` in 1..n
 * @returns the split, or `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { baronFerejohn } from 'coalitions/bargaining'
 *
 * // Five legislators, δ = 1: the proposer keeps 1 − 2/5 = 3/5 and buys two votes at 1/5.
 * assert.deepStrictEqual(baronFerejohn({ n: 5, delta: 1 }), E.right({ proposer: 0.6, partner: 0.2, partners: 2, excluded: 2, expected: 0.2 }))
 * ```
 *
 * @see Baron & Ferejohn, "Bargaining in legislatures", *American Political Science Review* 83 (1989).
 * @since 0.1.0
 * @category solutions
 */
export const baronFerejohn = (input: { readonly n: number; readonly delta: number; readonly quota?: number }): E.Either<CoalitionError, BaronFerejohnSplit> =>
  E.flatMap(({ n, delta, quota }: t.TypeOf<typeof Codec>) => {
    if (n < 2) return E.left(coalitionError('InvalidProblem', `n: expected at least 2 players, got ${n}`))
    const q = quota ?? Math.floor(n / 2) + 1
    if (q < 1 || q > n) return E.left(coalitionError('InvalidProblem', `quota: expected 1..${n} votes, got ${q}`))
    return E.right({ proposer: 1 - (delta * (q - 1)) / n, partner: delta / n, partners: q - 1, excluded: n - q, expected: 1 / n })
  })(decodeWith(Codec)(input))
