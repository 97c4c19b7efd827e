/**
 * Compound councils: several weighted (or head-count) conditions on the same voters, combined by
 * `allOf` (every condition must hold) and `anyOf` (one suffices), nested freely.
 *
 * @module
 */
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { isWeightedVotingGame, type WeightedVotingGame } from './WeightedVotingGame.js'
import { planGrid } from './compound.js'

declare const CompoundVotingGameBrand: unique symbol

/**
 * A compound council: a coalition wins when its members satisfy `allOf` (every part) or `anyOf`
 * (at least one part) of its `parts`, each a weighted council or another compound one on the same
 * voters. Built only by {@link allOf} and {@link anyOf}.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { allOf, weightedVotingGame } from 'coalitions/voting'
 *
 * // The UN Security Council as two conditions: 9 of 15 votes, and all 5 permanent members.
 * const nine = weightedVotingGame({ quota: 9, weights: Array(15).fill(1) })
 * const p5 = weightedVotingGame({ quota: 5, weights: [1, 1, 1, 1, 1, ...Array(10).fill(0)] })
 * const unsc = E.isRight(nine) && E.isRight(p5) ? allOf(nine.right, p5.right) : E.left(undefined)
 * assert.ok(E.isRight(unsc))
 * assert.equal(unsc.right.kind, 'allOf')
 * assert.equal(unsc.right.n, 15)
 * ```
 *
 * @see Taylor & Zwicker, *Simple Games* (1999), ch. 1: every simple game is an intersection or union of weighted games.
 * @since 0.2.0
 * @category model
 */
export interface CompoundVotingGame {
  /** `allOf`: every part must hold; `anyOf`: one part suffices. */
  readonly kind: 'allOf' | 'anyOf'
  /** Number of voters. */
  readonly n: number
  /** Voter labels, in input order (shared by every part). */
  readonly players: readonly string[]
  /** The conditions combined, in the order given. */
  readonly parts: readonly Council[]
  readonly [CompoundVotingGameBrand]: true
}

/**
 * A council the power indices accept: a weighted council or a compound one.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { banzhafIndex, weightedVotingGame, type Council } from 'coalitions/voting'
 *
 * const council: E.Either<unknown, Council> = weightedVotingGame({ quota: 3, weights: [2, 1, 1] })
 * assert.ok(E.isRight(council))
 * assert.deepStrictEqual(banzhafIndex(council.right), E.right([0.6, 0.2, 0.2]))
 * ```
 *
 * @since 0.2.0
 * @category model
 */
export type Council = WeightedVotingGame | CompoundVotingGame

const built = new WeakSet<object>()

/** True when `u` is a council made by this module's constructors. */
export const isCouncil = (u: unknown): u is Council =>
  isWeightedVotingGame(u) || (typeof u === 'object' && u !== null && built.has(u))

const defaultLabels = (n: number): string[] => Array.from({ length: n }, (_, i) => String(i + 1))
const sameLabels = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i])

const combine =
  (kind: 'allOf' | 'anyOf') =>
  (...parts: readonly Council[]): E.Either<CoalitionError, CompoundVotingGame> => {
    if (parts.length === 0) return E.left(coalitionError('InvalidGame', `${kind}: needs at least one condition, got none`))
    for (let k = 0; k < parts.length; k++)
      if (!isCouncil(parts[k]))
        return E.left(coalitionError('DecodeError', `${kind}: condition ${k + 1} is not a council made by weightedVotingGame, allOf or anyOf`))
    const n = parts[0]!.n
    const odd = parts.findIndex((p) => p.n !== n)
    if (odd >= 0)
      return E.left(
        coalitionError('InvalidGame', `${kind}: condition ${odd + 1} has ${parts[odd]!.n} voters where condition 1 has ${n}; every condition must weigh the same voters`),
      )
    // Parts without labels of their own (the default 1..n) take the labelled parts' labels.
    const plain = defaultLabels(n)
    const labelled = parts.filter((p) => !sameLabels(p.players, plain))
    const players = labelled[0]?.players ?? plain
    const clash = parts.findIndex((p) => !sameLabels(p.players, plain) && !sameLabels(p.players, players))
    if (clash >= 0)
      return E.left(
        coalitionError(
          'InvalidGame',
          `${kind}: condition ${clash + 1} names its voters ${JSON.stringify(parts[clash]!.players.slice(0, 3))}…, another condition ${JSON.stringify(players.slice(0, 3))}…; give every condition the same players in the same order`,
        ),
      )
    const game = Object.freeze({ kind, n, players: Object.freeze([...players]), parts: Object.freeze([...parts]) }) as unknown as CompoundVotingGame
    const plan = planGrid(game)
    if (E.isLeft(plan)) return plan
    built.add(game)
    return E.right(game)
  }

/**
 * A council in which a coalition wins when it meets every condition: the intersection of the
 * parts' winning coalitions. The EU Council's 55% of members and 65% of population, the US
 * Congress's two chambers, the Security Council's nine votes with all five permanent members.
 *
 * The power indices compute compound councils exactly, by counting coalitions over the joint
 * weight sums of the conditions (one dimension per distinct weight vector, so head counts with
 * different quotas share one), modulo primes and rebuilt by the Chinese remainder theorem. The
 * work is the number of joint sums (the product of the conditions' total weights + 1, times the
 * number of voters + 1 when no condition counts heads) times twice the number of voters; past
 * {@link MAX_COMPOUND_STATES} sums or {@link MAX_COMPOUND_WORK} steps the result is `TooLarge`,
 * saying which condition's weights to express in coarser units.
 *
 * @param parts - one or more councils on the same voters (weighted or compound)
 * @returns the compound council, or `InvalidGame` (no parts, different numbers of voters or labels), `DecodeError` (a part not built by this module), `TooLarge`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { allOf, shapleyShubik, weightedVotingGame } from 'coalitions/voting'
 *
 * // UN Security Council: 9 of 15 and all 5 permanent members; 421/2145 for each permanent member.
 * const nine = weightedVotingGame({ quota: 9, weights: Array(15).fill(1) })
 * const p5 = weightedVotingGame({ quota: 5, weights: [1, 1, 1, 1, 1, ...Array(10).fill(0)] })
 * assert.ok(E.isRight(nine) && E.isRight(p5))
 * const unsc = allOf(nine.right, p5.right)
 * assert.ok(E.isRight(unsc))
 * const ss = shapleyShubik(unsc.right)
 * assert.ok(E.isRight(ss) && Math.abs(ss.right[0]! - 421 / 2145) < 1e-15)
 * assert.ok(E.isLeft(allOf()))
 * ```
 *
 * @see Taylor & Zwicker, *Simple Games* (1999), ch. 1.
 * @see Kakimura & Terai, "Computing power indices in weighted majority games with formal power series" (2025): counting modulo primes.
 * @since 0.2.0
 * @category model
 */
export const allOf: (...parts: readonly Council[]) => E.Either<CoalitionError, CompoundVotingGame> = combine('allOf')

/**
 * A council in which a coalition wins when it meets at least one condition: the union of the
 * parts' winning coalitions (a bill passes with the President's signature, or over a veto by
 * two-thirds of both chambers). Computed exactly as for {@link allOf}.
 *
 * @param parts - one or more councils on the same voters (weighted or compound)
 * @returns the compound council, or `InvalidGame`, `DecodeError`, `TooLarge` as for {@link allOf}
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { anyOf, banzhafSwings, weightedVotingGame } from 'coalitions/voting'
 *
 * // Voter 1 alone, or voters 2 and 3 together: [1; 1, 0, 0] or [2; 0, 1, 1].
 * const one = weightedVotingGame({ quota: 1, weights: [1, 0, 0] })
 * const pair = weightedVotingGame({ quota: 2, weights: [0, 1, 1] })
 * assert.ok(E.isRight(one) && E.isRight(pair))
 * const g = anyOf(one.right, pair.right)
 * assert.ok(E.isRight(g))
 * assert.deepStrictEqual(banzhafSwings(g.right), E.right([3n, 1n, 1n]))
 * ```
 *
 * @see Taylor & Zwicker, *Simple Games* (1999), ch. 1.
 * @since 0.2.0
 * @category model
 */
export const anyOf: (...parts: readonly Council[]) => E.Either<CoalitionError, CompoundVotingGame> = combine('anyOf')
