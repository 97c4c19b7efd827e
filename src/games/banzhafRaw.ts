import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { banzhafKernel } from '../kernel/banzhafKernel.js'
import { overflowScale } from '../internal/scale.js'
import { checkGame, trustedGame } from '../core/Game.js'

/** @internal The raw sums of the game divided by its overflow scale (finite for finite worths), and that scale. */
export const scaledRawSums = (game: Game): { readonly sums: Float64Array; readonly scale: number } => {
  const scale = overflowScale(game.values)
  const g = scale === 1 ? game : trustedGame(game.n, game.players, game.values.map((x) => x / scale))
  return { sums: banzhafKernel(g.values, g.n, new Float64Array(g.n)), scale }
}

/**
 * Raw Banzhaf sums: Σ_{S ⊆ N∖i} (v(S∪i) − v(S)) for each player. For a simple (0/1) game these are
 * the swing counts: the coalitions a player turns from losing to winning.
 *
 * @param game - the game
 * @returns the sums in player order; `NotDefined` when a sum exceeds the largest double (up to 2^23
 * marginal contributions near 1e308 each), where {@link banzhaf}, the sum divided by 2^(n−1), still works
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { gameFromFunction, banzhafRaw } from 'coalitions'
 *
 * // Weighted majority [3; 2, 1, 1]: player 1 swings in 3 coalitions, the others in 1.
 * const weights = [2, 1, 1]
 * const game = gameFromFunction(3, (S) => (S.reduce((w, i) => w + weights[i]!, 0) >= 3 ? 1 : 0))
 * assert.deepStrictEqual(E.flatMap(banzhafRaw)(game), E.right([3, 1, 1]))
 * ```
 *
 * @see Banzhaf, "Weighted voting doesn't work: a mathematical analysis", *Rutgers Law Review* 19 (1965).
 * @since 0.1.0
 * @category solutions
 */
export const banzhafRaw = (game: Game): E.Either<CoalitionError, number[]> =>
  checkGame('banzhafRaw', game, (g) => {
    const { sums, scale } = scaledRawSums(g)
    const raw = Array.from(sums, (x) => x * scale)
    const i = raw.findIndex((x) => !Number.isFinite(x))
    if (i >= 0)
      return E.left(
        coalitionError('NotDefined', `player ${g.players[i]}'s raw Banzhaf sum is beyond the largest double (about ${sums[i]} × 2^${Math.log2(scale)}); banzhaf gives it divided by 2^${g.n - 1}`),
      )
    return E.right(raw)
  })
