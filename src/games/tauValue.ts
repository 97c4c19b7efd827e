import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { toleranceOf } from '../internal/tolerance.js'
import { coalitionSumsKernel } from '../kernel/coalitionSumsKernel.js'
import { onScaledGameE } from '../internal/scale.js'
import { checkGame } from '../core/Game.js'

/**
 * Tijs's τ-value: the efficient compromise between each player's utopia payoff
 * M_i = v(N) − v(N∖i) and its minimal right m_i = max_{S∋i} (v(S) − Σ_{j∈S∖i} M_j).
 *
 * τ = m + α(M − m) with α chosen so that τ sums to v(N). Defined only for quasi-balanced games
 * (m ≤ M and Σm ≤ v(N) ≤ ΣM, up to 1e-9 × max(1, max |v|)).
 *
 * @param game - the game
 * @returns τ in player order, or `NotDefined` naming the condition that fails
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, tauValue } from 'coalitions'
 *
 * // Glove game: M = (1, 0, 0), m = (1, 0, 0), so τ = (1, 0, 0).
 * assert.deepStrictEqual(E.flatMap(tauValue)(makeGame([0, 0, 0, 1, 0, 1, 0, 1])), E.right([1, 0, 0]))
 * ```
 *
 * @see Tijs, "Bounds for the core and the τ-value", in Moeschlin & Pallaschke (eds.), *Game Theory and Mathematical Economics* (1981).
 * @since 0.1.0
 * @category solutions
 */
export const tauValue = (game: Game): E.Either<CoalitionError, number[]> => checkGame('tauValue', game, (g) => onScaledGameE(g, tauOf))

const tauOf = (game: Game): E.Either<CoalitionError, number[]> => {
  const { n, values: v } = game
  const grand = v.length - 1
  const tol = toleranceOf(v)
  const utopia = Array.from({ length: n }, (_, i) => v[grand]! - v[grand ^ (1 << i)]!)
  const ms = coalitionSumsKernel(utopia, n, new Float64Array(v.length))
  const minimal = utopia.map((Mi, i) => {
    let best = -Infinity
    const b = 1 << i
    for (let m = b; m <= grand; m++) if (m & b && v[m]! - ms[m]! > best) best = v[m]! - ms[m]!
    return Mi + best
  })
  for (let i = 0; i < n; i++)
    if (minimal[i]! > utopia[i]! + tol)
      return E.left(coalitionError('NotDefined', `the game is not quasi-balanced: player ${game.players[i]}'s minimal right ${minimal[i]} exceeds its utopia payoff ${utopia[i]}`))
  const sumM = utopia.reduce((s, x) => s + x, 0)
  const summ = minimal.reduce((s, x) => s + x, 0)
  if (summ > v[grand]! + tol || v[grand]! > sumM + tol)
    return E.left(
      coalitionError('NotDefined', `the game is not quasi-balanced: need Σ minimal rights (${summ}) ≤ v(N) (${v[grand]}) ≤ Σ utopia payoffs (${sumM})`),
    )
  if (sumM - summ <= tol) return E.right(minimal)
  const alpha = Math.min(1, Math.max(0, (v[grand]! - summ) / (sumM - summ)))
  return E.right(minimal.map((mi, i) => mi + alpha * (utopia[i]! - mi)))
}
