import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { type Game, isGame, notAGame } from '../core/Game.js'
import { partitionOf, type Blocs } from '../internal/blocs.js'


/**
 * The Owen value of a game with a priori unions (blocs): the Shapley value over the orders in which
 * every bloc's members arrive together, the blocs in a uniformly random order and each bloc's
 * members in a uniformly random order among themselves. Each bloc receives its Shapley value in the
 * game between the blocs and shares it among its members:
 *
 * Ow_i = Σ_{R ⊆ M∖k} Σ_{T ⊆ P_k∖i} r!(m−r−1)!/m! · t!(p_k−t−1)!/p_k! · (v(Q_R ∪ T ∪ i) − v(Q_R ∪ T))
 *
 * for player i in bloc P_k of p_k members, m blocs and Q_R the members of the blocs in R. Efficient
 * (sums to v(N)); with every player alone, or all in one bloc, it is the {@link shapley} value;
 * players in the same position inside a bloc get the same. Exact, O(Σ_i 2^(m−1+p_k−1)) terms
 * summed with compensation (at most n·2^(n−2), a second at 24 players).
 *
 * @param game - the game
 * @param blocs - the blocs as lists of player labels; players named in no bloc stand alone
 * @returns the values in player order, or `DecodeError` (not a game, blocs not lists of labels), `InvalidGame` (an unknown label, a player in two blocs, an empty bloc)
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, owenValue } from 'coalitions'
 *
 * // Glove game (L holds a left glove, R1 and R2 right gloves); L and R1 agree to act together:
 * // their bloc holds a pair on its own and takes the whole worth, 3/4 to L and 1/4 to R1.
 * const glove = makeGame([0, 0, 0, 1, 0, 1, 0, 1], { players: ['L', 'R1', 'R2'] })
 * assert.ok(E.isRight(glove))
 * const ow = owenValue(glove.right, [['L', 'R1']])
 * assert.ok(E.isRight(ow))
 * assert.deepStrictEqual(ow.right.map((x) => x * 8), [6, 2, 0])
 * ```
 *
 * @see Owen, "Values of games with a priori unions", in Henn & Moeschlin (eds.), *Mathematical Economics and Game Theory* (1977).
 * @since 0.2.0
 * @category solutions
 */
export const owenValue = (game: Game, blocs: Blocs): E.Either<CoalitionError, number[]> => {
  if (!isGame(game)) return E.left(coalitionError('DecodeError', notAGame('owenValue', game)))
  const partition = partitionOf('owenValue', game.players, blocs)
  if (E.isLeft(partition)) return partition
  const unions = partition.right
  const m = unions.length
  const masks = unions.map((u) => u.reduce((s, i) => s | (1 << i), 0))
  const fact = [1]
  for (let r = 1; r <= game.n; r++) fact.push(fact[r - 1]! * r)
  const v = game.values
  const out = new Array<number>(game.n).fill(0)
  unions.forEach((members, k) => {
    const others = masks.filter((_, j) => j !== k)
    const s = members.length
    // Quotient coalitions: their member masks and weights r!(m−1−r)!/m!.
    const quotient = new Int32Array(2 ** (m - 1))
    const alpha = new Float64Array(2 ** (m - 1))
    for (let R = 0; R < quotient.length; R++) {
      let mask = 0
      let r = 0
      for (let b = 0; b < m - 1; b++)
        if (R & (1 << b)) {
          mask |= others[b]!
          r++
        }
      quotient[R] = mask
      alpha[R] = (fact[r]! * fact[m - 1 - r]!) / fact[m]!
    }
    for (const i of members) {
      const mates = members.filter((j) => j !== i)
      const bit = 1 << i
      let sum = 0
      let comp = 0
      for (let T = 0; T < 2 ** mates.length; T++) {
        let inner = 0
        let t = 0
        for (let b = 0; b < mates.length; b++)
          if (T & (1 << b)) {
            inner |= 1 << mates[b]!
            t++
          }
        const beta = (fact[t]! * fact[s - 1 - t]!) / fact[s]!
        for (let R = 0; R < quotient.length; R++) {
          const S = quotient[R]! | inner
          const x = alpha[R]! * beta * (v[S | bit]! - v[S]!)
          const y = sum + x
          comp += Math.abs(sum) >= Math.abs(x) ? sum - y + x : x - y + sum
          sum = y
        }
      }
      out[i] = sum + comp
    }
  })
  return E.right(out)
}
