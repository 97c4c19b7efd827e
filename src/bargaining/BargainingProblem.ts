/**
 * Two-player bargaining problems: a disagreement point and a feasible set, given either by a
 * concave decreasing frontier or by a finite set of outcomes (their convex hull).
 *
 * @module
 */
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { frozenCopy } from '../internal/arrays.js'
import { FiniteNumber, Positive, decodeWith, show, thrownMessage, unknownKeys } from '../internal/decode.js'

/**
 * A bargaining problem whose Pareto frontier is a function: the feasible set is every (u1, u2) with
 * u1 ≤ hi and u2 ≤ `frontier(max(u1, lo))` (free disposal). The frontier must be non-increasing and
 * concave on the domain, so that the set is convex.
 *
 * @since 0.1.0
 * @category model
 */
export interface FrontierProblem {
  /** What each player gets if they do not agree. */
  readonly disagreement: readonly [number, number]
  /** Player 2's best utility given player 1's: non-increasing and concave on `domain`. */
  readonly frontier: (u1: number) => number
  /** The interval [lo, hi] of player 1's feasible utilities. */
  readonly domain: readonly [number, number]
  /** Bargaining weights (α1, α2) > 0 for the asymmetric Nash solution; default (1, 1). */
  readonly weights?: readonly [number, number]
}

/**
 * A bargaining problem over finitely many outcomes: the feasible set is their convex hull (lotteries
 * over outcomes), with free disposal.
 *
 * @since 0.1.0
 * @category model
 */
export interface OutcomeSetProblem {
  /** What each player gets if they do not agree. */
  readonly disagreement: readonly [number, number]
  /** The outcomes as (u1, u2) pairs; at least one. */
  readonly outcomes: ReadonlyArray<readonly [number, number]>
  /** Bargaining weights (α1, α2) > 0 for the asymmetric Nash solution; default (1, 1). */
  readonly weights?: readonly [number, number]
}

/**
 * A two-player bargaining problem, by frontier or by outcomes.
 *
 * @since 0.1.0
 * @category model
 */
export type BargainingProblem = FrontierProblem | OutcomeSetProblem

const Pair = t.tuple([FiniteNumber, FiniteNumber], 'a pair of finite numbers')
const Weights = t.tuple([Positive, Positive], 'a pair of numbers > 0')
const FrontierCodec = t.intersection(
  [t.type({ disagreement: Pair, frontier: t.Function, domain: Pair }), t.partial({ weights: Weights })],
  'an object { disagreement, frontier, domain, weights? }',
)
const OutcomesCodec = t.intersection(
  [t.type({ disagreement: Pair, outcomes: t.array(Pair, 'a list of (u1, u2) pairs') }), t.partial({ weights: Weights })],
  'an object { disagreement, outcomes, weights? }',
)

/** Raised inside the solvers when the user's frontier misbehaves; caught before leaving the module. */
export class FrontierFailure extends Error {}

/** A decoded problem: a non-increasing concave frontier `f` on [lo, hi], the disagreement point, weights. */
export interface Prepared {
  readonly d1: number
  readonly d2: number
  readonly a1: number
  readonly a2: number
  readonly f: (x: number) => number
  readonly lo: number
  readonly hi: number
  /** For outcome sets: the Pareto chain of the hull, x ascending, y non-increasing. */
  readonly vertices?: ReadonlyArray<readonly [number, number]>
  /** Where the user's frontier starts; left of it f is flat (free disposal). */
  readonly domainLo: number
  /** The largest u1 with f(u1) ≥ d2: player 1's ideal. */
  readonly ideal1: number
  /** f at the smallest u1 ≥ d1: player 2's ideal. */
  readonly ideal2: number
}

const SAMPLES = 64

const guarded = (frontier: (u1: number) => number) => (x: number): number => {
  let y: unknown
  try {
    y = frontier(x)
  } catch (e) {
    throw new FrontierFailure(`frontier(${x}) threw: ${thrownMessage(e)}`)
  }
  if (typeof y !== 'number' || !Number.isFinite(y)) throw new FrontierFailure(`frontier(${x}) returned ${show(y)}, expected a finite number`)
  return y
}

/** The upper-right hull of the points: the Pareto frontier of their comprehensive convex hull. */
const paretoChain = (points: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> => {
  const sorted = [...points].sort((p, q) => p[0] - q[0] || p[1] - q[1])
  const hull: Array<readonly [number, number]> = []
  for (const p of sorted) {
    while (hull.length >= 2) {
      const [a, b] = [hull[hull.length - 2]!, hull[hull.length - 1]!]
      // Drop b unless it lies strictly above the line a → p.
      if ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0) hull.pop()
      else break
    }
    hull.push(p)
  }
  // Keep the part from the highest point on: slopes non-positive.
  let top = 0
  for (let k = 1; k < hull.length; k++) if (hull[k]![1] >= hull[top]![1]) top = k
  return hull.slice(top)
}

const bisect = (g: (x: number) => boolean, lo: number, hi: number): number => {
  // Largest x in [lo, hi] with g(x) true, for g true at lo and monotone.
  for (let k = 0; k < 2000; k++) {
    const mid = lo + (hi - lo) / 2
    if (mid <= lo || mid >= hi) break
    if (g(mid)) lo = mid
    else hi = mid
  }
  return lo
}

const prepareFrontier = (
  d1: number, d2: number, a1: number, a2: number, frontier: (u1: number) => number, lo: number, hi: number,
): E.Either<CoalitionError, Prepared> => {
  if (!(lo < hi)) return E.left(coalitionError('InvalidProblem', `domain: expected lo < hi, got [${lo}, ${hi}]`))
  const f = guarded(frontier)
  const xs = Array.from({ length: SAMPLES + 1 }, (_, k) => lo + ((hi - lo) * k) / SAMPLES)
  const ys = xs.map(f)
  const scale = Math.max(1, ...ys.map(Math.abs))
  const tol = 1e-9 * scale
  for (let k = 1; k <= SAMPLES; k++)
    if (ys[k]! > ys[k - 1]! + tol)
      return E.left(coalitionError('InvalidProblem', `frontier: must be non-increasing, but frontier(${xs[k - 1]}) = ${ys[k - 1]} < frontier(${xs[k]}) = ${ys[k]}`))
  for (let k = 1; k < SAMPLES; k++)
    if (ys[k]! < (ys[k - 1]! + ys[k + 1]!) / 2 - tol)
      return E.left(coalitionError('InvalidProblem', `frontier: must be concave, but frontier(${xs[k]}) = ${ys[k]} lies below the chord from ${xs[k - 1]} to ${xs[k + 1]}`))
  const start = Math.max(lo, d1)
  if (d1 >= hi || f(start) <= d2)
    return E.left(
      coalitionError('InvalidProblem', `disagreement: (${d1}, ${d2}) is not strictly inside the feasible set, so no agreement makes both players better off`),
    )
  const ideal1 = f(hi) >= d2 ? hi : bisect((x) => f(x) >= d2, start, hi)
  // Free disposal: left of the domain, player 2 can still get frontier(lo).
  const flat = (x: number): number => f(Math.max(lo, x))
  return E.right({ d1, d2, a1, a2, f: flat, lo: Math.min(lo, d1), domainLo: lo, hi, ideal1, ideal2: f(start) })
}

const prepareOutcomes = (
  d1: number, d2: number, a1: number, a2: number, outcomes: ReadonlyArray<readonly [number, number]>,
): E.Either<CoalitionError, Prepared> => {
  if (outcomes.length === 0) return E.left(coalitionError('InvalidProblem', 'outcomes: expected at least one outcome'))
  const chain = paretoChain(outcomes)
  if (!chain.some(([x, y]) => x > d1 && y > d2) && !chainCrosses(chain, d1, d2))
    return E.left(
      coalitionError('InvalidProblem', `disagreement: (${d1}, ${d2}) is not strictly inside the convex hull of the outcomes (with free disposal), so no agreement makes both players better off`),
    )
  const first = chain[0]!
  const last = chain[chain.length - 1]!
  const f = (x: number): number => {
    if (x <= first[0]) return first[1]
    for (let k = 1; k < chain.length; k++) {
      const [ax, ay] = chain[k - 1]!
      const [bx, by] = chain[k]!
      if (x <= bx) return ay + ((by - ay) * (x - ax)) / (bx - ax)
    }
    return last[1]
  }
  const lo = Math.min(d1, first[0])
  const hi = last[0]
  const ideal1 = f(hi) >= d2 ? hi : bisect((x) => f(x) >= d2, Math.max(lo, d1), hi)
  return E.right({ d1, d2, a1, a2, f, lo, domainLo: first[0], hi, vertices: chain, ideal1, ideal2: f(Math.max(lo, d1)) })
}

/** Whether some point of a chain segment is strictly above and to the right of d. */
const chainCrosses = (chain: ReadonlyArray<readonly [number, number]>, d1: number, d2: number): boolean => {
  for (let k = 1; k < chain.length; k++) {
    const [ax, ay] = chain[k - 1]!
    const [bx, by] = chain[k]!
    const x = Math.max(ax, Math.min(bx, d1 + (bx - ax) * 1e-12))
    const y = ay + ((by - ay) * (x - ax)) / (bx - ax || 1)
    if (x > d1 && y > d2) return true
  }
  return false
}

/** Decodes and checks a bargaining problem. Never throws. */
export const prepare = (input: unknown): E.Either<CoalitionError, Prepared> => {
  try {
    // A misspelt key (weight for weights) would be dropped by the codec and change the answer silently.
    const byOutcomes = typeof input === 'object' && input !== null && 'outcomes' in input
    const strays = unknownKeys(input, byOutcomes ? ['disagreement', 'outcomes', 'weights'] : ['disagreement', 'frontier', 'domain', 'weights'])
    if (strays.length > 0) return E.left(coalitionError('DecodeError', strays.join('\n')))
    if (byOutcomes) {
      const p = decodeWith(OutcomesCodec)(input)
      if (E.isLeft(p)) return p
      const [d1, d2] = p.right.disagreement
      const [a1, a2] = p.right.weights ?? [1, 1]
      return prepareOutcomes(d1, d2, a1, a2, p.right.outcomes)
    }
    const p = decodeWith(FrontierCodec)(input)
    if (E.isLeft(p)) return p
    const [d1, d2] = p.right.disagreement
    const [a1, a2] = p.right.weights ?? [1, 1]
    return prepareFrontier(d1, d2, a1, a2, p.right.frontier as (u1: number) => number, p.right.domain[0], p.right.domain[1])
  } catch (e) {
    if (e instanceof FrontierFailure) return E.left(coalitionError('InvalidProblem', e.message))
    return E.left(coalitionError('DecodeError', `input: could not be read (${e instanceof Error ? e.message : 'unknown error'})`))
  }
}

// The problems bargainingProblem made, with their checked frontiers: the solvers use them as they are.
const made = new WeakMap<object, Prepared>()

/**
 * Checks a two-player bargaining problem once: the disagreement point, the weights, and the feasible
 * set (the frontier sampled for being non-increasing and concave on its domain, or the outcomes'
 * convex hull built). The result is a frozen copy that {@link nashBargaining},
 * {@link kalaiSmorodinsky} and {@link egalitarian} solve without checking it again.
 *
 * @param input - `{ disagreement, frontier, domain, weights? }` or `{ disagreement, outcomes, weights? }`
 * @returns the checked problem, or a `DecodeError`/`InvalidProblem` naming the field
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { bargainingProblem, egalitarian, kalaiSmorodinsky, nashBargaining } from 'coalitions/bargaining'
 *
 * // Splitting a dollar, with nothing if they disagree: every solution gives half each.
 * const split = bargainingProblem({ disagreement: [0, 0], frontier: (u1) => 1 - u1, domain: [0, 1] })
 * assert.ok(E.isRight(split))
 * for (const solve of [nashBargaining, kalaiSmorodinsky, egalitarian]) {
 *   const x = solve(split.right)
 *   assert.ok(E.isRight(x) && Math.abs(x.right[0] - 0.5) < 1e-9 && Math.abs(x.right[1] - 0.5) < 1e-9)
 * }
 * const rising = bargainingProblem({ disagreement: [0, 0], frontier: (u1) => u1, domain: [0, 1] })
 * assert.ok(E.isLeft(rising) && rising.left._tag === 'InvalidProblem')
 * ```
 *
 * @see Nash, "The bargaining problem", *Econometrica* 18 (1950).
 * @since 0.3.0
 * @category model
 */
export const bargainingProblem = (input: BargainingProblem): E.Either<CoalitionError, BargainingProblem> =>
  E.map((p: Prepared): BargainingProblem => {
    // Read only once the problem is known to be well formed (typed callers get the frontier's parameter typed).
    const given = input
    const shared = { disagreement: [p.d1, p.d2] as const, ...(given.weights === undefined ? {} : { weights: [p.a1, p.a2] as const }) }
    const problem: BargainingProblem = frozenCopy(
      'outcomes' in given ? { ...shared, outcomes: given.outcomes } : { ...shared, frontier: given.frontier, domain: given.domain },
    )
    made.set(problem, p)
    return problem
  })(preparedOf(input))

const preparedOf = (input: unknown): E.Either<CoalitionError, Prepared> => {
  const known = typeof input === 'object' && input !== null ? made.get(input) : undefined
  return known !== undefined ? E.right(known) : prepare(input)
}

/** Runs a solver on a decoded problem, turning a misbehaving frontier into a Left. */
export const solveWith =
  (solver: (p: Prepared) => readonly [number, number]) =>
  (input: BargainingProblem): E.Either<CoalitionError, readonly [number, number]> =>
    E.flatMap((p: Prepared) => {
      try {
        return E.right(solver(p))
      } catch (e) {
        if (e instanceof FrontierFailure) return E.left(coalitionError('InvalidProblem', e.message))
        return E.left(coalitionError('InvalidProblem', `frontier: failed (${thrownMessage(e)})`))
      }
    })(preparedOf(input))

/** The point where the ray from d with direction (r1, r2) leaves the feasible set. */
export const rayPoint = (p: Prepared, r1: number, r2: number): readonly [number, number] => {
  const start = Math.max(p.lo, p.d1)
  // Along the ray, x = d1 + t·r1 and y = d2 + t·r2; f(x) − y decreases in x.
  const above = (x: number): boolean => p.f(x) - (p.d2 + ((x - p.d1) * r2) / r1) >= 0
  const x = above(p.ideal1) ? p.ideal1 : bisect(above, start, p.ideal1)
  return [x, p.f(x)]
}
