import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { EventIndicator, FiniteNumber, Label, decodeWith } from '../internal/decode.js'

/**
 * One partner's spell in a coalition, one row per partner: at risk from `entry` (exclusive) to
 * `exit` (inclusive), in whole periods; `event` 1 if it left at `exit`, 0 if it was still in
 * (censored) then. `covariates` hold from the start; `changes` set new values from a period on.
 *
 * @since 0.1.0
 * @category estimation
 */
export interface Spell {
  readonly id: string
  readonly entry: number
  readonly exit: number
  readonly event: 0 | 1 | boolean
  readonly covariates?: Readonly<Record<string, number>>
  readonly changes?: ReadonlyArray<{ readonly from: number; readonly values: Readonly<Record<string, number>> }>
}

/**
 * One partner-period row: the spell's id, the period t, the event indicator and the covariates in force.
 *
 * @since 0.1.0
 * @category estimation
 */
export type PersonPeriod = { readonly id: string; readonly period: number; readonly event: 0 | 1 } & Readonly<Record<string, number | string>>

/**
 * The most partner-period rows {@link toPersonPeriod} builds (each row is an object: five million
 * take about a gigabyte); spells that expand to more are `TooLarge`, before any row is made.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_PERSON_PERIODS } from 'coalitions/defection'
 *
 * assert.equal(MAX_PERSON_PERIODS, 5_000_000)
 * ```
 *
 * @see Singer & Willett, *Applied Longitudinal Data Analysis* (2003), §10.5: one row per period at risk.
 * @since 0.2.0
 * @category estimation
 */
export const MAX_PERSON_PERIODS = 5_000_000

// A row's own fields: a covariate of the same name would overwrite them.
const RESERVED = ['id', 'period', 'event'] as const

const Whole = new t.Type<number, number, unknown>(
  'a whole number ≥ 0',
  (u): u is number => Number.isSafeInteger(u) && (u as number) >= 0,
  (u, c) => (Number.isSafeInteger(u) && (u as number) >= 0 ? t.success(u as number) : t.failure(u, c)),
  t.identity,
)
const Values = t.record(t.string, FiniteNumber, 'a record of finite numbers')
const SpellCodec = t.intersection(
  [
    t.type({ id: Label, entry: Whole, exit: Whole, event: EventIndicator }),
    t.partial({ covariates: Values, changes: t.array(t.type({ from: Whole, values: Values }), 'a list of { from, values }') }),
  ],
  'a spell { id, entry, exit, event, covariates?, changes? }',
)
const Codec = t.array(SpellCodec, 'a list of spells')

/**
 * Expands spell data (one row per partner) into partner-period rows (one per period at risk), the
 * layout discrete-time hazard models are fitted on: period t runs from entry + 1 to exit, the event
 * is 1 only in the last period of a spell that ended in exit, and each row carries the covariates in
 * force in that period (time-varying ones from their `changes`).
 *
 * @param spells - the spells
 * @returns the rows, spell by spell and period by period, or a `DecodeError`/`InvalidProblem`
 *   (including a covariate named `id`, `period` or `event`), or `TooLarge` past {@link MAX_PERSON_PERIODS} rows
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { toPersonPeriod } from 'coalitions/defection'
 *
 * const rows = toPersonPeriod([
 *   { id: 'A', entry: 0, exit: 3, event: 1, covariates: { separate: 1, trend: 0 }, changes: [{ from: 3, values: { trend: 2 } }] },
 * ])
 * assert.deepStrictEqual(rows, E.right([
 *   { id: 'A', period: 1, event: 0, separate: 1, trend: 0 },
 *   { id: 'A', period: 2, event: 0, separate: 1, trend: 0 },
 *   { id: 'A', period: 3, event: 1, separate: 1, trend: 2 },
 * ]))
 * ```
 *
 * @see Singer & Willett, *Applied Longitudinal Data Analysis* (2003), §10.5.
 * @since 0.1.0
 * @category estimation
 */
export const toPersonPeriod = (spells: readonly Spell[]): E.Either<CoalitionError, PersonPeriod[]> =>
  E.flatMap((ss: t.TypeOf<typeof Codec>): E.Either<CoalitionError, PersonPeriod[]> => {
    let total = 0
    for (const [k, s] of ss.entries()) {
      if (s.exit <= s.entry) return E.left(coalitionError('InvalidProblem', `spells[${k}].exit: ${s.exit} must come after entry ${s.entry}`))
      const named = [s.covariates ?? {}, ...(s.changes ?? []).map((c) => c.values)]
      for (const [j, values] of named.entries())
        for (const name of RESERVED)
          if (Object.hasOwn(values, name)) {
            const where = j === 0 ? 'covariates' : `changes[${j - 1}].values`
            return E.left(coalitionError('InvalidProblem', `spells[${k}].${where}.${name}: "${name}" is a field of every row; give the covariate another name`))
          }
      total += s.exit - s.entry
    }
    if (total > MAX_PERSON_PERIODS)
      return E.left(
        coalitionError(
          'TooLarge',
          `spells: they expand to ${total.toLocaleString('en-US')} partner-periods, more than the ${MAX_PERSON_PERIODS.toLocaleString('en-US')} rows this function builds; count in coarser periods (weeks instead of days) or expand the spells in batches`,
        ),
      )
    const rows: PersonPeriod[] = []
    for (const s of ss) {
      const changes = [...(s.changes ?? [])].sort((a, b) => a.from - b.from)
      let current: Record<string, number> = { ...(s.covariates ?? {}) }
      let next = 0
      for (let period = s.entry + 1; period <= s.exit; period++) {
        while (next < changes.length && changes[next]!.from <= period) current = { ...current, ...changes[next++]!.values }
        rows.push({ id: s.id, period, event: period === s.exit ? s.event : 0, ...current } as PersonPeriod)
      }
    }
    return E.right(rows)
  })(decodeWith(Codec, 'spells')(spells))
