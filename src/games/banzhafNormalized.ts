import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { toleranceOf } from '../internal/tolerance.js'
import { banzhafKernel } from '../kernel/banzhafKernel.js'
import { onScaledGameE } from '../internal/scale.js'
import { checkGame } from '../core/Game.js'

/**
 * The Banzhaf value rescaled to sum to v(N). For a simple game this is the normalized Banzhaf power
 * index (each player's share of all swings).
 *
 * @param game - the game
 * @returns the rescaled values, or `NotDefined` when the raw Banzhaf values sum to 0 (nothing to rescale)
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, banzhafNormalized } from 'coalitions'
 *
 * // Glove game: swings 3, 1, 1 of 5, times v(N) = 1.
 * assert.deepStrictEqual(E.flatMap(banzhafNormalized)(makeGame([0, 0, 0, 1, 0, 1, 0, 1])), E.right([0.6, 0.2, 0.2]))
 * ```
 *
 * @see Banzhaf (1965); Dubey & Shapley, "Mathematical properties of the Banzhaf power index", *Mathematics of Operations Research* 4 (1979).
 * @since 0.1.0
 * @category solutions
 */
export const banzhafNormalized = (game: Game): E.Either<CoalitionError, number[]> => checkGame('banzhafNormalized', game, (g) => onScaledGameE(g, normalizedOf))

const normalizedOf = (game: Game): E.Either<CoalitionError, number[]> => {
  const raw = Array.from(banzhafKernel(game.values, game.n, new Float64Array(game.n)))
  const total = raw.reduce((s, x) => s + x, 0)
  if (Math.abs(total) <= toleranceOf(game.values))
    return E.left(coalitionError('NotDefined', 'the Banzhaf values sum to 0, so they cannot be rescaled to v(N)'))
  const vN = game.values[game.values.length - 1]!
  return E.right(raw.map((s) => (s / total) * vN))
}
