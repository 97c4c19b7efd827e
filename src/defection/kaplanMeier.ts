import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { EventIndicator, NonNegative, decodeWith } from '../internal/decode.js'

/**
 * A Kaplan–Meier estimate at each distinct event time.
 *
 * @since 0.1.0
 * @category survival
 */
export interface KaplanMeier {
  /** Distinct times at which at least one exit happened, ascending. */
  readonly time: number[]
  /** Ŝ(t) just after each time. */
  readonly survival: number[]
  /** Number at risk just before each time. */
  readonly atRisk: number[]
  /** Number of exits at each time. */
  readonly events: number[]
  /** Greenwood standard error of Ŝ(t), as R's `summary(survfit(...))$std.err`. */
  readonly standardError: number[]
}

const Codec = t.type(
  { durations: t.array(NonNegative, 'a list of durations ≥ 0'), events: t.array(EventIndicator, 'a list of 0/1 indicators') },
  'an object { durations, events }',
)

/** @internal Sorted durations with their event counts and censorings per distinct time. */
export const tabulate = (durations: readonly number[], events: readonly number[]) => {
  const order = durations.map((_, i) => i).sort((a, b) => durations[a]! - durations[b]!)
  const rows: Array<{ time: number; events: number; leaving: number }> = []
  for (const i of order) {
    const last = rows[rows.length - 1]
    if (last !== undefined && last.time === durations[i]) {
      last.events += events[i]!
      last.leaving++
    } else rows.push({ time: durations[i]!, events: events[i]!, leaving: 1 })
  }
  return rows
}

/**
 * The Kaplan–Meier estimate of the probability that a partner is still in the coalition, from
 * observed durations with right censoring (event 0: still in when observation ended), with
 * Greenwood standard errors. Exits and censorings at the same time: the censored are counted at
 * risk, as in R's `survival::survfit`.
 *
 * @param input - `durations` ≥ 0 and `events` (1 exit, 0 censored), of equal length
 * @returns the estimate at each event time, or a `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { kaplanMeier } from 'coalitions/defection'
 *
 * // Exits at 2 and 5, censored at 3 and 8: Ŝ = 3/4 after 2, then 3/4 · 1/2 after 5.
 * const km = kaplanMeier({ durations: [2, 3, 5, 8], events: [1, 0, 1, 0] })
 * assert.ok(E.isRight(km))
 * assert.deepStrictEqual(km.right.time, [2, 5])
 * assert.deepStrictEqual(km.right.survival, [0.75, 0.375])
 * ```
 *
 * @see Kaplan & Meier, "Nonparametric estimation from incomplete observations", *Journal of the American Statistical Association* 53 (1958).
 * @since 0.1.0
 * @category survival
 */
export const kaplanMeier = (input: { readonly durations: readonly number[]; readonly events: readonly (0 | 1 | boolean)[] }): E.Either<CoalitionError, KaplanMeier> =>
  E.flatMap(({ durations, events }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, KaplanMeier> => {
    if (durations.length !== events.length)
      return E.left(coalitionError('InvalidProblem', `events: expected ${durations.length} indicators, one per duration, got ${events.length}`))
    if (durations.length === 0) return E.left(coalitionError('InvalidProblem', 'durations: expected at least one observation'))
    const out: KaplanMeier = { time: [], survival: [], atRisk: [], events: [], standardError: [] }
    let atRisk = durations.length
    let S = 1
    let greenwood = 0
    for (const row of tabulate(durations, events)) {
      if (row.events > 0) {
        S *= 1 - row.events / atRisk
        greenwood += row.events === atRisk ? Infinity : row.events / (atRisk * (atRisk - row.events))
        out.time.push(row.time)
        out.survival.push(S)
        out.atRisk.push(atRisk)
        out.events.push(row.events)
        out.standardError.push(S === 0 ? 0 : S * Math.sqrt(greenwood))
      }
      atRisk -= row.leaving
    }
    return E.right(out)
  })(decodeWith(Codec)(input))
