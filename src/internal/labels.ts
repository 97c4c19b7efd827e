// Labels for the members of a problem: default "1".."n", else exactly n unique labels.
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { nearestName } from './decode.js'

/** Checks optional labels against the `n` members they name; `what` says what each label is for. */
export const labelsFor = (
  players: readonly string[] | undefined,
  n: number,
  what: string,
  tag: 'InvalidGame' | 'InvalidProblem',
): E.Either<CoalitionError, readonly string[]> => {
  if (players === undefined) return E.right(Object.freeze(Array.from({ length: n }, (_, i) => String(i + 1))))
  if (players.length !== n) return E.left(coalitionError(tag, `players: expected ${n} ${n === 1 ? 'label' : 'labels'}, one per ${what}, got ${players.length}`))
  const seen = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    const before = seen.get(players[i]!)
    if (before !== undefined)
      return E.left(coalitionError(tag, `players[${i}]: label ${JSON.stringify(players[i])} already used by players[${before}]`))
    seen.set(players[i]!, i)
  }
  return E.right(Object.freeze([...players]))
}

/** The error for a label that names no player, at `path`, with the nearest label when one is close. */
export const unknownLabel = (name: string, path: string, label: string, players: readonly string[]): CoalitionError => {
  const near = nearestName(label, players)
  return coalitionError('InvalidGame', `${name}: ${path}: no player is labelled ${JSON.stringify(label)}${near === undefined ? '' : `; did you mean ${JSON.stringify(near)}?`}`)
}
