import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { lexicographicCenter } from '../internal/lexicographic.js'
import { type LpSolver, isLpSolver, notASolver } from '../internal/lp.js'
import { normalizedGame } from '../internal/scale.js'
import { isGame, notAGame } from '../core/Game.js'

/**
 * The least core's value and one of its points.
 *
 * @since 0.1.0
 * @category solutions
 */
export interface LeastCore {
  /**
   * min ε such that x(S) ≥ v(S) − ε for every proper non-empty S, with x(N) = v(N); may be negative.
   * A one-player game has no proper coalition, so its ε is `-Infinity`.
   */
  readonly epsilon: number
  /** An allocation attaining `epsilon`, in player order. */
  readonly allocation: number[]
}

/**
 * The least core (Maschler, Peleg & Shapley 1979): the smallest ε for which every coalition can be
 * held to an excess of at most ε by some efficient allocation. ε ≤ 0 exactly when the core is
 * non-empty (Bondareva–Shapley). Solved on HiGHS by constraint generation: an LP over a small active
 * set of coalitions, enlarged by the most violated ones from a scan of all 2^n, until none is violated.
 *
 * @param lp - the loaded solver from {@link loadLpSolver}
 * @returns a function of the game giving `{ epsilon, allocation }`, or `NoConvergence` if the solver fails
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { gameFromFunction, leastCore, loadLpSolver } from 'coalitions'
 *
 * const lp = await loadLpSolver()
 * // Three allies, any two of whom can win alone: the core is empty, ε = 1/3.
 * const result = F.pipe(gameFromFunction(3, (S) => (S.length >= 2 ? 1 : 0)), E.flatMap(leastCore(lp)))
 * assert.ok(E.isRight(result))
 * assert.equal(Math.round(result.right.epsilon * 3), 1)
 * ```
 *
 * @see Maschler, Peleg & Shapley, "Geometric properties of the kernel, nucleolus, and related solution concepts", *Mathematics of Operations Research* 4 (1979).
 * @since 0.1.0
 * @category solutions
 */
export const leastCore =
  (lp: LpSolver) =>
  (game: Game): E.Either<CoalitionError, LeastCore> => {
    if (!isLpSolver(lp)) return E.left(coalitionError('DecodeError', notASolver('leastCore', lp)))
    if (!isGame(game)) return E.left(coalitionError('DecodeError', notAGame('leastCore', game)))
    if (game.n === 1) return E.right({ epsilon: -Infinity, allocation: [game.values[1]!] })
    return E.flatMap(({ game: g, scale }: { readonly game: Game; readonly scale: number }) =>
      E.map((r: { readonly allocation: Float64Array; readonly stages: ReadonlyArray<{ readonly epsilon: number }> }) => ({
        epsilon: r.stages[0]!.epsilon * scale,
        allocation: Array.from(r.allocation, (x) => x * scale),
      }))(lexicographicCenter(lp, g, false, true)),
    )(normalizedGame(game))
  }
