import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { FiniteNumbers, decodeWith } from '../internal/decode.js'
import { toleranceOf } from '../internal/tolerance.js'
import { coalitionSumsKernel } from '../kernel/coalitionSumsKernel.js'
import { isGame, notAGame } from '../core/Game.js'

/**
 * Whether an allocation is in the core: x(N) = v(N) and x(S) ≥ v(S) for every coalition, so that no
 * group of allies could do better on its own. Comparisons allow 1e-9 × max(1, max |v|).
 *
 * @param game - the game
 * @param allocation - one number per player, in player order
 * @returns true or false, or a `DecodeError` when the allocation is not n finite numbers
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { makeGame, isInCore } from 'coalitions'
 *
 * const glove = makeGame([0, 0, 0, 1, 0, 1, 0, 1])
 * assert.deepStrictEqual(F.pipe(glove, E.flatMap((g) => isInCore(g, [1, 0, 0]))), E.right(true))
 * assert.deepStrictEqual(F.pipe(glove, E.flatMap((g) => isInCore(g, [0.5, 0.25, 0.25]))), E.right(false))
 * ```
 *
 * @see Gillies, "Solutions to general non-zero-sum games", in *Contributions to the Theory of Games IV* (1959).
 * @since 0.1.0
 * @category properties
 */
export const isInCore = (game: Game, allocation: ArrayLike<number>): E.Either<CoalitionError, boolean> => {
  if (!isGame(game)) return E.left(coalitionError('DecodeError', notAGame('isInCore', game)))
  const decoded = decodeWith(FiniteNumbers, 'allocation')(allocation)
  if (E.isLeft(decoded)) return decoded
  const x = decoded.right
  const { n, values: v } = game
  if (x.length !== n) return E.left(coalitionError('DecodeError', `allocation: expected ${n} numbers, one per player, got ${x.length}`))
  const tol = toleranceOf(v)
  const xs = coalitionSumsKernel(x, n, new Float64Array(v.length))
  if (Math.abs(xs[v.length - 1]! - v[v.length - 1]!) > tol) return E.right(false)
  for (let m = 1; m < v.length - 1; m++) if (xs[m]! < v[m]! - tol) return E.right(false)
  return E.right(true)
}
