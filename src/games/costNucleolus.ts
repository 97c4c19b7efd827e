import { either as E } from 'fp-ts'
import { type CoalitionError, coalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { type LpSolver, isLpSolver, notASolver } from '../internal/lp.js'
import { nucleolus } from './nucleolus.js'
import { scaledSavings } from './savingsGame.js'
import { checkGame, trustedGame } from '../core/Game.js'

/**
 * The nucleolus cost allocation of a cost game: each player pays its stand-alone cost c({i}) minus its
 * share of the savings game's nucleolus. No one pays more than alone, and the most aggrieved group
 * of payers is as little aggrieved as possible.
 *
 * @param lp - the loaded solver from {@link loadLpSolver}
 * @returns a function of the cost game giving what each player pays, summing to c(N);
 * `Infeasible` when sharing costs more than going alone (c(N) > Σ c({i}))
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { makeGame, costNucleolus, loadLpSolver } from 'coalitions'
 *
 * const lp = await loadLpSolver()
 * // Airport game with runways 1, 2, 3 (Littlechild's recursion gives 1/2, 3/4, 7/4).
 * const pay = F.pipe(makeGame([0, 1, 2, 2, 3, 3, 3, 3]), E.flatMap(costNucleolus(lp)))
 * assert.ok(E.isRight(pay))
 * assert.deepStrictEqual(pay.right.map((x) => Math.round(x * 1e9) / 1e9), [0.5, 0.75, 1.75])
 * ```
 *
 * @see Littlechild, "A simple expression for the nucleolus in a special case", *International Journal of Game Theory* 3 (1974).
 * @since 0.1.0
 * @category cost games
 */
export const costNucleolus =
  (lp: LpSolver) =>
  (costGame: Game): E.Either<CoalitionError, number[]> =>
    !isLpSolver(lp)
      ? E.left(coalitionError('DecodeError', notASolver('costNucleolus', lp)))
      : checkGame('costNucleolus', costGame, (g) => {
      // On the savings of the costs divided by a power of two (exact), so costs near 1e308 stay finite.
      const { values, scale } = scaledSavings(g)
      const pay = (x: number[]): number[] => x.map((xi, i) => (g.values[1 << i]! / scale - xi) * scale)
      return E.map(pay)(nucleolus(lp)(trustedGame(g.n, g.players, values)))
    })
