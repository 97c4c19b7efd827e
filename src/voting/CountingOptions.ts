/**
 * Options of the counting indices: progress reports for long computations.
 *
 * @module
 */
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { thrownMessage, unknownKeys } from '../internal/decode.js'
import { isCouncil, type Council } from './CompoundVotingGame.js'
import { notACouncil } from './smallCouncil.js'
import type { WeightedVotingGame } from './WeightedVotingGame.js'

/**
 * The most counting steps one call of {@link shapleyShubik}, {@link banzhafIndex} or
 * {@link banzhafSwings} may take on a weighted council, about 25 s on a 2-core AMD EPYC under Node 20
 * (4e8 steps a second). The steps are computed from the weights before any counting starts, in
 * O(n): one step updates one weight sum for one voter (the exact swing count's modular steps count
 * as six). Past it the answer is a `TooLarge` that says how far. For scale: the IMF's Board of
 * Governors (190 members, 5,000,000 votes) takes 4.4e9 steps for Shapley–Shubik and 0.2e9 for
 * Banzhaf. Compound councils are bounded when they are built ({@link MAX_COMPOUND_WORK}).
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { MAX_COUNTING_WORK, shapleyShubik, weightedVotingGame } from 'coalitions/voting'
 *
 * assert.equal(MAX_COUNTING_WORK, 1e10)
 * // 2,000 shareholders holding 9 million votes: Shapley–Shubik would run for minutes.
 * const board = weightedVotingGame({ quota: { share: 0.5 }, weights: Array.from({ length: 2000 }, (_, i) => 3500 + i) })
 * assert.ok(E.isRight(board))
 * const ss = shapleyShubik(board.right)
 * assert.ok(E.isLeft(ss) && ss.left._tag === 'TooLarge')
 * ```
 *
 * @see Uno, "Efficient computation of power indices for weighted majority games", *ISAAC* (2012): the O(n·q) counting the bound measures.
 * @since 0.2.0
 * @category model
 */
export const MAX_COUNTING_WORK = 1e10

/**
 * Options for the indices that count over weight sums ({@link shapleyShubik}, {@link banzhafIndex},
 * {@link banzhafSwings}, {@link owenIndex}, {@link banzhafOwenIndex},
 * {@link symmetricCoalitionalBanzhaf}).
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { shapleyShubik, weightedVotingGame, type CountingOptions } from 'coalitions/voting'
 *
 * const board = weightedVotingGame({ quota: { share: 0.5 }, weights: Array.from({ length: 60 }, (_, i) => 100 + i) })
 * assert.ok(E.isRight(board))
 * const seen: number[] = []
 * const options: CountingOptions = { onProgress: (done, total) => seen.push(done / total) }
 * assert.ok(E.isRight(shapleyShubik(board.right, options)))
 * assert.equal(seen.at(-1), 1)
 * ```
 *
 * @since 0.2.0
 * @category model
 */
export interface CountingOptions {
  /**
   * Called after each pass over the weight sums with the passes done and the passes in all (a
   * Gauss–Legendre node pair, a prime, a bloc); the last call has `done === total`. If it throws,
   * the counting stops and the result is an `InvalidProblem` quoting the error.
   */
  readonly onProgress?: (done: number, total: number) => void
}

/** @internal A progress report: passes done of passes in all. */
export type Progress = (done: number, total: number) => void

/** @internal Reads the options: the progress callback, or what is wrong with them. */
export const progressOf = (name: string, options: unknown): E.Either<string, Progress | undefined> => {
  if (options === undefined) return E.right(undefined)
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return E.left(`${name}: options must be an object { onProgress? }, got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`)
  const strays = unknownKeys(options, ['onProgress'], 'options')
  if (strays.length > 0) return E.left(`${name}: ${strays.join('; ')}`)
  const f = (options as { onProgress?: unknown }).onProgress
  if (f !== undefined && typeof f !== 'function') return E.left(`${name}: options.onProgress must be a function (done, total) => void, got ${typeof f}`)
  return E.right(f as Progress | undefined)
}

/** @internal What an `onProgress` callback threw, carried out of the counting loop. */
class CallbackThrew {
  constructor(readonly error: unknown) {}
}

/**
 * @internal Runs a counting index: checks the council and the options, bounds the work of a weighted
 * council by {@link MAX_COUNTING_WORK}, and turns a throwing `onProgress` into a Left.
 */
export const counted = <A>(
  name: string,
  game: unknown,
  options: unknown,
  steps: (game: WeightedVotingGame) => number,
  compute: (game: Council, progress: Progress | undefined) => A,
): E.Either<CoalitionError, A> => {
  if (!isCouncil(game)) return E.left(notACouncil(name, game))
  const progress = progressOf(name, options)
  if (E.isLeft(progress)) return E.left(coalitionError('DecodeError', progress.left))
  if (game.kind === 'weighted') {
    const work = steps(game)
    if (work > MAX_COUNTING_WORK)
      return E.left(
        coalitionError(
          'TooLarge',
          `${name}: ${game.n} voters with weights totalling ${game.integerWeights.reduce((s, w) => s + w, 0)} take about ${work.toExponential(1)} counting steps, above the ${MAX_COUNTING_WORK.toExponential(0)} allowed (about 25 s): express the weights in coarser units (votes in thousands) to cut the work in proportion`,
        ),
      )
  }
  return guarded(progress.right, (p) => compute(game, p))
}

/** @internal Runs `compute` with the callback wrapped, so that what the callback throws comes back as a Left. */
export const guarded = <A>(progress: Progress | undefined, compute: (progress: Progress | undefined) => A): E.Either<CoalitionError, A> => {
  const wrapped: Progress | undefined =
    progress === undefined
      ? undefined
      : (done, total) => {
          try {
            progress(done, total)
          } catch (e) {
            throw new CallbackThrew(e)
          }
        }
  try {
    return E.right(compute(wrapped))
  } catch (e) {
    if (e instanceof CallbackThrew) return E.left(coalitionError('InvalidProblem', `options.onProgress: the callback threw: ${thrownMessage(e.error)}`))
    throw e
  }
}
