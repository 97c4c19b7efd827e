import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { checkPlayers, type Game } from '../core/Game.js'
import { partitionOf, type Blocs } from '../internal/blocs.js'
import { sampleValue, shuffle, type DrawOrder, type ShapleyEstimate, type WorthFunctionGame } from './shapleySample.js'

/**
 * The Owen value of a game with blocs (a priori unions), estimated from seeded random orders that keep
 * each bloc together: the blocs arrive in a uniformly random order, and within each bloc its members
 * in a uniformly random order. Each player's estimate is its mean marginal contribution, with a
 * standard error. For worth functions of many players, where the exact {@link owenValue} (a table of
 * 2^n worths) cannot be held. With every player alone it is {@link shapleySample}, draw for draw.
 *
 * The same bounds as {@link shapleySample} (at most `MAX_SAMPLE_EVALUATIONS` worth evaluations, at
 * most 1,000,000 players); the randomness comes only from `seed`.
 *
 * @param options - `samples` (≥ 2) orders to draw and the `seed`
 * @returns a function of the game (a `Game`, or `{ n, worth, players? }` with labels defaulting to
 * "1".."n") and the blocs (lists of player labels; players not named stand alone) giving
 * `{ values, standardErrors, samples }`; a `DecodeError` or `InvalidGame` naming what is wrong with
 * the blocs or labels, `TooLarge` past the bounds
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { owenSample } from 'coalitions'
 *
 * // 300 states; a coalition is worth the square of its size. Two blocs of 100 and 200 states: the
 * // blocs split the grand coalition's 90,000 like Shapley on two players, then share it equally.
 * const players = Array.from({ length: 300 }, (_, i) => `S${i}`)
 * const est = owenSample({ samples: 400, seed: 7 })({ n: 300, players, worth: (S) => S.length ** 2 }, [players.slice(0, 100), players.slice(100)])
 * assert.ok(E.isRight(est))
 * // Bloc of 100: ½·100² + ½·(300² − 200²) = 30,000, or 300 a member; a member of the bloc of 200: 300 too.
 * assert.ok(Math.abs(est.right.values[0]! - 300) < 5 * est.right.standardErrors[0]! + 1e-9)
 * ```
 *
 * @see Owen, "Values of games with a priori unions", in Henn & Moeschlin (eds.), *Mathematical Economics and Game Theory* (1977).
 * @see Castro, Gómez & Tejada, "Polynomial calculation of the Shapley value based on sampling", *Computers & Operations Research* 36 (2009): the sampling scheme, here over orders that keep blocs together.
 * @since 0.2.0
 * @category solutions
 */
export const owenSample =
  (options: { readonly samples: number; readonly seed: number }) =>
  (game: Game | (WorthFunctionGame & { readonly players?: readonly string[] }), blocs: Blocs): E.Either<CoalitionError, ShapleyEstimate> =>
    sampleValue('owenSample', 'a Game or { n, worth, players? }', options, game, (g) => {
      const given = (g as { readonly players?: unknown }).players
      if (given !== undefined && !(Array.isArray(given) && given.every((p) => typeof p === 'string')))
        return E.left(coalitionError('DecodeError', 'players: expected a list of labels (strings)'))
      const players = checkPlayers(given as readonly string[] | undefined, g.n)
      if (E.isLeft(players)) return players
      return E.map((unions: number[][]): DrawOrder => {
        const order = unions.map((_, k) => k)
        return (perm, rng) => {
          shuffle(order, rng)
          let at = 0
          for (const k of order) {
            const start = at
            for (const i of unions[k]!) perm[at++] = i
            shuffle(perm, rng, start, at)
          }
        }
      })(partitionOf('owenSample', players.right, blocs))
    })
