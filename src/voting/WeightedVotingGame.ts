/**
 * The weighted voting game [q; w_1, …, w_n]: its type, its codec and its validating constructor.
 *
 * @module
 */
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { Label, NonNegative, decodeWith, unknownKeys } from '../internal/decode.js'
import { labelsFor } from '../internal/labels.js'
import { maxOf } from '../internal/arrays.js'

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
  /** Tells a weighted council from a compound one ({@link CompoundVotingGame}). */
  readonly kind: 'weighted'
  /** Number of voters. */
  readonly n: number
  /** Voter labels, in input order. */
  readonly players: readonly string[]
  /** The quota in the units of the weights: as given, or `share` × the total weight rounded up to the next whole unit. */
  readonly quota: number
  /** The quota as a share of the total weight, when it was given as `{ share }`. */
  readonly share?: number
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

type QuotaInput = number | { readonly share: number } | { readonly votes: number }
const positive = (u: unknown): u is number => typeof u === 'number' && Number.isFinite(u) && u > 0
const isQuota = (u: unknown): u is QuotaInput =>
  positive(u) ||
  (typeof u === 'object' && u !== null && (positive((u as { share?: unknown }).share) || positive((u as { votes?: unknown }).votes)))

// One shape, one message: the forms a user may write, never the branches of a union.
const Quota = new t.Type<QuotaInput, QuotaInput, unknown>(
  'a number of votes > 0, { share } in (0, 1] or { votes } > 0',
  isQuota,
  (u, c) => (isQuota(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
)

const Codec = t.intersection([
  t.type({ quota: Quota, weights: t.array(NonNegative, 'a list of finite numbers ≥ 0') }),
  t.partial({ players: t.array(Label, 'a list of non-empty strings') }),
], 'an object { quota, weights, players? }')

const KEYS = ['quota', 'weights', 'players']

/** Every weighted council this module built: a look-alike object is never computed on. */
const built = new WeakSet<object>()

/** True when `u` is a council made by {@link weightedVotingGame}. */
export const isWeightedVotingGame = (u: unknown): u is WeightedVotingGame => typeof u === 'object' && u !== null && built.has(u)

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
 * The quota is a number of votes (`quota: 39` or `quota: { votes: 39 }`) or a share of the total
 * weight (`quota: { share: 0.65 }`, met when a coalition's weight is at least 65% of the total).
 * A share is applied after the exact rescaling: with whole-number weights totalling W' it becomes
 * the smallest whole number ≥ share × W' (in exact decimal arithmetic), so `{ share: 0.5 }` of a
 * total of 7 is 4 and of 0.7 (seven tenths) is 0.4. A plain quota below 1 while the weights total
 * 2 or more is almost always a share written as votes: it is an `InvalidProblem` that suggests
 * `{ share }`; write `{ votes: 0.5 }` when half a vote is meant.
 *
 * @param input - `quota` (votes > 0 at most the total weight, `{ votes }`, or `{ share }` in (0, 1]), `weights` (≥ 0), optional unique `players` labels; no other keys
 * @returns the game, or a `DecodeError`/`InvalidGame`/`InvalidProblem`/`TooLarge` naming the field and the rule broken
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
 *
 * // Quotas as shares: 65% of a total of 100 is 65 votes; 0.5 as votes is refused.
 * const share = weightedVotingGame({ quota: { share: 0.65 }, weights: [51, 30, 19] })
 * assert.ok(E.isRight(share) && share.right.integerQuota === 65)
 * const votes = weightedVotingGame({ quota: 0.5, weights: [10, 20, 30] })
 * assert.ok(E.isLeft(votes) && votes.left._tag === 'InvalidProblem')
 * ```
 *
 * @see Felsenthal & Machover, *The Measurement of Voting Power* (1998), ch. 2.
 * @since 0.1.0
 * @category model
 */
export const weightedVotingGame = (input: unknown): E.Either<CoalitionError, WeightedVotingGame> => {
  const strays = unknownKeys(input, KEYS)
  if (strays.length > 0) return E.left(coalitionError('DecodeError', strays.join('\n')))
  const quotaStrays = unknownKeys((input as { quota?: unknown } | null)?.quota, ['share', 'votes'], 'quota')
  if (quotaStrays.length > 0) return E.left(coalitionError('DecodeError', quotaStrays.join('\n')))
  const decoded = decodeWith(Codec)(input)
  if (E.isLeft(decoded)) return decoded
  const { quota: given, weights, players } = decoded.right
  const n = weights.length
  if (n === 0) return E.left(coalitionError('InvalidGame', 'weights: a council needs at least one voter'))
  const labels = labelsFor(players, n, 'weight', 'InvalidGame')
  if (E.isLeft(labels)) return labels
  const total0 = weights.reduce((s, w) => s + w, 0)
  if (total0 === 0) return E.left(coalitionError('InvalidGame', 'weights: every weight is 0, so no coalition can win'))
  if (typeof given === 'object' && 'share' in given && 'votes' in given)
    return E.left(coalitionError('DecodeError', 'quota: give either { share } or { votes }, not both'))
  const share = typeof given === 'object' && 'share' in given ? given.share : undefined
  if (share !== undefined && share > 1)
    return E.left(coalitionError('InvalidProblem', `quota.share: ${share} is above 1, the whole of the total weight; a share lies in (0, 1]`))
  const votes = typeof given === 'number' ? given : 'votes' in given ? given.votes : undefined
  if (typeof given === 'number' && given < 1 && total0 >= 2)
    return E.left(
      coalitionError(
        'InvalidProblem',
        `quota: ${given} is less than one vote while the weights total ${total0}; write a share of the total weight as { share: ${given} }, or an absolute quota below one vote as { votes: ${given} }`,
      ),
    )
  // An absolute quota takes part in the exact rescaling; a share is applied to the rescaled total.
  const decimals = (votes === undefined ? weights : [votes, ...weights]).map(decimalOf)
  const places = maxOf(decimals.map((d) => d.places))
  const scaled = decimals.map((d) => d.digits * 10n ** BigInt(places - d.places))
  const common = scaled.reduce(gcd, 0n)
  const ints = scaled.map((x) => x / common)
  const intWeights = votes === undefined ? ints : ints.slice(1)
  const total = intWeights.reduce((s, x) => s + x, 0n)
  let intQuota: bigint
  if (share !== undefined) {
    const d = decimalOf(share)
    const unit = 10n ** BigInt(d.places)
    intQuota = (d.digits * total + unit - 1n) / unit
  } else intQuota = ints[0]!
  const scale = Number(10n ** BigInt(places)) / Number(common)
  if (intQuota > total)
    return E.left(coalitionError('InvalidGame', `quota: ${votes} exceeds the total weight ${total0}, so no coalition can win`))
  if (total > BigInt(MAX_TOTAL_WEIGHT))
    return E.left(
      coalitionError(
        'TooLarge',
        `weights: made whole by the exact factor ${scale}, they sum to ${total}, above the ${MAX_TOTAL_WEIGHT} the counting methods accept: round the weights to fewer decimals`,
      ),
    )
  const game = Object.freeze({
    kind: 'weighted' as const,
    n,
    players: labels.right,
    quota: share === undefined ? votes! : Number(intQuota) / scale,
    ...(share === undefined ? {} : { share }),
    weights: Object.freeze([...weights]),
    integerQuota: Number(intQuota),
    integerWeights: Object.freeze(intWeights.map(Number)),
    scale,
  }) as unknown as WeightedVotingGame
  built.add(game)
  return E.right(game)
}
