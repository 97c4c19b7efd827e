// A priori unions (blocs) named by player labels, checked into a partition of the players.
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { unknownLabel } from './labels.js'

/**
 * Blocs as lists of player labels, e.g. `[['PP', "C's"], ['PSOE']]`. Players named in no bloc
 * stand alone (a bloc of one).
 *
 * @since 0.2.0
 * @category model
 */
export type Blocs = readonly (readonly string[])[]

/**
 * Reads `blocs` against the players' labels: every entry a list of labels, every label a player's,
 * no player in two blocs, no bloc empty. Returns the partition as lists of player indices, the
 * blocs in the order given and then one bloc per player not named, in player order.
 */
export const partitionOf = (name: string, players: readonly string[], blocs: unknown): E.Either<CoalitionError, number[][]> => {
  if (!Array.isArray(blocs))
    return E.left(coalitionError('DecodeError', `${name}: blocs must be a list of blocs, each a list of player labels, got ${blocs === null ? 'null' : typeof blocs}`))
  const index = new Map(players.map((p, i) => [p, i] as const))
  const owner = new Array<number>(players.length).fill(-1)
  const out: number[][] = []
  for (let b = 0; b < blocs.length; b++) {
    const bloc: unknown = blocs[b]
    if (!Array.isArray(bloc))
      return E.left(coalitionError('DecodeError', `${name}: blocs[${b}] must be a list of player labels, got ${bloc === null ? 'null' : typeof bloc}`))
    if (bloc.length === 0) return E.left(coalitionError('InvalidGame', `${name}: blocs[${b}] is empty; a bloc needs at least one member`))
    const members: number[] = []
    for (let j = 0; j < bloc.length; j++) {
      const label: unknown = bloc[j]
      if (typeof label !== 'string')
        return E.left(
          coalitionError(
            'DecodeError',
            `${name}: blocs[${b}][${j}] must be a player label (a string such as ${JSON.stringify(players[0] ?? '1')}), got ${typeof label === 'number' ? `the number ${label}` : typeof label}`,
          ),
        )
      const i = index.get(label)
      if (i === undefined) return E.left(unknownLabel(name, `blocs[${b}][${j}]`, label, players))
      if (owner[i] !== -1)
        return E.left(
          coalitionError('InvalidGame', `${name}: blocs[${b}][${j}]: ${JSON.stringify(label)} is already in blocs[${owner[i]}]; a player belongs to one bloc at most`),
        )
      owner[i] = b
      members.push(i)
    }
    out.push(members)
  }
  for (let i = 0; i < players.length; i++) if (owner[i] === -1) out.push([i])
  return E.right(out)
}
