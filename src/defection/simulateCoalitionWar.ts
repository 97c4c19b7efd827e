import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import type { Partner } from '../core/Partner.js'
import { SafeInt, decodeWith, swappedCall, thrownMessage, unknownKeys } from '../internal/decode.js'
import { makeRng } from '../internal/random.js'
import type { HazardModel } from './HazardModel.js'
import { Runs, prepareWar, runWar, warState } from './war.js'

/**
 * A coalition war to simulate. The hazard model's covariates may include `separateFront` (1 for a
 * partner on a separate front, else 0), `worsening` (the battlefield's standardized deterioration,
 * set by the simulator each day) and any constant covariates given per partner.
 *
 * @since 0.1.0
 * @category simulation
 */
export interface WarConfig {
  /** Length of the war in days (the horizon), 1 to 36,500. */
  readonly days: number
  /** The daily exit hazard without payments, e.g. `{ link: 'cloglog', intercept, coefficients: { separateFront, worsening } }`. */
  readonly model: HazardModel
  /**
   * The partners (the pivotal state is not one of them), as {@link Partner} records: the simulation
   * reads `name`, `front` (default `'common'`) and `covariates`, and checks but does not read the other fields of a
   * partner record, so one list of partners serves every family.
   */
  readonly partners: ReadonlyArray<Partner>
  /**
   * The battlefield position B follows a random walk B_t = B_{t−1} + drift + volatility·ε_t. On day
   * t, `worsening` = (B_{t−1−w} − B_{t−1}) / (volatility·√w) over the last w = min(window, t − 1) days:
   * positive when the war goes badly. Defaults: drift 0, volatility 1, window 60. Drift within ±1e150,
   * volatility 0 or within 1e-150 to 1e150, so that the walk and the index stay finite.
   */
  readonly battlefield?: { readonly drift?: number; readonly volatility?: number; readonly window?: number }
  /**
   * The pivotal state's retention policy: payments enter the hazard's linear predictor as
   * `paymentCoefficient` × amount (negative: payment lowers the hazard). Each day, for a partner above
   * `targetHazard`, it computes the payment that brings it down to the target and pays it when that
   * costs at most `valuePerDay`, the daily value of keeping the partner; otherwise it lets the risk run.
   */
  readonly retention?: { readonly paymentCoefficient: number; readonly targetHazard: number; readonly valuePerDay: number }
}

/**
 * Options of a simulation.
 *
 * @since 0.1.0
 * @category simulation
 */
export interface SimulationOptions {
  /** Seed of the random stream: the same seed and config give the same result. */
  readonly seed: number
  /** Number of wars to simulate, 1 to 10,000,000. */
  readonly runs: number
  /** Called after every 1% of the runs (and at the end) with the runs done and the total. */
  readonly onProgress?: (done: number, total: number) => void
  /** Also return one row per partner-day at risk (for fitting hazard models to simulated data). */
  readonly partnerDays?: boolean
}

/**
 * One partner-day at risk in a simulated war, with everything a hazard fit needs: the partner's name,
 * its front, its own covariates (one column each), and the battlefield that day.
 *
 * @since 0.1.0
 * @category simulation
 */
export type PartnerDay = {
  readonly run: number
  /** The partner's name. */
  readonly partner: string
  readonly day: number
  readonly front: 'common' | 'separate'
  /** 1 on a separate front, else 0. */
  readonly separateFront: number
  /** The battlefield trend in force that day (the simulator's `worsening` covariate). */
  readonly worsening: number
  /** The battlefield position at the start of the day. */
  readonly position: number
  /** What the pivotal state paid that day to keep the partner. */
  readonly payment: number
  /** 1 if the partner left that day. */
  readonly exit: 0 | 1
} & Readonly<Record<string, number | string>>

/**
 * One partner's spell in one simulated war, in the layout {@link toPersonPeriod} reads: `id`, `entry`
 * (0), `exit` (the day it left, or the last day), `event` and `covariates` (its own, plus
 * `separateFront`). With `partnerDays: true` it also carries `changes`, the battlefield trend day by
 * day, so that `toPersonPeriod` rebuilds the partner-days with their time-varying `worsening`.
 *
 * @since 0.3.0
 * @category simulation
 */
export interface SimulatedSpell {
  readonly run: number
  readonly partner: string
  readonly front: 'common' | 'separate'
  /** The day it left, or undefined if it stayed to the end. */
  readonly exitDay: number | undefined
  readonly daysPaid: number
  readonly paid: number
  /** `partner#run`: unique over the result. */
  readonly id: string
  readonly entry: 0
  readonly exit: number
  readonly event: 0 | 1
  readonly covariates: Readonly<Record<string, number>>
  readonly changes?: ReadonlyArray<{ readonly from: number; readonly values: { readonly worsening: number } }>
}

/**
 * The results of a simulation: tidy rows per run and per partner, and summaries.
 *
 * @since 0.1.0
 * @category simulation
 */
export interface SimulationResult {
  readonly runs: ReadonlyArray<{ readonly run: number; readonly exits: number; readonly paid: number; readonly finalPosition: number }>
  /** One spell per partner per run, keyed by partner name. */
  readonly partners: ReadonlyArray<SimulatedSpell>
  /** Fraction of partners still in after each day, pooled over runs: all, and by front. */
  readonly survival: { readonly all: number[]; readonly common: number[]; readonly separate: number[] }
  readonly summary: {
    readonly meanExits: number
    readonly meanPaid: number
    /** Fraction of partners on each kind of front that left before the end. */
    readonly exitShare: { readonly common: number; readonly separate: number }
  }
  readonly partnerDays?: PartnerDay[]
}

const OptionsCodec = t.intersection(
  [t.type({ seed: SafeInt, runs: Runs }), t.partial({ onProgress: t.Function, partnerDays: t.boolean })],
  'an object { seed, runs, onProgress?, partnerDays? }',
)

/**
 * The most partner-days {@link simulateCoalitionWar} simulates in one call (runs × days × partners),
 * about ten seconds on a 2-core server; more is `TooLarge`, before any war is drawn.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_SIMULATION_WORK } from 'coalitions/defection'
 *
 * assert.equal(MAX_SIMULATION_WORK, 1e9)
 * ```
 *
 * @see Weisiger, "Exiting the coalition: when do states abandon coalition partners during war?", *International Studies Quarterly* 60 (2016): the wars simulated.
 * @since 0.2.0
 * @category simulation
 */
export const MAX_SIMULATION_WORK = 1e9

/**
 * The most rows a {@link simulateCoalitionWar} result holds: the per-partner rows (runs × partners)
 * and, with `partnerDays: true`, at most runs × days × partners partner-day rows. Each row is an
 * object, so five million take about a gigabyte; more is `TooLarge`.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_SIMULATION_ROWS } from 'coalitions/defection'
 *
 * assert.equal(MAX_SIMULATION_ROWS, 5_000_000)
 * ```
 *
 * @see Weisiger, "Exiting the coalition: when do states abandon coalition partners during war?", *International Studies Quarterly* 60 (2016).
 * @since 0.2.0
 * @category simulation
 */
export const MAX_SIMULATION_ROWS = 5_000_000

/**
 * Simulates wars fought by a coalition: each day the battlefield moves, every partner still in faces
 * its exit hazard given its front and the battlefield trend, and the pivotal state may pay to keep
 * partners whose hazard has risen. Pure: the same config, seed and runs give the same result, and a
 * longer simulation begins with the runs of a shorter one.
 *
 * Per-day hazards are computed once per group of partners sharing covariates, and each partner-day
 * costs one 32-bit random draw: 10,000 wars of 20 partners over 365 days take well under 2 s.
 *
 * The options come first and the war last (`simulateCoalitionWar(options)(config)`), so one seed
 * and number of runs, checked once, simulate many wars: `pipe(config, simulateCoalitionWar({ seed, runs }))`.
 *
 * @param options - `{ seed, runs, onProgress?, partnerDays? }`
 * @returns a function of the war (horizon, hazard model, partners, battlefield and retention policy)
 *   giving the results, or a `DecodeError`/`InvalidProblem`, or `TooLarge` past
 *   {@link MAX_SIMULATION_WORK} partner-days or {@link MAX_SIMULATION_ROWS} rows
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { simulateCoalitionWar } from 'coalitions/defection'
 *
 * const war = {
 *   days: 365,
 *   model: { link: 'cloglog', intercept: -7, coefficients: { separateFront: 1, worsening: 0.5 } },
 *   partners: [{ name: 'A', front: 'common' }, { name: 'B', front: 'separate' }],
 * } as const
 * const r = simulateCoalitionWar({ seed: 1, runs: 500 })(war)
 * assert.ok(E.isRight(r))
 * // Partners fighting on a separate front leave more often.
 * assert.ok(r.right.summary.exitShare.separate > r.right.summary.exitShare.common)
 * assert.deepStrictEqual(simulateCoalitionWar({ seed: 1, runs: 500 })(war), r)
 * ```
 *
 * @see Weisiger, "Exiting the coalition: when do states abandon coalition partners during war?", *International Studies Quarterly* 60 (2016).
 * @since 0.1.0
 * @category simulation
 */
export const simulateCoalitionWar = (options: SimulationOptions): ((config: WarConfig) => E.Either<CoalitionError, SimulationResult>) => {
  // The options are checked once, when the simulation is set up. A misspelt key would be dropped
  // silently by the codecs (partnerdays: true gave no partner-days).
  const swapped = swappedCall(options, ['days', 'model', 'partners'], 'a war', 'simulateCoalitionWar({ seed, runs })(config)')
  const optionStrays = swapped !== undefined ? [swapped] : unknownKeys(options, ['seed', 'runs', 'onProgress', 'partnerDays'], 'options')
  const opts = optionStrays.length > 0 ? E.left(coalitionError('DecodeError', optionStrays.join('\n'))) : decodeWith(OptionsCodec, 'options')(options)
  return (config) => {
    if (E.isLeft(opts)) return opts
    const shape = decodeWith(t.type({ partners: t.unknown }, 'an object { days, model, partners, battlefield?, retention? }'), 'config')(config)
    if (E.isLeft(shape)) return shape
    const prepared = prepareWar(config, shape.right.partners, 'config', 'config.partners')
    if (E.isLeft(prepared)) return prepared
    const strays = unknownKeys(config, ['days', 'model', 'partners', 'battlefield', 'retention'], 'config')
    if (strays.length > 0) return E.left(coalitionError('DecodeError', strays.join('\n')))
    const war = prepared.right
    const { days, n, names, fronts, separate, covariates } = war
    const { seed, runs, partnerDays } = opts.right
    const work = runs * days * n
    if (work > MAX_SIMULATION_WORK)
      return E.left(
        coalitionError(
          'TooLarge',
          `options.runs: ${runs.toLocaleString('en-US')} runs of ${days.toLocaleString('en-US')} days with ${n} partners are ${work.toLocaleString('en-US')} partner-days, more than the ${MAX_SIMULATION_WORK.toLocaleString('en-US')} one call simulates; lower runs (at most ${Math.floor(MAX_SIMULATION_WORK / (days * n)).toLocaleString('en-US')} here) and combine calls with different seeds`,
        ),
      )
    // With partner-days, each spell also carries the day-by-day trend: at most as many entries again.
    const rowsHeld = runs * n + (partnerDays === true ? 2 * work : 0)
    if (rowsHeld > MAX_SIMULATION_ROWS)
      return E.left(
        coalitionError(
          'TooLarge',
          `options: the result would hold up to ${rowsHeld.toLocaleString('en-US')} rows (${partnerDays === true ? 'partner-days, their spells\' daily trend and ' : ''}one per partner per run), more than ${MAX_SIMULATION_ROWS.toLocaleString('en-US')}; ${partnerDays === true ? 'turn partnerDays off, or ' : ''}lower runs and combine calls with different seeds`,
        ),
      )
    if (partnerDays === true)
      for (const [i, values] of covariates.entries())
        for (const name of Object.keys(values))
          if (DAY_FIELDS.includes(name))
            return E.left(coalitionError('InvalidProblem', `config.partners[${i}].covariates.${name}: a partner-day row has its own "${name}" column; rename the covariate`))
    const onProgress = options.onProgress
    const rng = makeRng(seed)
    const state = warState(war)
    const everyone = Int32Array.from({ length: n }, (_, i) => i)
    const aliveCount = { all: new Float64Array(days), common: new Float64Array(days), separate: new Float64Array(days) }
    const leftOn = { all: new Int32Array(days), common: new Int32Array(days), separate: new Int32Array(days) }
    const runRows: Array<SimulationResult['runs'][number]> = []
    const partnerRows: SimulatedSpell[] = []
    const dayRows: PartnerDay[] = []
    const step = Math.max(1, Math.floor(runs / 100))
    const nSeparate = separate.reduce((s, x) => s + x, 0)
    const nCommon = n - nSeparate
    let exitsCommon = 0
    let exitsSeparate = 0
    let run = 0
    const visit =
      partnerDays === true
        ? (i: number, day: number, payment: number, leaves: boolean) => {
            dayRows.push({
              ...covariates[i],
              run,
              partner: names[i]!,
              day,
              front: fronts[i]!,
              separateFront: separate[i]!,
              worsening: state.worsening[day - 1]!,
              position: state.position[day - 1]!,
              payment,
              exit: leaves ? 1 : 0,
            })
          }
        : undefined

    for (run = 0; run < runs; run++) {
      runWar(war, everyone, rng, state, visit)
      const { exitDay, paid: paidBy, daysPaid } = state
      let paid = 0
      let exits = 0
      const trend = partnerDays === true ? state.worsening : undefined
      for (let i = 0; i < n; i++) {
        paid += paidBy[i]!
        const left = exitDay[i]! > 0
        const last = left ? exitDay[i]! : days
        if (left) {
          exits++
          if (separate[i] === 1) exitsSeparate++
          else exitsCommon++
        }
        if (left) {
          leftOn.all[last - 1]! += 1
          ;(separate[i] === 1 ? leftOn.separate : leftOn.common)[last - 1]! += 1
        }
        partnerRows.push({
          run,
          partner: names[i]!,
          front: fronts[i]!,
          exitDay: left ? exitDay[i]! : undefined,
          daysPaid: daysPaid[i]!,
          paid: paidBy[i]!,
          id: `${names[i]!}#${run}`,
          entry: 0,
          exit: last,
          event: left ? 1 : 0,
          covariates: { ...covariates[i], separateFront: separate[i]! },
          ...(trend === undefined ? {} : { changes: Array.from({ length: last }, (_, d) => ({ from: d + 1, values: { worsening: trend[d]! } })) }),
        })
      }
      // Still in after day d: those who had not left by then (one pass over the days, not over partner-days).
      let gone = 0
      let goneCommon = 0
      let goneSeparate = 0
      for (let d = 0; d < days; d++) {
        gone += leftOn.all[d]!
        goneCommon += leftOn.common[d]!
        goneSeparate += leftOn.separate[d]!
        aliveCount.all[d]! += n - gone
        aliveCount.common[d]! += nCommon - goneCommon
        aliveCount.separate[d]! += nSeparate - goneSeparate
      }
      leftOn.all.fill(0)
      leftOn.common.fill(0)
      leftOn.separate.fill(0)
      runRows.push({ run, exits, paid, finalPosition: state.position[days]! })
      if (onProgress !== undefined && ((run + 1) % step === 0 || run + 1 === runs)) {
        // The caller's callback must not make this function throw: its error ends the simulation as a Left.
        try {
          onProgress(run + 1, runs)
        } catch (e) {
          return E.left(coalitionError('InvalidProblem', `options.onProgress: the callback threw at run ${run + 1} of ${runs}: ${thrownMessage(e)}`))
        }
      }
    }
    const share = (count: Float64Array, size: number) => Array.from(count, (c) => (size === 0 ? 0 : c / (size * runs)))
    return E.right({
      runs: runRows,
      partners: partnerRows,
      survival: { all: share(aliveCount.all, n), common: share(aliveCount.common, nCommon), separate: share(aliveCount.separate, nSeparate) },
      summary: {
        meanExits: runRows.reduce((s, r) => s + r.exits, 0) / runs,
        meanPaid: runRows.reduce((s, r) => s + r.paid, 0) / runs,
        exitShare: { common: nCommon === 0 ? 0 : exitsCommon / (nCommon * runs), separate: nSeparate === 0 ? 0 : exitsSeparate / (nSeparate * runs) },
      },
      ...(partnerDays === true ? { partnerDays: dayRows } : {}),
    })
  }
}

// The columns of a partner-day row that a covariate may not share a name with.
const DAY_FIELDS = ['run', 'partner', 'day', 'front', 'separateFront', 'worsening', 'position', 'payment', 'exit']
