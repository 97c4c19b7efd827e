import { either as E } from 'fp-ts'
import { makeGame, type Game } from '../src/index.js'

/** Unwraps a Right in a test; a Left fails the test with its message. */
export const right = <A>(e: E.Either<{ readonly message: string }, A>): A => {
  if (E.isLeft(e)) throw new Error(`expected Right, got Left: ${e.left.message}`)
  return e.right
}

export const game = (values: readonly number[], players?: string[]): Game =>
  right(makeGame(values, players === undefined ? undefined : { players }))
