import { show } from '../internal/decode.js'
import type { Game } from '../core/Game.js'
import { expectGame } from '../core/Game.js'

/**
 * Pairs an allocation with the game's player labels, for readable output and JSON.
 *
 * @param game - the game whose labels to use
 * @param allocation - one number per player, in player order
 * @returns an object from label to amount (own properties only, safe for any label)
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { makeGame, banzhaf, labelAllocation } from 'coalitions'
 *
 * const labelled = F.pipe(
 *   makeGame([0, 0, 0, 1, 0, 1, 0, 1], { players: ['Left', 'Right A', 'Right B'] }),
 *   E.map((g) => labelAllocation(g, banzhaf(g))),
 * )
 * assert.deepStrictEqual(labelled, E.right({ Left: 0.75, 'Right A': 0.25, 'Right B': 0.25 }))
 * ```
 *
 * @see Peleg & Sudhölter, *Introduction to the Theory of Cooperative Games* (2nd ed., 2007), ch. 1.
 * @since 0.1.0
 * @category output
 */
export const labelAllocation = (game: Game, allocation: ArrayLike<number>): Readonly<Record<string, number>> => {
  expectGame('labelAllocation', game)
  if (typeof allocation !== 'object' || allocation === null || typeof allocation.length !== 'number')
    throw new TypeError(`labelAllocation: expected an allocation (a list of numbers, one per player), got ${show(allocation)}`)
  return Object.fromEntries(game.players.slice(0, allocation.length).map((p, i) => [p, allocation[i]!] as const))
}
