import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { toleranceOf } from '../internal/tolerance.js'
import { checkGame } from '../core/Game.js'

/**
 * The most players {@link isSuperadditive} checks: about 3^n / 2 pairs of disjoint coalitions, 1.7e9
 * at 20 players (about 10 s when no pair fails early).
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_SUPERADDITIVE_PLAYERS } from 'coalitions'
 *
 * assert.equal(MAX_SUPERADDITIVE_PLAYERS, 20)
 * ```
 *
 * @see von Neumann & Morgenstern, *Theory of Games and Economic Behavior* (1944), §25.
 * @since 0.2.0
 * @category properties
 */
export const MAX_SUPERADDITIVE_PLAYERS = 20

/**
 * Whether v(S∪T) ≥ v(S) + v(T) for all disjoint S, T: merging never loses worth. Checks each of the
 * about 3^n / 2 unordered pairs once (stopping at the first failure), up to a tolerance of
 * 1e-9 × max(1, max |v|); past {@link MAX_SUPERADDITIVE_PLAYERS} players the answer is `TooLarge`.
 *
 * @param game - the game
 * @returns true when the game is superadditive; `TooLarge` past {@link MAX_SUPERADDITIVE_PLAYERS} players
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, isSuperadditive } from 'coalitions'
 *
 * assert.deepStrictEqual(E.flatMap(isSuperadditive)(makeGame([0, 1, 1, 4])), E.right(true))
 * assert.deepStrictEqual(E.flatMap(isSuperadditive)(makeGame([0, 1, 1, 1])), E.right(false))
 * ```
 *
 * @see von Neumann & Morgenstern, *Theory of Games and Economic Behavior* (1944), §25.
 * @since 0.1.0
 * @category properties
 */
export const isSuperadditive = (game: Game): E.Either<CoalitionError, boolean> =>
  checkGame('isSuperadditive', game, (g) => {
    if (g.n > MAX_SUPERADDITIVE_PLAYERS)
      return E.left(
        coalitionError(
          'TooLarge',
          `isSuperadditive checks every pair of disjoint coalitions, about 3^n / 2 of them: ${g.n} players would be ${(3 ** g.n / 2).toExponential(1)} checks; at most ${MAX_SUPERADDITIVE_PLAYERS} players (about ${(3 ** MAX_SUPERADDITIVE_PLAYERS / 2).toExponential(1)}) are checked. isConvex (n·2^n work) implies superadditivity for games with v(∅) = 0`,
        ),
      )
    const v = g.values
    const tol = toleranceOf(v)
    for (let u = 3; u < v.length; u++) {
      const vu = v[u]! + tol
      const low = u & -u
      const rest = u ^ low
      // Each unordered split {S, u∖S} once: S holds u's lowest player, and the rest r of S ranges over
      // the proper subsets of u∖low (r = rest would leave u∖S empty).
      for (let r = (rest - 1) & rest; ; r = (r - 1) & rest) {
        const s = r | low
        if (v[s]! + v[u ^ s]! > vu) return E.right(false)
        if (r === 0) break
      }
    }
    return E.right(true)
  })
