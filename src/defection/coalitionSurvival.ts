import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { Probability, decodeWith } from '../internal/decode.js'

/**
 * What the partners' hazards imply for the coalition as a whole.
 *
 * @since 0.1.0
 * @category survival
 */
export interface CoalitionSurvival {
  /** P(no partner has left by the end of period t), t = 1..T. */
  readonly noExit: number[]
  /** Expected number of partners still in after period t, t = 1..T. */
  readonly expectedRemaining: number[]
  /** Expected periods until the first exit, within the horizon: Σ_{t=0}^{T−1} P(no exit by t). */
  readonly restrictedMeanToFirstExit: number
  /** Each partner's probability of leaving within the horizon. */
  readonly exitWithinHorizon: number[]
}

const Codec = t.array(t.array(Probability, 'a list of hazards in [0, 1]'), 'a list of hazard sequences, one per partner')

/**
 * The coalition's survival when partners leave independently, each with its own hazards per period:
 * the probability that nobody has left, the expected number remaining, and the expected time to the
 * first exit within the horizon.
 *
 * @param hazards - one sequence per partner, all of the same length T ≥ 1
 * @returns the summary, or a `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { coalitionSurvival } from 'coalitions/defection'
 *
 * // Two partners, 1% and 3% a period: nobody has left after one period with probability 0.99 · 0.97.
 * const c = coalitionSurvival([[0.01, 0.01], [0.03, 0.03]])
 * assert.ok(E.isRight(c))
 * assert.ok(Math.abs(c.right.noExit[0]! - 0.99 * 0.97) < 1e-15)
 * assert.ok(Math.abs(c.right.expectedRemaining[0]! - 1.96) < 1e-15)
 * ```
 *
 * @see Weisiger, "Exiting the coalition: when do states abandon coalition partners during war?", *International Studies Quarterly* 60 (2016).
 * @since 0.1.0
 * @category survival
 */
export const coalitionSurvival = (hazards: readonly (readonly number[])[]): E.Either<CoalitionError, CoalitionSurvival> =>
  E.flatMap((h: number[][]): E.Either<CoalitionError, CoalitionSurvival> => {
    if (h.length === 0) return E.left(coalitionError('InvalidProblem', 'hazards: expected at least one partner'))
    const T = h[0]!.length
    const uneven = h.findIndex((row) => row.length !== T)
    if (T === 0 || uneven >= 0)
      return E.left(coalitionError('InvalidProblem', `hazards[${Math.max(uneven, 0)}]: every partner needs the same number of periods (≥ 1); expected ${T || '≥ 1'}`))
    const S = h.map(() => 1)
    const noExit: number[] = []
    const expectedRemaining: number[] = []
    let restricted = 0
    let all = 1
    for (let k = 0; k < T; k++) {
      restricted += all
      all = 1
      let remaining = 0
      h.forEach((row, i) => {
        S[i] = S[i]! * (1 - row[k]!)
        all *= S[i]!
        remaining += S[i]!
      })
      noExit.push(all)
      expectedRemaining.push(remaining)
    }
    return E.right({ noExit, expectedRemaining, restrictedMeanToFirstExit: restricted, exitWithinHorizon: S.map((s) => 1 - s) })
  })(decodeWith(Codec, 'hazards')(hazards))
