import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { isGame, notAGame, type Game } from '../core/Game.js'
import { FiniteNumbers, decodeWith, optionsShapeProblem, show } from '../internal/decode.js'
import { largest } from '../internal/largest.js'
import { toleranceOf } from '../internal/tolerance.js'
import { coalitionSumsKernel } from '../kernel/coalitionSumsKernel.js'

/**
 * A coalition that would do better on its own than under a proposed split: its worth exceeds what
 * the split pays its members.
 *
 * @since 0.2.0
 * @category properties
 */
export interface CoreViolation {
  /** The members, by label, in player order. */
  readonly coalition: readonly string[]
  /** v(S), what the coalition can get on its own. */
  readonly worth: number
  /** x(S), what the split pays its members. */
  readonly payoff: number
  /** v(S) − x(S) > 0: how much better off the coalition would be on its own. */
  readonly excess: number
}

/**
 * What {@link coreViolations} finds: the coalitions with the largest excess, largest first, at most
 * `limit` of them, and how many coalitions block the split in all.
 *
 * @since 0.2.0
 * @category properties
 */
export interface CoreViolations {
  readonly violations: readonly CoreViolation[]
  /** How many coalitions (the grand coalition included) would do better on their own. */
  readonly count: number
}

/**
 * Which coalitions block a proposed split: every coalition S with v(S) > x(S) (beyond
 * 1e-9 × max(1, max |v|), the tolerance of {@link isInCore}), with its excess, largest first. For a
 * coalition of states: which group of allies would rather go it alone under this split, and by how
 * much. The grand coalition appears when the split pays out less than v(N). A split that pays out
 * more than v(N) is not feasible and is an `InvalidProblem`. An allocation is in the core exactly when it
 * pays out v(N) and `count` is 0.
 *
 * @param game - the game
 * @param allocation - one number per player, in player order
 * @param options - `limit`: how many violations to list (default 10, at most 10,000); all are counted
 * @returns the violations and their count, or a `DecodeError` (allocation, options) or `InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { coreViolations, makeGame } from 'coalitions'
 *
 * // Three allies; any two together can secure 0.8 of the gains, all three 1.
 * const game = E.getOrElseW(() => assert.fail('game'))(makeGame([0, 0, 0, 0.8, 0, 0.8, 0.8, 1], { players: ['US', 'UK', 'FR'] }))
 * const equal = coreViolations(game, [1 / 3, 1 / 3, 1 / 3])
 * assert.ok(E.isRight(equal))
 * // Every pair would do better alone: 0.8 against the 2/3 the equal split pays it.
 * assert.equal(equal.right.count, 3)
 * assert.deepStrictEqual(equal.right.violations[0]!.coalition, ['US', 'UK'])
 * assert.ok(Math.abs(equal.right.violations[0]!.excess - (0.8 - 2 / 3)) < 1e-15)
 * ```
 *
 * @see Gillies, "Solutions to general non-zero-sum games", in *Contributions to the Theory of Games IV* (1959): the core and blocking coalitions.
 * @since 0.2.0
 * @category properties
 */
export const coreViolations = (game: Game, allocation: ArrayLike<number>, options: { readonly limit?: number } = {}): E.Either<CoalitionError, CoreViolations> => {
  if (!isGame(game)) return E.left(coalitionError('DecodeError', notAGame('coreViolations', game)))
  const decoded = decodeWith(FiniteNumbers, 'allocation')(allocation)
  if (E.isLeft(decoded)) return decoded
  const x = decoded.right
  const { n, values: v, players } = game
  if (x.length !== n) return E.left(coalitionError('DecodeError', `allocation: expected ${n} numbers, one per player, got ${x.length}`))
  const shape = optionsShapeProblem(options, ['limit'])
  if (shape !== undefined) return E.left(coalitionError('DecodeError', shape))
  const limit = options.limit ?? 10
  if (!(Number.isSafeInteger(limit) && limit >= 1 && limit <= 10_000))
    return E.left(coalitionError('DecodeError', `options.limit: expected a whole number from 1 to 10,000, got ${show(limit)}`))
  const tol = toleranceOf(v)
  const xs = coalitionSumsKernel(x, n, new Float64Array(v.length))
  const grand = v.length - 1
  if (xs[grand]! > v[grand]! + tol)
    return E.left(coalitionError('InvalidProblem', `allocation: pays out ${xs[grand]} in all, more than v(N) = ${v[grand]}, so no coalition can be given it`))
  // The `limit` largest excesses, kept in a min-heap (ties: the smaller mask first).
  const excess = (m: number): number => v[m]! - xs[m]!
  const kept = largest(limit, excess)
  let count = 0
  for (let m = 1; m <= grand; m++) {
    if (!(excess(m) > tol)) continue
    count++
    kept.offer(m)
  }
  const order = kept.sorted()
  const violations = order.map((m) =>
    Object.freeze({
      coalition: Object.freeze(players.filter((_, i) => (m >>> i) & 1)),
      worth: v[m]!,
      payoff: xs[m]!,
      excess: excess(m),
    }),
  )
  return E.right(Object.freeze({ violations: Object.freeze(violations), count }))
}
