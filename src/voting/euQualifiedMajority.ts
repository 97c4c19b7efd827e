import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { NonNegative, decodeWith, unknownKeys } from '../internal/decode.js'
import { allOf, anyOf, type CompoundVotingGame } from './CompoundVotingGame.js'
import { weightedVotingGame } from './WeightedVotingGame.js'

const Codec = t.type(
  { populations: t.record(t.string, NonNegative, 'a record { member: population ≥ 0 }') },
  'an object { populations: { member: population } }',
)

/**
 * The Council of the European Union's qualified majority (Article 16(4) TEU, in force since
 * 2014): a proposal passes when the members in favour are at least 55% of the members, and at
 * least fifteen of them, and represent at least 65% of the Union's population; a blocking minority
 * needs at least four members, so any n − 3 members pass it. As a compound council:
 * `anyOf(allOf(count ≥ max(⌈0.55·n⌉, 15), population ≥ { share: 0.65 }), count ≥ n − 3)`.
 *
 * Populations are given per member in any unit: persons, thousands, or percentage shares. The
 * population condition is counted exactly over its weight sums, so its work grows with the total
 * (27 members with populations in hundredths of a percent take milliseconds; in persons, about
 * 450 million sums, the result is `TooLarge`). Rounding each of n figures moves a coalition's
 * total by at most n/2 units, which can flip only coalitions that close to the 65% threshold.
 *
 * @param input - `{ populations }`: a record from member name to population (≥ 0), in the order the indices will list them; at least 4 members
 * @returns the compound council with the members as players, or a `DecodeError`, `InvalidGame`, `TooLarge`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { banzhafIndex, euQualifiedMajority } from 'coalitions/voting'
 *
 * // A made-up union of five: 55% of 5 members is 3, but at least 15 are asked for, capped at 5;
 * // any 2 = n − 3 members pass. Two members alone can pass anything, so everyone is symmetric.
 * const union = euQualifiedMajority({ populations: { A: 40, B: 30, C: 15, D: 10, E: 5 } })
 * assert.ok(E.isRight(union))
 * assert.deepStrictEqual(union.right.players, ['A', 'B', 'C', 'D', 'E'])
 * assert.deepStrictEqual(banzhafIndex(union.right), E.right([0.2, 0.2, 0.2, 0.2, 0.2]))
 * ```
 *
 * @see Treaty on European Union, Article 16(4), and Treaty on the Functioning of the European Union, Article 238(3).
 * @see Felsenthal & Machover, "Analysis of QM rules in the draft Constitution for Europe proposed by the European Convention, 2003", *Social Choice and Welfare* 23 (2004).
 * @since 0.2.0
 * @category model
 */
export const euQualifiedMajority = (input: unknown): E.Either<CoalitionError, CompoundVotingGame> => {
  const strays = unknownKeys(input, ['populations'])
  if (strays.length > 0) return E.left(coalitionError('DecodeError', strays.join('\n')))
  const decoded = decodeWith(Codec)(input)
  if (E.isLeft(decoded)) return decoded
  const players = Object.keys(decoded.right.populations)
  const populations = players.map((p) => decoded.right.populations[p]!)
  const n = players.length
  if (n < 4) return E.left(coalitionError('InvalidGame', `populations: a blocking minority needs 4 members, so the rule needs at least 4, got ${n}`))
  const heads = Array<number>(n).fill(1)
  const members = Math.min(n, Math.max(Math.ceil((55 * n) / 100), 15))
  const count = weightedVotingGame({ quota: members, weights: heads, players })
  if (E.isLeft(count)) return count
  const population = weightedVotingGame({ quota: { share: 0.65 }, weights: populations, players })
  if (E.isLeft(population)) {
    const total = populations.reduce((s, x) => s + x, 0)
    return E.left(
      population.left._tag === 'TooLarge'
        ? coalitionError('TooLarge', `populations: they total ${total}, too many sums to count exactly: give them in thousands, or as percentage shares to two decimals`)
        : coalitionError(population.left._tag, population.left.message.replace(/^weights/, 'populations')),
    )
  }
  const unblockable = weightedVotingGame({ quota: n - 3, weights: heads, players })
  if (E.isLeft(unblockable)) return unblockable
  const double = allOf(count.right, population.right)
  return E.isLeft(double) ? double : anyOf(double.right, unblockable.right)
}
