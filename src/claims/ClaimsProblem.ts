/**
 * The claims (bankruptcy) problem: an estate too small for the claims on it.
 *
 * @module
 */
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { Label, NonNegative, decodeWith } from '../internal/decode.js'
import { labelsFor } from '../internal/labels.js'
import { overflowScale } from '../internal/scale.js'

declare const ClaimsProblemBrand: unique symbol

/**
 * A claims problem (E; c_1, …, c_n) with 0 ≤ E ≤ Σc: allies with claims c_i on an estate E (a
 * budget, a shared cost to be covered, a shortfall) that cannot meet them all. Built only by
 * {@link claimsProblem}; every rule returns awards in the order of `claims`.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { claimsProblem } from 'coalitions/claims'
 *
 * const p = claimsProblem({ estate: 200, claims: [100, 200, 300], players: ['A', 'B', 'C'] })
 * assert.ok(E.isRight(p))
 * assert.equal(p.right.n, 3)
 * ```
 *
 * @since 0.1.0
 * @category model
 */
export interface ClaimsProblem {
  /** Number of claimants. */
  readonly n: number
  /** Claimant labels, in input order. */
  readonly players: readonly string[]
  /** The amount to divide. */
  readonly estate: number
  /** Each claimant's claim, in input order (not sorted). */
  readonly claims: readonly number[]
  readonly [ClaimsProblemBrand]: true
}

const Codec = t.intersection(
  [
    t.type({ estate: NonNegative, claims: t.array(NonNegative, 'a list of finite numbers ≥ 0') }),
    t.partial({ players: t.array(Label, 'a list of non-empty strings') }),
  ],
  'an object { estate, claims, players? }',
)

/**
 * Builds a claims problem from `{ estate, claims, players? }`, checking every field. Claims may come
 * in any order; the estate must not exceed their sum (that is not a shortfall to share).
 *
 * @param input - `estate` (≥ 0), `claims` (≥ 0, at least one), optional unique `players` labels
 * @returns the problem, or a `DecodeError`/`InvalidProblem` naming the field and the rule broken
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { claimsProblem } from 'coalitions/claims'
 *
 * const bad = claimsProblem({ estate: 700, claims: [100, 200, 300] })
 * assert.ok(E.isLeft(bad))
 * assert.equal(bad.left.message, 'estate: 700 exceeds the total claims 600; a claims problem divides a shortfall')
 * ```
 *
 * @see O'Neill, "A problem of rights arbitration from the Talmud", *Mathematical Social Sciences* 2 (1982).
 * @see Thomson, "Axiomatic and game-theoretic analysis of bankruptcy and taxation problems: a survey", *Mathematical Social Sciences* 45 (2003).
 * @since 0.1.0
 * @category model
 */
export const claimsProblem = (input: unknown): E.Either<CoalitionError, ClaimsProblem> => {
  const decoded = decodeWith(Codec)(input)
  if (E.isLeft(decoded)) return decoded
  const { estate, claims, players } = decoded.right
  const n = claims.length
  if (n === 0) return E.left(coalitionError('InvalidProblem', 'claims: a claims problem needs at least one claimant'))
  const labels = labelsFor(players, n, 'claim', 'InvalidProblem')
  if (E.isLeft(labels)) return labels
  const total = claims.reduce((s, c) => s + c, 0)
  if (estate > total)
    return E.left(coalitionError('InvalidProblem', `estate: ${estate} exceeds the total claims ${total}; a claims problem divides a shortfall`))
  const problem = Object.freeze({ n, players: labels.right, estate, claims: Object.freeze([...claims]) }) as unknown as ClaimsProblem
  made.add(problem)
  return E.right(problem)
}

// Every claims problem claimsProblem made, so a look-alike is refused instead of computed on.
const made = new WeakSet<object>()

/** @internal Whether `u` is a claims problem this library made. */
export const isClaimsProblem = (u: unknown): u is ClaimsProblem => typeof u === 'object' && u !== null && made.has(u)

/** @internal The message for a value that is not a claims problem: the function, what it expected, what it got. */
export const notAClaimsProblem = (name: string, u: unknown): string =>
  `${name}: expected a claims problem made by claimsProblem, got ${u === null ? 'null' : u === undefined ? 'nothing' : Array.isArray(u) ? 'a list' : typeof u === 'object' ? 'an object that claimsProblem did not make' : `a ${typeof u}`}`

/** @internal For the rules that return plain values: a TypeError naming the function. */
export const expectClaimsProblem = (name: string, u: unknown): void => {
  if (!isClaimsProblem(u)) throw new TypeError(notAClaimsProblem(name, u))
}

/**
 * @internal A rule on the problem's estate and claims, with claims near the largest double divided by
 * a power of two first and the awards multiplied back (exact), so that the claims' total stays finite
 * even where each claim is (every rule here is homogeneous of degree 1). Checks the problem first.
 */
export const onScaledClaims = (name: string, problem: ClaimsProblem, rule: (estate: number, claims: readonly number[]) => number[]): number[] => {
  expectClaimsProblem(name, problem)
  const scale = overflowScale([...problem.claims, problem.estate])
  if (scale === 1) return rule(problem.estate, problem.claims)
  return rule(problem.estate / scale, problem.claims.map((c) => c / scale)).map((x) => x * scale)
}
