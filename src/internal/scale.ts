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

// Functions homogeneous of degree 1 in their inputs (Shapley, Banzhaf, τ, proportional rules) can
// overflow in their intermediate sums when the inputs are near the largest double (1e308 − (−1e308)).
// Below 2^900 nothing is rescaled, so ordinary inputs give bit-identical results.
const OVERFLOW_RISK = 2 ** 900

/** A power of two that brings the largest |x| to [1, 2) when it is near overflow, else 1. */
export const overflowScale = (xs: ArrayLike<number>): number => {
  let largest = 0
  for (let i = 0; i < xs.length; i++) largest = Math.max(largest, Math.abs(xs[i]!))
  return largest >= OVERFLOW_RISK ? 2 ** Math.floor(Math.log2(largest)) : 1
}

/** f on the game divided by its overflow scale, multiplied back (powers of two: exact). */
export const onScaledGame = (game: Game, f: (g: Game) => number[]): number[] => {
  const scale = overflowScale(game.values)
  if (scale === 1) return f(game)
  const scaled = makeGame(game.values.map((v) => v / scale), { players: game.players })
  return E.isRight(scaled) ? f(scaled.right).map((x) => x * scale) : f(game)
}

/** As {@link onScaledGame}, for functions that return an Either. */
export const onScaledGameE = (game: Game, f: (g: Game) => E.Either<CoalitionError, number[]>): E.Either<CoalitionError, number[]> => {
  const scale = overflowScale(game.values)
  if (scale === 1) return f(game)
  const scaled = makeGame(game.values.map((v) => v / scale), { players: game.players })
  return E.isRight(scaled) ? E.map((xs: number[]) => xs.map((x) => x * scale))(f(scaled.right)) : f(game)
}
