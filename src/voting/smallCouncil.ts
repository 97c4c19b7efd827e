// Shared enumeration for the indices defined through (minimal) winning coalitions.
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { MAX_EXACT_PLAYERS, tooLarge } from '../core/Game.js'
import type { Council } from './CompoundVotingGame.js'
import { winningTest } from './compound.js'

/** The DecodeError for a value that is not a council built by this module. */
export const notACouncil = (name: string, game: unknown): CoalitionError =>
  coalitionError(
        'DecodeError',
    `${name}: expected a council made by weightedVotingGame, allOf or anyOf, got ${game === null ? 'null' : Array.isArray(game) ? 'an array' : typeof game === 'object' ? 'an object' : typeof game}`,
  )

/**
 * Visits every winning coalition of a council of at most 24 voters in Gray-code order (each step
 * adds or removes one voter) with its members' weight sums on every condition; the mask's bit i is
 * voter i.
 */
export const forEachWinningMask = (
  game: Council,
  visit: (mask: number, sums: Float64Array) => void,
  { vectors, wins } = winningTest(game),
): void => {
  const dims = vectors[0]!.length
  const sums = new Float64Array(dims)
  let mask = 0
  if (wins(sums)) visit(0, sums)
  for (let k = 1; k < 2 ** game.n; k++) {
    const bit = 31 - Math.clz32(k & -k)
    mask ^= 1 << bit
    const sign = mask & (1 << bit) ? 1 : -1
    const v = vectors[bit]!
    for (let d = 0; d < dims; d++) sums[d] = sums[d]! + sign * v[d]!
    if (wins(sums)) visit(mask, sums)
  }
}

/**
 * Visits every winning coalition with its critical members (those whose departure makes it lose);
 * a coalition is minimal winning when every member is critical.
 */
export const withWinning = (
  game: Council,
  visit: (critical: readonly number[], count: number, size: number) => void,
): E.Either<CoalitionError, void> => {
  if (game.n > MAX_EXACT_PLAYERS) return E.left(tooLarge(game.n))
  const test = winningTest(game)
  const { vectors, wins } = test
  const buffer = new Array<number>(game.n).fill(0)
  const without = new Float64Array(vectors[0]!.length)
  forEachWinningMask(game, (mask, sums) => {
    let size = 0
    let k = 0
    for (let m = mask; m !== 0; m &= m - 1) {
      const i = 31 - Math.clz32(m & -m)
      size++
      const v = vectors[i]!
      for (let d = 0; d < without.length; d++) without[d] = sums[d]! - v[d]!
      if (!wins(without)) buffer[k++] = i
    }
    visit(buffer, k, size)
  }, test)
  return E.right(undefined)
}
