/**
 * Options of the counting indices: progress reports for long computations.
 *
 * @module
 */
import { either as E } from 'fp-ts'
import { unknownKeys } from '../internal/decode.js'

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
 * shapleyShubik(board.right, options)
 * assert.equal(seen.at(-1), 1)
 * ```
 *
 * @since 0.2.0
 * @category model
 */
export interface CountingOptions {
  /**
   * Called after each pass over the weight sums with the passes done and the passes in all (a
   * Gauss–Legendre node pair, a prime, a bloc); the last call has `done === total`. An error it
   * throws propagates to the caller.
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

/** @internal As {@link progressOf}, for the indices that return plain arrays: a TypeError names the problem. */
export const expectProgress = (name: string, options: unknown): Progress | undefined => {
  const p = progressOf(name, options)
  if (E.isLeft(p)) throw new TypeError(p.left)
  return p.right
}
