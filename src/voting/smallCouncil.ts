// Shared enumeration for the indices defined through (minimal) winning coalitions.
import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { MAX_EXACT_PLAYERS, tooLarge } from '../core/Game.js'
import type { WeightedVotingGame } from './WeightedVotingGame.js'
import { forEachWinning } from './counting.js'

/** Members of a mask whose departure makes the coalition lose (its critical, or swing, members). */
const criticalMembers = (mask: number, sum: number, quota: number, weights: readonly number[], out: number[]): number => {
  let k = 0
  for (let m = mask; m !== 0; m &= m - 1) {
    const i = 31 - Math.clz32(m & -m)
    if (sum - weights[i]! < quota) out[k++] = i
  }
  return k
}

/**
 * Visits every winning coalition with its critical members; a coalition is minimal winning when
 * every member is critical.
 */
export const withWinning = (
  game: WeightedVotingGame,
  visit: (critical: readonly number[], count: number, size: number) => void,
): E.Either<CoalitionError, void> => {
  if (game.n > MAX_EXACT_PLAYERS) return E.left(tooLarge(game.n))
  const buffer = new Array<number>(game.n).fill(0)
  forEachWinning(game.integerQuota, game.integerWeights, (mask, sum) => {
    let size = 0
    for (let m = mask; m !== 0; m &= m - 1) size++
    visit(buffer, criticalMembers(mask, sum, game.integerQuota, game.integerWeights, buffer), size)
  })
  return E.right(undefined)
}
