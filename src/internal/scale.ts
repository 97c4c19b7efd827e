// LP solutions are computed on the game rescaled to worths of order 1: HiGHS's feasibility
// tolerances are absolute (1e-7), so a game worth 1e-7 in all would look like zero to it.
// The nucleolus and least core are homogeneous, and a power-of-two scale keeps the division exact.
import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { makeGame, type Game } from '../core/Game.js'

/** The game divided by the power of two nearest its largest |worth|, and that power. */
export const normalizedGame = (game: Game): E.Either<CoalitionError, { readonly game: Game; readonly scale: number }> => {
  let largest = 0
  for (let m = 0; m < game.values.length; m++) largest = Math.max(largest, Math.abs(game.values[m]!))
  if (largest === 0) return E.right({ game, scale: 1 })
  // A power of two at most the largest worth, so the scaled game and the scale are both finite (1.5e308 included).
  const scale = 2 ** Math.floor(Math.log2(largest))
  if (scale === 1) return E.right({ game, scale })
  return E.map((g: Game) => ({ game: g, scale }))(makeGame(game.values.map((v) => v / scale), { players: game.players }))
}
