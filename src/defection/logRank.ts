import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { EventIndicator, Label, NonNegative, decodeWith } from '../internal/decode.js'
import { chiSquareUpper } from '../internal/special.js'

/**
 * The log-rank test of equal survival in two groups.
 *
 * @since 0.1.0
 * @category survival
 */
export interface LogRankTest {
  /** The two group labels, in order of first appearance. */
  readonly groups: [string, string]
  /** Observed exits per group. */
  readonly observed: [number, number]
  /** Expected exits per group under equal hazards. */
  readonly expected: [number, number]
  /** (O₁ − E₁)² / Var(O₁ − E₁), as R's `survdiff` reports it. */
  readonly chiSquare: number
  /** P(χ²₁ ≥ chiSquare). */
  readonly pValue: number
}

const Codec = t.type(
  {
    durations: t.array(NonNegative, 'a list of durations ≥ 0'),
    events: t.array(EventIndicator, 'a list of 0/1 indicators'),
    groups: t.array(Label, 'a list of group labels'),
  },
  'an object { durations, events, groups }',
)

/**
 * The log-rank (Mantel–Haenszel) test that two groups of partners, say those fighting on a common
 * front and those on a separate one, leave at the same rate, with right-censored durations. The
 * statistic and p-value equal R's `survival::survdiff(Surv(durations, events) ~ groups)`.
 *
 * @param input - `durations`, `events` (1 exit, 0 censored) and `groups` (exactly two labels), of equal length
 * @returns the test, or a `DecodeError`/`InvalidProblem`/`NotDefined` (no exits at all)
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { logRank } from 'coalitions/defection'
 *
 * // Partners on a separate front leave sooner: 4 exits observed, more than equal hazards would give.
 * const test = logRank({
 *   durations: [3, 5, 7, 9, 12, 2, 3, 4, 4, 6],
 *   events: [1, 0, 1, 0, 0, 1, 1, 1, 0, 1],
 *   groups: ['common', 'common', 'common', 'common', 'common', 'separate', 'separate', 'separate', 'separate', 'separate'],
 * })
 * assert.ok(E.isRight(test))
 * assert.deepStrictEqual(test.right.observed, [2, 4])
 * // R: survdiff(Surv(durations, events) ~ groups) gives χ² = 3.351, p = 0.067.
 * assert.ok(Math.abs(test.right.chiSquare - 3.3510279053338046) < 1e-12)
 * ```
 *
 * @see Mantel, "Evaluation of survival data and two new rank order statistics arising in its consideration", *Cancer Chemotherapy Reports* 50 (1966).
 * @since 0.1.0
 * @category survival
 */
export const logRank = (input: {
  readonly durations: readonly number[]
  readonly events: readonly (0 | 1 | boolean)[]
  readonly groups: readonly string[]
}): E.Either<CoalitionError, LogRankTest> =>
  E.flatMap(({ durations, events, groups }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, LogRankTest> => {
    const n = durations.length
    if (events.length !== n || groups.length !== n)
      return E.left(coalitionError('InvalidProblem', `durations, events, groups: expected equal lengths, got ${n}, ${events.length}, ${groups.length}`))
    const labels = [...new Set(groups)]
    if (labels.length !== 2) return E.left(coalitionError('InvalidProblem', `groups: expected exactly two groups, got ${labels.length}`))
    const inFirst = groups.map((g) => (g === labels[0] ? 1 : 0))
    const order = durations.map((_, i) => i).sort((a, b) => durations[a]! - durations[b]!)
    let atRisk = n
    let atRisk1 = inFirst.reduce((s: number, x) => s + x, 0)
    let observed1 = 0
    let expected1 = 0
    let variance = 0
    let totalEvents = 0
    for (let k = 0; k < n; ) {
      const time = durations[order[k]!]!
      let d = 0
      let d1 = 0
      let leaving = 0
      let leaving1 = 0
      while (k < n && durations[order[k]!] === time) {
        const i = order[k]!
        d += events[i]!
        d1 += events[i]! * inFirst[i]!
        leaving++
        leaving1 += inFirst[i]!
        k++
      }
      if (d > 0) {
        observed1 += d1
        expected1 += (d * atRisk1) / atRisk
        if (atRisk > 1) variance += (d * (atRisk1 / atRisk) * (1 - atRisk1 / atRisk) * (atRisk - d)) / (atRisk - 1)
        totalEvents += d
      }
      atRisk -= leaving
      atRisk1 -= leaving1
    }
    if (totalEvents === 0 || variance === 0) return E.left(coalitionError('NotDefined', 'events: no exits (or no variation at risk), so there is nothing to compare'))
    const chiSquare = (observed1 - expected1) ** 2 / variance
    return E.right({
      groups: [labels[0]!, labels[1]!],
      observed: [observed1, totalEvents - observed1],
      expected: [expected1, totalEvents - expected1],
      chiSquare,
      pValue: chiSquareUpper(chiSquare, 1),
    })
  })(decodeWith(Codec)(input))
