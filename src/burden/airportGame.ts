import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { MAX_EXACT_PLAYERS, makeGame, tooLarge, type Game } from '../core/Game.js'
import { decodeWith, Label, nonEmpty, NonNegative } from '../internal/decode.js'

const Codec = t.intersection(
  [t.type({ costs: t.array(NonNegative, 'a list of costs ≥ 0') }), t.partial({ players: t.array(Label, 'a list of non-empty strings') })],
  'an object { costs, players? }',
)

/**
 * The airport (runway) cost game: ally i needs a facility costing c_i (a runway long enough for its
 * aircraft, a base, a pipeline), and a shared facility serves a coalition when it serves its most
 * demanding member, so C(S) = max_{i∈S} c_i. Allocate it with `costShapley` or `costNucleolus`
 * from `coalitions/games`, or in closed form with {@link airportShapley}.
 *
 * @param input - `costs` ≥ 0, one per ally (at most 24), optional `players` labels
 * @returns the cost game, or a `DecodeError`/`InvalidGame`/`TooLarge`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { costShapley } from 'coalitions'
 * import { airportGame } from 'coalitions/burden'
 *
 * const g = airportGame({ costs: [1, 2, 3] })
 * assert.ok(E.isRight(g))
 * assert.equal(g.right.values[0b101], 3)
 * assert.deepStrictEqual(costShapley(g.right).map((x) => Math.round(x * 6)), [2, 5, 11])
 * ```
 *
 * @see Littlechild & Owen, "A simple expression for the Shapley value in a special case", *Management Science* 20 (1973).
 * @since 0.1.0
 * @category cost allocation
 */
export const airportGame = (input: { readonly costs: readonly number[]; readonly players?: readonly string[] }): E.Either<CoalitionError, Game> =>
  E.flatMap(({ costs, players }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, Game> => {
    if (costs.length > MAX_EXACT_PLAYERS) return E.left(tooLarge(costs.length))
    const values = new Float64Array(2 ** costs.length)
    for (let m = 1; m < values.length; m++) {
      const low = m & -m
      values[m] = Math.max(values[m ^ low]!, costs[31 - Math.clz32(low)]!)
    }
    return makeGame(values, players === undefined ? undefined : { players })
  })(E.flatMap(nonEmpty<t.TypeOf<typeof Codec>>('costs', 'ally'))(decodeWith(Codec)(input)))
