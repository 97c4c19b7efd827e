// The simulateCoalitionWar of release 0.2 (before the war kernel was shared with scenario), kept only
// for the benchmark to time old and new in one run. Not part of the library.
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../src/core/CoalitionError.js'
import { FiniteNumber, Label, NonNegative, SafeInt, decodeWith, thrownMessage, unknownKeys } from '../src/internal/decode.js'
import { makeRng } from '../src/internal/random.js'
import { baselineAt, hazardModel, inverseLink, linkOf, type HazardModel } from '../src/defection/HazardModel.js'

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
  /** The partners (the pivotal state is not one of them). */
  readonly partners: ReadonlyArray<{
    readonly name: string
    readonly front: 'common' | 'separate'
    readonly covariates?: Readonly<Record<string, number>>
  }>
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
 * One partner-day at risk in a simulated war.
 *
 * @since 0.1.0
 * @category simulation
 */
export interface PartnerDay {
  readonly run: number
  readonly partner: number
  readonly day: number
  readonly separateFront: number
  readonly worsening: number
  /** What the pivotal state paid that day to keep the partner. */
  readonly payment: number
  /** 1 if the partner left that day. */
  readonly exit: number
}

/**
 * The results of a simulation: tidy rows per run and per partner, and summaries.
 *
 * @since 0.1.0
 * @category simulation
 */
export interface SimulationResult {
  readonly runs: ReadonlyArray<{ readonly run: number; readonly exits: number; readonly paid: number; readonly finalPosition: number }>
  readonly partners: ReadonlyArray<{
    readonly run: number
    readonly partner: string
    readonly front: 'common' | 'separate'
    /** The day it left, or undefined if it stayed to the end. */
    readonly exitDay: number | undefined
    readonly daysPaid: number
    readonly paid: number
  }>
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

const wholeUpTo = (max: number) =>
  new t.Type<number, number, unknown>(
    `a whole number from 1 to ${max.toLocaleString('en-US')}`,
    (u): u is number => Number.isSafeInteger(u) && (u as number) >= 1 && (u as number) <= max,
    (u, c) => (Number.isSafeInteger(u) && (u as number) >= 1 && (u as number) <= max ? t.success(u as number) : t.failure(u, c)),
    t.identity,
  )
/** Upper bounds that keep the arrays in memory: a century of days, ten million wars. */
const Days = wholeUpTo(36_500)
const Runs = wholeUpTo(10_000_000)
// The battlefield's scale is the user's, but a walk of 36,500 steps must stay finite, and so must the
// worsening index, which divides by the volatility: drift and volatility within 1e±150 (or 0).
const SCALE = 1e150
const Drift = new t.Type<number, number, unknown>(
  `a finite number from −1e150 to 1e150`,
  (u): u is number => typeof u === 'number' && Math.abs(u) <= SCALE,
  (u, c) => (typeof u === 'number' && Math.abs(u) <= SCALE ? t.success(u) : t.failure(u, c)),
  t.identity,
)
const Volatility = new t.Type<number, number, unknown>(
  `0, or a number from 1e-150 to 1e150`,
  (u): u is number => typeof u === 'number' && (u === 0 || (u >= 1 / SCALE && u <= SCALE)),
  (u, c) => (typeof u === 'number' && (u === 0 || (u >= 1 / SCALE && u <= SCALE)) ? t.success(u) : t.failure(u, c)),
  t.identity,
)
const ConfigCodec = t.intersection(
  [
    t.type({
      days: Days,
      model: t.unknown,
      partners: t.array(
        t.intersection([
          t.type({ name: Label, front: t.keyof({ common: null, separate: null }, "'common' or 'separate'") }),
          t.partial({ covariates: t.record(t.string, FiniteNumber, 'a record of finite numbers') }),
        ]),
        'a list of partners',
      ),
    }),
    t.partial({
      battlefield: t.partial({ drift: Drift, volatility: Volatility, window: Days }),
      retention: t.type({ paymentCoefficient: FiniteNumber, targetHazard: FiniteNumber, valuePerDay: NonNegative }),
    }),
  ],
  'an object { days, model, partners, battlefield?, retention? }',
)
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
 * @param config - the war: horizon, hazard model, partners, battlefield and retention policy
 * @returns a function of `{ seed, runs, onProgress?, partnerDays? }` giving the results, or a `DecodeError`/`InvalidProblem`,
 *   or `TooLarge` past {@link MAX_SIMULATION_WORK} partner-days or {@link MAX_SIMULATION_ROWS} rows
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { simulateCoalitionWar } from 'coalitions/defection'
 *
 * const war = simulateCoalitionWar({
 *   days: 365,
 *   model: { link: 'cloglog', intercept: -7, coefficients: { separateFront: 1, worsening: 0.5 } },
 *   partners: [{ name: 'A', front: 'common' }, { name: 'B', front: 'separate' }],
 * })
 * const r = war({ seed: 1, runs: 500 })
 * assert.ok(E.isRight(r))
 * // Partners fighting on a separate front leave more often.
 * assert.ok(r.right.summary.exitShare.separate > r.right.summary.exitShare.common)
 * assert.deepStrictEqual(war({ seed: 1, runs: 500 }), r)
 * ```
 *
 * @see Weisiger, "Exiting the coalition: when do states abandon coalition partners during war?", *International Studies Quarterly* 60 (2016).
 * @since 0.1.0
 * @category simulation
 */
export const previousSimulateCoalitionWar =
  (config: WarConfig) =>
  (options: SimulationOptions): E.Either<CoalitionError, SimulationResult> => {
    const decoded = decodeWith(ConfigCodec, 'config')(config)
    if (E.isLeft(decoded)) return decoded
    const opts = decodeWith(OptionsCodec, 'options')(options)
    if (E.isLeft(opts)) return opts
    // A misspelt key would be dropped silently by the codecs (partnerdays: true gave no partner-days).
    const c = config as { readonly battlefield?: unknown; readonly retention?: unknown }
    const strays = [
      ...unknownKeys(config, ['days', 'model', 'partners', 'battlefield', 'retention'], 'config'),
      ...unknownKeys(c.battlefield, ['drift', 'volatility', 'window'], 'config.battlefield'),
      ...unknownKeys(c.retention, ['paymentCoefficient', 'targetHazard', 'valuePerDay'], 'config.retention'),
      ...unknownKeys(options, ['seed', 'runs', 'onProgress', 'partnerDays'], 'options'),
    ]
    if (strays.length > 0) return E.left(coalitionError('DecodeError', strays.join('\n')))
    const modelOrError = hazardModel(decoded.right.model)
    if (E.isLeft(modelOrError)) return E.left(coalitionError(modelOrError.left._tag, modelOrError.left.message.replace(/^(\w)/, 'config.model.$1')))
    const model = modelOrError.right
    const { days, partners, battlefield = {}, retention } = decoded.right
    if (partners.length === 0) return E.left(coalitionError('InvalidProblem', 'config.partners: expected at least one partner'))
    if (retention !== undefined && !(retention.targetHazard > 0 && retention.targetHazard < 1))
      return E.left(coalitionError('InvalidProblem', `config.retention.targetHazard: expected a hazard strictly between 0 and 1, got ${retention.targetHazard}`))
    const { seed, runs, partnerDays } = opts.right
    const work = runs * days * partners.length
    if (work > MAX_SIMULATION_WORK)
      return E.left(
        coalitionError(
          'TooLarge',
          `options.runs: ${runs.toLocaleString('en-US')} runs of ${days.toLocaleString('en-US')} days with ${partners.length} partners are ${work.toLocaleString('en-US')} partner-days, more than the ${MAX_SIMULATION_WORK.toLocaleString('en-US')} one call simulates; lower runs (at most ${Math.floor(MAX_SIMULATION_WORK / (days * partners.length)).toLocaleString('en-US')} here) and combine calls with different seeds`,
        ),
      )
    const rowsHeld = runs * partners.length + (partnerDays === true ? work : 0)
    if (rowsHeld > MAX_SIMULATION_ROWS)
      return E.left(
        coalitionError(
          'TooLarge',
          `options: the result would hold up to ${rowsHeld.toLocaleString('en-US')} rows (${partnerDays === true ? 'partner-days and ' : ''}one per partner per run), more than ${MAX_SIMULATION_ROWS.toLocaleString('en-US')}; ${partnerDays === true ? 'turn partnerDays off, or ' : ''}lower runs and combine calls with different seeds`,
        ),
      )
    const onProgress = options.onProgress
    const drift = battlefield.drift ?? 0
    const volatility = battlefield.volatility ?? 1
    const window = battlefield.window ?? 60

    // Each partner's constant part of the linear predictor; partners sharing it share daily hazards.
    const betaWorsening = model.coefficients['worsening'] ?? 0
    const constants: number[] = []
    for (const [i, p] of partners.entries()) {
      let c = model.intercept
      for (const [name, beta] of Object.entries(model.coefficients)) {
        if (name === 'worsening') continue
        const x = name === 'separateFront' ? (p.front === 'separate' ? 1 : 0) : p.covariates?.[name]
        if (x === undefined)
          return E.left(coalitionError('InvalidProblem', `config.partners[${i}].covariates.${name}: the model has a coefficient for it, but no value was given`))
        c += beta * x
      }
      if (!Number.isFinite(c)) return E.left(coalitionError('InvalidProblem', `config.partners[${i}]: its linear predictor is not finite`))
      constants.push(c)
    }
    const groupValues = [...new Set(constants)]
    const groupOf = Int32Array.from(constants, (c) => groupValues.indexOf(c))
    const G = groupValues.length
    const n = partners.length
    const separate = Uint8Array.from(partners, (p) => (p.front === 'separate' ? 1 : 0))
    const baseline = Float64Array.from({ length: days }, (_, k) => baselineAt(model.baseline, k + 1))
    const goal = retention === undefined ? 0 : linkOf(model.link, retention.targetHazard)

    const rng = makeRng(seed)
    const position = new Float64Array(days + 1)
    const threshold = new Float64Array(G)
    const payment = new Float64Array(G)
    const exitDay = new Int32Array(n)
    const paidBy = new Float64Array(n)
    const daysPaidBy = new Int32Array(n)
    const aliveCount = { all: new Float64Array(days), common: new Float64Array(days), separate: new Float64Array(days) }
    const runRows: Array<SimulationResult['runs'][number]> = []
    const partnerRows: Array<SimulationResult['partners'][number]> = []
    const dayRows: PartnerDay[] = []
    const step = Math.max(1, Math.floor(runs / 100))
    let exitsCommon = 0
    let exitsSeparate = 0

    for (let run = 0; run < runs; run++) {
      position[0] = 0
      exitDay.fill(0)
      paidBy.fill(0)
      daysPaidBy.fill(0)
      let alive = n
      let aliveSeparate = separate.reduce((s, x) => s + x, 0)
      for (let day = 1; day <= days; day++) {
        position[day] = position[day - 1]! + drift + volatility * rng.normal()
        const w = Math.min(window, day - 1)
        const worsening = w === 0 || volatility === 0 ? 0 : (position[day - 1 - w]! - position[day - 1]!) / (volatility * Math.sqrt(w))
        for (let g = 0; g < G; g++) {
          const eta = groupValues[g]! + baseline[day - 1]! + betaWorsening * worsening
          let h = inverseLink(model.link, eta)
          payment[g] = 0
          if (retention !== undefined && eta > goal && retention.paymentCoefficient < 0) {
            const s = (goal - eta) / retention.paymentCoefficient
            if (s <= retention.valuePerDay) {
              payment[g] = s
              h = retention.targetHazard
            }
          }
          // A partner leaves when its 32-bit draw falls below h·2^32.
          threshold[g] = h * 4294967296
        }
        for (let i = 0; i < n; i++) {
          if (exitDay[i] !== 0) continue
          const g = groupOf[i]!
          const leaves = rng.u32() < threshold[g]!
          if (payment[g]! > 0) {
            paidBy[i]! += payment[g]!
            daysPaidBy[i]!++
          }
          if (partnerDays === true)
            dayRows.push({ run, partner: i, day, separateFront: separate[i]!, worsening, payment: payment[g]!, exit: leaves ? 1 : 0 })
          if (leaves) {
            exitDay[i] = day
            alive--
            aliveSeparate -= separate[i]!
          }
        }
        aliveCount.all[day - 1]! += alive
        aliveCount.separate[day - 1]! += aliveSeparate
        aliveCount.common[day - 1]! += alive - aliveSeparate
      }
      let paid = 0
      for (let i = 0; i < n; i++) {
        paid += paidBy[i]!
        const left = exitDay[i]! > 0
        if (left) {
          if (separate[i] === 1) exitsSeparate++
          else exitsCommon++
        }
        partnerRows.push({ run, partner: partners[i]!.name, front: partners[i]!.front, exitDay: left ? exitDay[i]! : undefined, daysPaid: daysPaidBy[i]!, paid: paidBy[i]! })
      }
      runRows.push({ run, exits: n - alive, paid, finalPosition: position[days]! })
      if (onProgress !== undefined && ((run + 1) % step === 0 || run + 1 === runs)) {
        // The caller's callback must not make this function throw: its error ends the simulation as a Left.
        try {
          onProgress(run + 1, runs)
        } catch (e) {
          return E.left(coalitionError('InvalidProblem', `options.onProgress: the callback threw at run ${run + 1} of ${runs}: ${thrownMessage(e)}`))
        }
      }
    }
    const nSeparate = separate.reduce((s, x) => s + x, 0)
    const nCommon = n - nSeparate
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
