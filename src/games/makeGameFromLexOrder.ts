import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { MAX_EXACT_PLAYERS, makeGame, tooLarge, type Game, type GameOptions } from '../core/Game.js'
import { FiniteNumbers, decodeWith } from '../internal/decode.js'
import { lexOrderMasks } from '../internal/lexOrder.js'

/**
 * Builds a game from the worths of its 2^n − 1 non-empty coalitions listed by size, then
 * lexicographically: {1}, {2}, …, {n}, {1,2}, {1,3}, …, N — the order of R's CoopGame and
 * GameTheory packages.
 *
 * @param values - 2^n − 1 worths in size-then-lexicographic order (the empty coalition is not listed)
 * @param options - player labels
 * @returns the game, or an error naming what is wrong
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { makeGameFromLexOrder } from 'coalitions'
 *
 * // v(1), v(2), v(3), v(12), v(13), v(23), v(123) for the glove game.
 * const glove = makeGameFromLexOrder([0, 0, 0, 1, 1, 0, 1])
 * assert.ok(glove._tag === 'Right')
 * assert.deepStrictEqual([...glove.right.values], [0, 0, 0, 1, 0, 1, 0, 1])
 * ```
 *
 * @see Staudacher & Anwander, *CoopGame: Important Concepts of Cooperative Game Theory*, R package 0.2.2 (2021).
 * @since 0.1.0
 * @category constructors
 */
export const makeGameFromLexOrder = (values: ArrayLike<number>, options?: GameOptions): E.Either<CoalitionError, Game> => {
  const decoded = decodeWith(FiniteNumbers, 'values')(values)
  if (E.isLeft(decoded)) return decoded
  const list = decoded.right
  const n = Math.round(Math.log2(list.length + 1))
  if (list.length < 1 || 2 ** n - 1 !== list.length)
    return E.left(coalitionError('InvalidGame', `values: expected 2^n − 1 numbers (1, 3, 7, 15, …), one per non-empty coalition, got ${list.length}`))
  if (n > MAX_EXACT_PLAYERS) return E.left(tooLarge(n))
  const masks = lexOrderMasks(n)
  const table = new Float64Array(2 ** n)
  for (let k = 0; k < masks.length; k++) table[masks[k]!] = list[k]!
  return makeGame(table, options)
}
