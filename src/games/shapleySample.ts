import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { isGame, notAGame, type Game } from '../core/Game.js'
import { SafeInt, decodeWith, show, thrownMessage, unknownKeys } from '../internal/decode.js'
import { makeRng, type Rng } from '../internal/random.js'

/**
 * A game given by its worth function rather than a table, for games too large to tabulate.
 *
 * @since 0.1.0
 * @category model
 */
export interface WorthFunctionGame {
  /** Number of players (≥ 1). */
  readonly n: number
  /**
   * The worth of a coalition, given its members as 0-based player indices in the order they arrived.
   * The array is reused between calls: read it, do not keep it.
   */
  readonly worth: (members: readonly number[]) => number
}

/**
 * A sampled Shapley estimate with its standard errors.
 *
 * @since 0.1.0
 * @category solutions
 */
export interface ShapleyEstimate {
  /** Mean marginal contribution of each player over the sampled orders. */
  readonly values: number[]
  /** Standard error of each mean (sample standard deviation / √samples). */
  readonly standardErrors: number[]
  readonly samples: number
}

const SamplesInt = new t.Type<number, number, unknown>(
  'a whole number ≥ 2',
  (u): u is number => Number.isSafeInteger(u) && (u as number) >= 2,
  (u, c) => (Number.isSafeInteger(u) && (u as number) >= 2 ? t.success(u as number) : t.failure(u, c)),
  t.identity,
)
const OptionsCodec = t.type({ samples: SamplesInt, seed: SafeInt })

/**
 * The most worth evaluations {@link shapleySample} makes in one call (samples × players); more is
 * `TooLarge`, before any order is drawn, as are more than 1,000,000 players. A tabulated game
 * evaluates a worth in nanoseconds, so this is seconds of work; a worth function's own cost comes on
 * top.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_SAMPLE_EVALUATIONS } from 'coalitions/games'
 *
 * assert.equal(MAX_SAMPLE_EVALUATIONS, 1e8)
 * ```
 *
 * @see Castro, Gómez & Tejada, "Polynomial calculation of the Shapley value based on sampling", *Computers & Operations Research* 36 (2009).
 * @since 0.2.0
 * @category solutions
 */
export const MAX_SAMPLE_EVALUATIONS = 1e8

// Past 2^400 a marginal contribution's squares, summed over up to 1e8 orders, could overflow:
// accumulate in units of 2^600 from then on (contributions reach 2^1025, so squares stay below 2^877).
const BIG = 2 ** 400
const RESCALE = 2 ** 600

/**
 * Estimates the Shapley value by sampling random arrival orders (Castro, Gómez & Tejada 2009), for
 * games given by a worth function with up to thousands of players, or for a tabulated {@link Game}.
 * Each sampled order costs n calls of `worth`; the estimate is efficient in every sample (marginal
 * contributions telescope to v(N) − v(∅)), and the same seed gives the same estimate.
 *
 * @param options - `samples` (≥ 2) orders to draw and the `seed` of the generator
 * @returns a function of the game giving `{ values, standardErrors, samples }`, or a `DecodeError` for
 * bad options, or `InvalidGame` when `worth` throws or returns a non-finite number
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { shapleySample } from 'coalitions'
 *
 * // 1,000 allies, a coalition worth the square of its size: by symmetry φ_i = 1000² / 1000 = 1000.
 * const est = shapleySample({ samples: 200, seed: 7 })({ n: 1000, worth: (S) => S.length ** 2 })
 * assert.ok(est._tag === 'Right')
 * assert.ok(Math.abs(est.right.values[0]! - 1000) < 5 * est.right.standardErrors[0]! + 1e-9)
 * ```
 *
 * @see Castro, Gómez & Tejada, "Polynomial calculation of the Shapley value based on sampling", *Computers & Operations Research* 36 (2009).
 * @since 0.1.0
 * @category solutions
 */
export const shapleySample =
  (options: { readonly samples: number; readonly seed: number }) =>
  (game: Game | WorthFunctionGame): E.Either<CoalitionError, ShapleyEstimate> =>
    sampleValue('shapleySample', 'a Game or { n, worth }', options, game, () => E.right((perm, rng) => shuffle(perm, rng)))

/** @internal Draws one arrival order into `perm` (a permutation of 0..n−1, rearranged in place). */
/** @internal Fisher–Yates: a uniformly random rearrangement of xs[from..to), in place. */
export const shuffle = (xs: number[], rng: Rng, from = 0, to = xs.length): void => {
  for (let i = to - 1; i > from; i--) {
    const j = from + rng.int(i - from + 1)
    const tmp = xs[i]!
    xs[i] = xs[j]!
    xs[j] = tmp
  }
}

export type DrawOrder = (perm: number[], rng: Rng) => void

/**
 * @internal The mean marginal contribution of each player over `samples` seeded orders, with standard
 * errors: the engine of {@link shapleySample} and {@link owenSample}. The options and the game's shape
 * and size are checked here; `orders` then checks what is particular to the caller (blocs) and gives
 * the way one order is drawn.
 */
export const sampleValue = (
  name: string,
  shape: string,
  options: unknown,
  game: Game | WorthFunctionGame,
  orders: (game: Game | WorthFunctionGame) => E.Either<CoalitionError, DrawOrder>,
): E.Either<CoalitionError, ShapleyEstimate> => {
  // A misspelt key is named with the nearest known one (`sample` was reported as `samples` missing).
  const strays = unknownKeys(options, ['samples', 'seed'], 'options')
  if (strays.length > 0) return E.left(coalitionError('DecodeError', strays.join('\n')))
  const opts = decodeWith(OptionsCodec, 'options')(options)
  if (E.isLeft(opts)) return opts
  const { samples, seed } = opts.right
  if (typeof game !== 'object' || game === null) return E.left(coalitionError('DecodeError', `${name}: expected ${shape}, got ${game === null ? 'null' : typeof game}`))
  // A table must be one this library made and checked; a look-alike is refused, never read.
  if ('values' in game && !isGame(game)) return E.left(coalitionError('DecodeError', notAGame(name, game)))
  const n = game.n
  if (!Number.isSafeInteger(n) || n < 1) return E.left(coalitionError('DecodeError', `n: expected a whole number ≥ 1, got ${show(n)}`))
  if (n > 1_000_000)
    return E.left(coalitionError('TooLarge', `n: ${n.toLocaleString('en-US')} players; ${name} holds a few numbers per player and takes at most 1,000,000`))
  if (samples * n > MAX_SAMPLE_EVALUATIONS)
    return E.left(
      coalitionError(
        'TooLarge',
        `options.samples: ${samples.toLocaleString('en-US')} orders of ${n.toLocaleString('en-US')} players are ${(samples * n).toLocaleString('en-US')} worth evaluations, more than the ${MAX_SAMPLE_EVALUATIONS.toLocaleString('en-US')} one call makes; draw at most ${Math.max(0, Math.floor(MAX_SAMPLE_EVALUATIONS / n)).toLocaleString('en-US')} orders here, and combine calls with different seeds`,
      ),
    )
  const order = orders(game)
  if (E.isLeft(order)) return order
  const draw = order.right
  const table = 'values' in game ? game.values : undefined
  const userWorth = 'worth' in game ? game.worth : undefined
  if (table === undefined && typeof userWorth !== 'function') return E.left(coalitionError('DecodeError', 'worth: expected a function'))
  const rng = makeRng(seed)
  const perm = Array.from({ length: n }, (_, i) => i)
  const members: number[] = []
  const mean = new Float64Array(n)
  const m2 = new Float64Array(n)
  let unit = 1
  const call = (mask: number): number => {
    if (table !== undefined) return table[mask]!
    const w = userWorth!(members)
    if (typeof w !== 'number' || !Number.isFinite(w)) throw new RangeError(`expected a finite number for a coalition of ${members.length}, got ${show(w)}`)
    return w
  }
  try {
    for (let k = 1; k <= samples; k++) {
      draw(perm, rng)
      members.length = 0
      let mask = 0
      let before = call(0)
      for (const p of perm) {
        members.push(p)
        if (table !== undefined) mask |= 1 << p
        const after = call(mask)
        // Marginal contributions are accumulated in units of `unit` (a power of two): worths near
        // 1e308 have differences and squared deviations beyond the doubles otherwise.
        let x = after / unit - before / unit
        if (unit === 1 && Math.abs(x) > BIG) {
          unit = RESCALE
          for (let i = 0; i < n; i++) {
            mean[i] = mean[i]! / RESCALE
            m2[i] = m2[i]! / RESCALE / RESCALE
          }
          x = after / unit - before / unit
        }
        before = after
        // Welford's update of the running mean and sum of squared deviations.
        const d = x - mean[p]!
        mean[p] = mean[p]! + d / k
        m2[p] = m2[p]! + d * (x - mean[p]!)
      }
    }
  } catch (e) {
    return E.left(coalitionError('InvalidGame', `worth: ${thrownMessage(e)}`))
  }
  const beyond = mean.findIndex((x) => !Number.isFinite(x * unit))
  if (beyond >= 0)
    return E.left(coalitionError('NotDefined', `player ${beyond + 1}'s estimated value is beyond the largest double (about ${mean[beyond]} × 2^600): its marginal contributions approach ±3.6e308`))
  return E.right({
    values: Array.from(mean, (x) => x * unit),
    standardErrors: Array.from(m2, (s) => Math.sqrt(s / (samples - 1) / samples) * unit),
    samples,
  })
}
