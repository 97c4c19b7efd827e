import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { Between, decodeWith } from '../internal/decode.js'
import { linearSolve } from '../internal/linearSolve.js'

const Codec = t.type({ deltas: t.array(Between(0, 1, 'a discount factor in [0, 1)'), 'a list of discount factors') }, 'an object { deltas }')

/**
 * The most players {@link rotatingProposer} takes (its equilibrium is a dense linear system of one
 * equation per player: about a second at this size); more is `TooLarge`.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_PROPOSERS } from 'coalitions/bargaining'
 *
 * assert.equal(MAX_PROPOSERS, 1000)
 * ```
 *
 * @see Herrero, *A Strategic Bargaining Approach to Market Institutions*, PhD thesis, LSE (1985).
 * @since 0.2.0
 * @category solutions
 */
export const MAX_PROPOSERS = 1000

/**
 * The stationary subgame-perfect division of a pie of size 1 among n players who propose in turn
 * (1, 2, …, n, 1, …) under unanimity, each discounting a round by δ_i; player 1 proposes first.
 * A proposer offers each other player exactly the discounted value of what it would get when the
 * next player proposes, and keeps the rest, so agreement is immediate. With a common δ the shares
 * are x, δx, δ²x, … with x = (1 − δ)/(1 − δⁿ).
 *
 * @param input - `deltas`, one discount factor in [0, 1) per player (at least two players)
 * @returns the shares in player order, or `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { rotatingProposer } from 'coalitions/bargaining'
 *
 * // Three allies with δ = 0.5: shares 4/7, 2/7, 1/7.
 * const r = rotatingProposer({ deltas: [0.5, 0.5, 0.5] })
 * assert.ok(E.isRight(r))
 * r.right.forEach((x, i) => assert.ok(Math.abs(x - [4, 2, 1][i]! / 7) < 1e-15))
 * ```
 *
 * @see Herrero, *A Strategic Bargaining Approach to Market Institutions*, PhD thesis, LSE (1985); Sutton, "Non-cooperative bargaining theory: an introduction", *Review of Economic Studies* 53 (1986).
 * @since 0.1.0
 * @category solutions
 */
export const rotatingProposer = (input: { readonly deltas: readonly number[] }): E.Either<CoalitionError, number[]> =>
  E.flatMap(({ deltas }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, number[]> => {
    const n = deltas.length
    if (n < 2) return E.left(coalitionError('InvalidProblem', `deltas: expected at least two players, got ${n}`))
    // The equilibrium is a dense n × n linear system: n³/3 operations and n² numbers.
    if (n > MAX_PROPOSERS)
      return E.left(coalitionError('TooLarge', `deltas: ${n.toLocaleString('en-US')} players; the equilibrium solves a dense system of one equation per player, and this function takes at most ${MAX_PROPOSERS.toLocaleString('en-US')}`))
    const at = deltas.findIndex((d) => d >= 1)
    if (at >= 0) return E.left(coalitionError('InvalidProblem', `deltas[${at}]: a discount factor must be below 1, got ${deltas[at]}`))
    // x_k: player k's share when it proposes. When k proposes, j ≠ k is offered δ_j times its share
    // when k + 1 proposes, which is δ_j^((n − m) mod n) x_j with m = (k + 1 − j) mod n.
    const offerExponent = (j: number, k: number) => 1 + ((n - ((((k + 1 - j) % n) + n) % n)) % n)
    const A = Array.from({ length: n }, (_, k) => Array.from({ length: n }, (_, j) => (j === k ? 1 : deltas[j]! ** offerExponent(j, k))))
    const x = linearSolve(A, new Array<number>(n).fill(1))
    if (x === undefined) return E.left(coalitionError('NoConvergence', 'the equilibrium equations are singular'))
    return E.right(x.map((xj, j) => (j === 0 ? xj : deltas[j]! ** offerExponent(j, 0) * xj)))
  })(decodeWith(Codec)(input))
