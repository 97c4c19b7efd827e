// LP solutions are computed on the game rescaled to worths of order 1: HiGHS's feasibility
// tolerances are absolute (1e-7), so a game worth 1e-7 in all would look like zero to it.
// The nucleolus and least core are homogeneous, and a power-of-two scale keeps the division exact.
import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { trustedGame, type Game } from '../core/Game.js'

const largestMagnitude = (xs: ArrayLike<number>): number => {
  let largest = 0
  for (let i = 0; i < xs.length; i++) largest = Math.max(largest, Math.abs(xs[i]!))
  return largest
}

/**
 * The largest power of two at most x > 0 (finite). Math.log2 rounds: log2 of 1.79769313486224e308
 * is exactly 1024, and 2^1024 is Infinity, so the exponent is corrected against x itself.
 */
export const powerOfTwoAtMost = (x: number): number => {
  let e = Math.min(1023, Math.floor(Math.log2(x)))
  while (2 ** e > x) e--
  while (e < 1023 && 2 ** (e + 1) <= x) e++
  return 2 ** e
}

// Worths divided by a power of two at most the largest |worth| stay finite (below 2 in magnitude) and
// v(∅) stays 0: the table needs no second check.
const divided = (game: Game, scale: number): Game => trustedGame(game.n, game.players, game.values.map((v) => v / scale))

/** The game divided by the power of two at most its largest |worth|, and that power. */
export const normalizedGame = (game: Game): E.Either<CoalitionError, { readonly game: Game; readonly scale: number }> => {
  const largest = largestMagnitude(game.values)
  if (largest === 0) return E.right({ game, scale: 1 })
  // A power of two at most the largest worth, so the scaled game and the scale are both finite (1.5e308 included).
  const scale = powerOfTwoAtMost(largest)
  return E.right(scale === 1 ? { game, scale } : { game: divided(game, scale), scale })
}

// Functions homogeneous of degree 1 in their inputs (Shapley, Banzhaf, τ, proportional rules) can
// overflow in their intermediate sums when the inputs are near the largest double (1e308 − (−1e308)).
// Below 2^900 nothing is rescaled, so ordinary inputs give bit-identical results.
const OVERFLOW_RISK = 2 ** 900

/** A power of two that brings the largest |x| to [1, 2) when it is near overflow, else 1. */
export const overflowScale = (xs: ArrayLike<number>): number => {
  const largest = largestMagnitude(xs)
  return largest >= OVERFLOW_RISK ? powerOfTwoAtMost(largest) : 1
}

const onScaled = <R>(game: Game, f: (g: Game) => R, back: (r: R, scale: number) => R): R => {
  const scale = overflowScale(game.values)
  return scale === 1 ? f(game) : back(f(divided(game, scale)), scale)
}

/** f on the game divided by its overflow scale, multiplied back (powers of two: exact). */
export const onScaledGame = (game: Game, f: (g: Game) => number[]): number[] => onScaled(game, f, (xs, scale) => xs.map((x) => x * scale))

/** As {@link onScaledGame}, for functions that return an Either. */
export const onScaledGameE = (game: Game, f: (g: Game) => E.Either<CoalitionError, number[]>): E.Either<CoalitionError, number[]> =>
  onScaled(game, f, (r, scale) => E.map((xs: number[]) => xs.map((x) => x * scale))(r))
