import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { expect } from 'vitest'
import { makeGame, type Game } from '../src/index.js'

/** Unwraps a Right in a test; a Left fails the test with its message. */
export const right = <A>(e: E.Either<{ readonly message: string }, A>): A => {
  if (E.isLeft(e)) throw new Error(`expected Right, got Left: ${e.left.message}`)
  return e.right
}

export const game = (values: readonly number[], players?: string[]): Game =>
  right(makeGame(values, players === undefined ? undefined : { players }))

/** Element-wise |a_i − b_i| ≤ tol, with equal lengths. */
export const close = (a: readonly number[], b: readonly number[], tol = 1e-9): void => {
  expect(a.length).toBe(b.length)
  a.forEach((x, i) => expect(Math.abs(x - b[i]!)).toBeLessThanOrEqual(tol))
}

/**
 * Doubles spread evenly over [min, max], with the two ends now and then. `fc.double` crowds its draws
 * at the ends of its range (`fc.double({ min: 0, max: 1 })` puts most of them below 1e-6), where laws
 * are rarely at risk; the middle of the range is where rules differ.
 */
export const spread = (min: number, max: number): fc.Arbitrary<number> =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 2 ** 30 }).map((k) => Math.min(max, min + ((max - min) * k) / 2 ** 30)), weight: 9 },
    { arbitrary: fc.constantFrom(min, max), weight: 1 },
  )
