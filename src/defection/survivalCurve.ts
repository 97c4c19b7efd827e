import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { Probability, decodeWith } from '../internal/decode.js'

/**
 * What a sequence of per-period hazards implies for one partner.
 *
 * @since 0.1.0
 * @category survival
 */
export interface SurvivalSummary {
  /** S(t) = Π_{k ≤ t} (1 − h_k): the probability of still being in after period t, for t = 1..T. */
  readonly survival: number[]
  /** P(exit in period t) = S(t − 1) · h_t, for t = 1..T. */
  readonly exitProbability: number[]
  /** E[min(duration, T)] = Σ_{t=0}^{T−1} S(t): the expected periods served within the horizon. */
  readonly restrictedMean: number
  /**
   * The expected duration if the last hazard h_T continued for ever (a geometric tail):
   * restrictedMean + S(T)/h_T; `undefined` when the expectation is infinite (S(T) > 0 and h_T = 0:
   * the partner may never leave) or beyond the largest double.
   */
  readonly expectedDuration: number | undefined
  /** The first period with S(t) ≤ ½, or `undefined` when survival stays above ½ through T. */
  readonly median: number | undefined
}

const Hazards = t.array(Probability, 'a list of hazards in [0, 1]')

/** @internal Survival summary of validated hazards. */
export const summarize = (hazards: readonly number[]): SurvivalSummary => {
  const T = hazards.length
  const survival = new Array<number>(T)
  const exitProbability = new Array<number>(T)
  let S = 1
  let restricted = 0
  let median: number | undefined
  for (let k = 0; k < T; k++) {
    restricted += S
    exitProbability[k] = S * hazards[k]!
    S *= 1 - hazards[k]!
    survival[k] = S
    if (median === undefined && S <= 0.5) median = k + 1
  }
  const last = hazards[T - 1]!
  const expected = restricted + (S === 0 ? 0 : S / last)
  return { survival, exitProbability, restrictedMean: restricted, expectedDuration: Number.isFinite(expected) ? expected : undefined, median }
}

/**
 * The survival curve implied by a partner's hazards h_1..h_T (one per period: day, month…), with the
 * probability of exit in each period, the restricted mean, the expected duration under a stated tail
 * assumption, and the median.
 *
 * @param hazards - per-period exit hazards in [0, 1], at least one
 * @returns the summary, or a `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { survivalCurve } from 'coalitions/defection'
 *
 * // A constant 10% hazard: S(t) = 0.9^t, median 7 (0.9^7 ≈ 0.478), expected duration 1/0.1 = 10.
 * const s = survivalCurve(Array(12).fill(0.1))
 * assert.ok(E.isRight(s))
 * assert.equal(s.right.median, 7)
 * assert.ok(s.right.expectedDuration !== undefined && Math.abs(s.right.expectedDuration - 10) < 1e-12)
 * ```
 *
 * @see Singer & Willett, *Applied Longitudinal Data Analysis* (2003), ch. 10.
 * @since 0.1.0
 * @category survival
 */
export const survivalCurve = (hazards: readonly number[]): E.Either<CoalitionError, SurvivalSummary> =>
  E.flatMap((h: number[]): E.Either<CoalitionError, SurvivalSummary> =>
    h.length === 0 ? E.left(coalitionError('InvalidProblem', 'hazards: expected at least one period')) : E.right(summarize(h)),
  )(decodeWith(Hazards, 'hazards')(hazards))
