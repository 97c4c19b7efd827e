import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { checkGame, trustedGame } from '../core/Game.js'
import { overflowScale } from '../internal/scale.js'

/**
 * The savings game of a cost game: s(S) = Σ_{i∈S} c({i}) − c(S), what a coalition saves by sharing
 * one facility (or one deployment) instead of each member paying alone. Allocating savings x gives
 * the cost allocation y_i = c({i}) − x_i; see {@link costNucleolus} and {@link costShapley}.
 *
 * @param costGame - c(S), the cost of serving coalition S, in bitmask order
 * @returns the savings game, with the same players; `NotDefined` when a coalition's savings exceed the
 * largest double (stand-alone costs near 1e308 each)
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, savingsGame } from 'coalitions'
 *
 * // Airport game: runways costing 1, 2 and 3; a coalition pays for the longest runway it needs.
 * const savings = E.flatMap(savingsGame)(makeGame([0, 1, 2, 2, 3, 3, 3, 3]))
 * assert.ok(E.isRight(savings))
 * assert.deepStrictEqual([...savings.right.values], [0, 0, 0, 1, 0, 1, 2, 3])
 * ```
 *
 * @see Littlechild & Owen, "A simple expression for the Shapley value in a special case", *Management Science* 20 (1973).
 * @since 0.1.0
 * @category cost games
 */
export const savingsGame = (costGame: Game): E.Either<CoalitionError, Game> =>
  checkGame('savingsGame', costGame, (g) => {
    const { values, scale } = scaledSavings(g)
    const s = values.map((x) => x * scale)
    for (let m = 1; m < s.length; m++)
      if (!Number.isFinite(s[m]!))
        return E.left(
          coalitionError(
            'NotDefined',
            `the savings of {${g.players.filter((_, i) => (m >>> i) & 1).join(', ')}} are beyond the largest double (about ${values[m]} × 2^${Math.log2(scale)}); divide the costs by a power of two first`,
          ),
        )
    return E.right(trustedGame(g.n, g.players, s))
  })

/**
 * @internal The savings of the cost game divided by its overflow scale (a power of two), and that
 * scale: finite whenever the costs are, so {@link costNucleolus} works near the largest double.
 */
export const scaledSavings = (costGame: Game): { readonly values: Float64Array; readonly scale: number } => {
  const scale = overflowScale(costGame.values)
  const { n, values } = costGame
  const c = scale === 1 ? values : values.map((x) => x / scale)
  const s = new Float64Array(c.length)
  for (let m = 1; m < c.length; m++) {
    let alone = 0
    for (let i = 0; i < n; i++) if ((m >>> i) & 1) alone += c[1 << i]!
    s[m] = alone - c[m]!
  }
  return { values: s, scale }
}
