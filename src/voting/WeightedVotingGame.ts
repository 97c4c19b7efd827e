/**
 * The weighted voting game [q; w_1, …, w_n]: its type, its codec and its validating constructor.
 *
 * @module
 */
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { Label, NonNegative, Positive, decodeWith } from '../internal/decode.js'
import { labelsFor } from '../internal/labels.js'

declare const WeightedVotingGameBrand: unique symbol

/**
 * A weighted voting game [q; w_1, …, w_n]: a coalition wins when its members' weights sum to at
 * least the quota q. Built only by {@link weightedVotingGame}, which also rescales the weights to
 * whole numbers exactly, for the counting methods.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { weightedVotingGame } from 'coalitions/voting'
 *
 * const council = weightedVotingGame({ quota: 2.5, weights: [1.5, 1, 0.5] })
 * assert.ok(E.isRight(council))
 * assert.deepStrictEqual(council.right.integerWeights, [3, 2, 1])
 * assert.equal(council.right.integerQuota, 5)
 * ```
 *
 * @since 0.1.0
 * @category model
 */
export interface WeightedVotingGame {
  /** Number of voters. */
  readonly n: number
  /** Voter labels, in input order. */
  readonly players: readonly string[]
  /** The quota as given. */
  readonly quota: number
  /** The weights as given. */
  readonly weights: readonly number[]
  /** The quota × `scale`, a whole number: a coalition wins when its integer weight reaches it. */
  readonly integerQuota: number
  /** The weights × `scale`, whole numbers with no common factor beyond what the quota shares. */
  readonly integerWeights: readonly number[]
  /** The exact factor that turned the decimal weights and quota into whole numbers. */
  readonly scale: number
  readonly [WeightedVotingGameBrand]: true
}

/**
 * The largest total integer weight the counting methods accept: their cost grows with it.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_TOTAL_WEIGHT } from 'coalitions/voting'
 *
 * assert.equal(MAX_TOTAL_WEIGHT, 10_000_000)
 * ```
 *
 * @see Bilbao, Fernández, Jiménez Losada & López, "Generating functions for computing power indices efficiently", *TOP* 8 (2000): counting over weight sums is O(n·W).
 * @since 0.1.0
 * @category model
 */
export const MAX_TOTAL_WEIGHT = 10_000_000

const Codec = t.intersection([
  t.type({ quota: Positive, weights: t.array(NonNegative, 'a list of finite numbers ≥ 0') }),
  t.partial({ players: t.array(Label, 'a list of non-empty strings') }),
], 'an object { quota, weights, players? }')

/** The decimal a double prints as, as an integer `digits` × 10^-`places` (exact for what String shows). */
const decimalOf = (x: number): { readonly digits: bigint; readonly places: number } => {
  const [mantissa, exp] = String(x).split('e') as [string, string | undefined]
  const [whole, frac = ''] = mantissa.split('.') as [string, string | undefined]
  const e = exp === undefined ? 0 : Number(exp)
  const digits = BigInt(whole + frac)
  const places = frac.length - e
  return places >= 0 ? { digits, places } : { digits: digits * 10n ** BigInt(-places), places: 0 }
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b]
  return a < 0n ? -a : a
}

/**
 * Builds a weighted voting game from `{ quota, weights, players? }`, checking every field.
 *
 * Weights need not be whole numbers. Each weight and the quota are read as the decimal they print
 * as (`String(x)`: 0.1 is one tenth, not the binary double nearest it), multiplied by the power of
 * ten that makes them all whole, and divided by their greatest common divisor. This rescaling is
 * exact, so the game is the one written down. When the rescaled weights sum to more than
 * {@link MAX_TOTAL_WEIGHT} the result is a `TooLarge` error saying so (round the weights yourself,
 * to the precision that matters, and say so in your paper), never a silent approximation.
 *
 * @param input - `quota` (> 0, at most the total weight), `weights` (≥ 0), optional unique `players` labels
 * @returns the game, or a `DecodeError`/`InvalidGame`/`TooLarge` naming the field and the rule broken
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { weightedVotingGame } from 'coalitions/voting'
 *
 * // The UN Security Council: five permanent members of weight 7, ten elected of weight 1, quota 39.
 * const unsc = weightedVotingGame({ quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] })
 * assert.ok(E.isRight(unsc))
 * const bad = weightedVotingGame({ quota: 60, weights: [10, -1] })
 * assert.ok(E.isLeft(bad))
 * assert.equal(bad.left.message, 'weights[1]: expected a finite number ≥ 0, got -1')
 * ```
 *
 * @see Felsenthal & Machover, *The Measurement of Voting Power* (1998), ch. 2.
 * @since 0.1.0
 * @category model
 */
export const weightedVotingGame = (input: unknown): E.Either<CoalitionError, WeightedVotingGame> => {
  const decoded = decodeWith(Codec)(input)
  if (E.isLeft(decoded)) return decoded
  const { quota, weights, players } = decoded.right
  const n = weights.length
  if (n === 0) return E.left(coalitionError('InvalidGame', 'weights: a council needs at least one voter'))
  const labels = labelsFor(players, n, 'weight', 'InvalidGame')
  if (E.isLeft(labels)) return labels
  const decimals = [quota, ...weights].map(decimalOf)
  const places = Math.max(...decimals.map((d) => d.places))
  const scaled = decimals.map((d) => d.digits * 10n ** BigInt(places - d.places))
  const common = scaled.reduce(gcd, 0n)
  const ints = scaled.map((x) => x / common)
  const total = ints.slice(1).reduce((s, x) => s + x, 0n)
  const total0 = weights.reduce((s, w) => s + w, 0)
  if (ints[0]! > total)
    return E.left(coalitionError('InvalidGame', `quota: ${quota} exceeds the total weight ${total0}, so no coalition can win`))
  if (total > BigInt(MAX_TOTAL_WEIGHT))
    return E.left(
      coalitionError(
        'TooLarge',
        `weights: made whole by the exact factor ${Number(10n ** BigInt(places)) / Number(common)}, they sum to ${total}, above the ${MAX_TOTAL_WEIGHT} the counting methods accept: round the weights to fewer decimals`,
      ),
    )
  return E.right(
    Object.freeze({
      n,
      players: labels.right,
      quota,
      weights: Object.freeze([...weights]),
      integerQuota: Number(ints[0]!),
      integerWeights: Object.freeze(ints.slice(1).map(Number)),
      scale: Number(10n ** BigInt(places)) / Number(common),
    }) as unknown as WeightedVotingGame,
  )
}
