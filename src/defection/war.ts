// The war simulation's kernel, shared by simulateCoalitionWar and scenario: a checked war (decoded
// once) and one run of it over any subset of its partners, drawn from a caller's random stream.
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { FiniteNumber, NonNegative, decodeWith, unknownKeys } from '../internal/decode.js'
import type { Rng } from '../internal/random.js'
import { decodePartners } from '../core/Partner.js'
import { baselineAt, hazardModel, inverseLink, linkOf, type HazardModel, type Link } from './HazardModel.js'
import type { simulateCoalitionWar } from './simulateCoalitionWar.js'

const wholeUpTo = (max: number) =>
  new t.Type<number, number, unknown>(
    `a whole number from 1 to ${max.toLocaleString('en-US')}`,
    (u): u is number => Number.isSafeInteger(u) && (u as number) >= 1 && (u as number) <= max,
    (u, c) => (Number.isSafeInteger(u) && (u as number) >= 1 && (u as number) <= max ? t.success(u as number) : t.failure(u, c)),
    t.identity,
  )
/** Upper bounds that keep the arrays in memory: a century of days, ten million wars. */
export const Days = wholeUpTo(36_500)
export const Runs = wholeUpTo(10_000_000)
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
const BattlefieldCodec = t.partial({ drift: Drift, volatility: Volatility, window: Days })
const RetentionCodec = t.type({ paymentCoefficient: FiniteNumber, targetHazard: FiniteNumber, valuePerDay: NonNegative })
const WarCodec = t.intersection(
  [t.type({ days: Days, model: t.unknown }), t.partial({ battlefield: BattlefieldCodec, retention: RetentionCodec })],
  'an object { days, model, battlefield?, retention? }',
)

/**
 * A war without its partners: the terms of {@link simulateCoalitionWar}'s config but `partners`, as a
 * scenario's exit step states them (the partners are each run's members).
 *
 * @since 0.3.0
 * @category simulation
 */
export interface WarTerms {
  readonly days: number
  readonly model: HazardModel
  readonly battlefield?: { readonly drift?: number; readonly volatility?: number; readonly window?: number }
  readonly retention?: { readonly paymentCoefficient: number; readonly targetHazard: number; readonly valuePerDay: number }
}

/** A checked war over a fixed list of partners. */
export interface PreparedWar {
  readonly days: number
  readonly n: number
  readonly names: readonly string[]
  readonly fronts: readonly ('common' | 'separate')[]
  readonly covariates: readonly Readonly<Record<string, number>>[]
  readonly separate: Uint8Array
  /** Each partner's group: partners with equal constant parts of the linear predictor share daily hazards. */
  readonly groupOf: Int32Array
  readonly groupValues: readonly number[]
  readonly baseline: Float64Array
  readonly link: Link
  readonly betaWorsening: number
  readonly drift: number
  readonly volatility: number
  readonly window: number
  readonly retention: WarTerms['retention']
  readonly goal: number
}



/**
 * Checks the war's terms (under `path`) and its partners (under `partnersPath`); the partners are
 * partner records, all checked, of which only name, front (default common) and covariates are read.
 */
export const prepareWar = (terms: unknown, partners: unknown, path: string, partnersPath: string): E.Either<CoalitionError, PreparedWar> => {
  const decoded = decodeWith(WarCodec, path)(terms)
  if (E.isLeft(decoded)) return decoded
  const listed = decodePartners(partners, partnersPath)
  if (E.isLeft(listed)) return listed
  const c = terms as { readonly battlefield?: unknown; readonly retention?: unknown }
  const strays = [
    ...unknownKeys(c.battlefield, ['drift', 'volatility', 'window'], `${path}.battlefield`),
    ...unknownKeys(c.retention, ['paymentCoefficient', 'targetHazard', 'valuePerDay'], `${path}.retention`),
  ]
  if (strays.length > 0) return E.left(coalitionError('DecodeError', strays.join('\n')))
  const modelOrError = hazardModel(decoded.right.model)
  if (E.isLeft(modelOrError)) return E.left(coalitionError(modelOrError.left._tag, modelOrError.left.message.replace(/^(\w)/, `${path}.model.$1`)))
  const model = modelOrError.right
  const { days, battlefield = {}, retention } = decoded.right
  const list = listed.right
  if (list.length === 0) return E.left(coalitionError('InvalidProblem', `${partnersPath}: expected at least one partner`))
  if (retention !== undefined && !(retention.targetHazard > 0 && retention.targetHazard < 1))
    return E.left(coalitionError('InvalidProblem', `${path}.retention.targetHazard: expected a hazard strictly between 0 and 1, got ${retention.targetHazard}`))
  // Each partner's constant part of the linear predictor; partners sharing it share daily hazards.
  const constants: number[] = []
  for (const [i, p] of list.entries()) {
    let k = model.intercept
    for (const [name, beta] of Object.entries(model.coefficients)) {
      if (name === 'worsening') continue
      const x = name === 'separateFront' ? (p.front === 'separate' ? 1 : 0) : p.covariates?.[name]
      if (x === undefined)
        return E.left(coalitionError('InvalidProblem', `${partnersPath}[${i}].covariates.${name}: the model has a coefficient for it, but no value was given`))
      k += beta * x
    }
    if (!Number.isFinite(k)) return E.left(coalitionError('InvalidProblem', `${partnersPath}[${i}]: its linear predictor is not finite`))
    constants.push(k)
  }
  const groupValues = [...new Set(constants)]
  return E.right({
    days,
    n: list.length,
    names: list.map((p) => p.name),
    fronts: list.map((p) => p.front ?? 'common'),
    covariates: list.map((p) => Object.freeze({ ...(p.covariates ?? {}) })),
    separate: Uint8Array.from(list, (p) => (p.front === 'separate' ? 1 : 0)),
    groupOf: Int32Array.from(constants, (k) => groupValues.indexOf(k)),
    groupValues,
    baseline: Float64Array.from({ length: days }, (_, k) => baselineAt(model.baseline, k + 1)),
    link: model.link,
    betaWorsening: model.coefficients['worsening'] ?? 0,
    drift: battlefield.drift ?? 0,
    volatility: battlefield.volatility ?? 1,
    window: battlefield.window ?? 60,
    retention,
    goal: retention === undefined ? 0 : linkOf(model.link, retention.targetHazard),
  })
}

/** What one run leaves behind, in arrays reused from run to run. */
export interface WarState {
  /** The battlefield position after each day (index 0 is the start). */
  readonly position: Float64Array
  /** The worsening index in force on each day 1..days (index day − 1). */
  readonly worsening: Float64Array
  /** Per partner: the day it left (0: stayed to the end, or not in the war). */
  readonly exitDay: Int32Array
  readonly paid: Float64Array
  readonly daysPaid: Int32Array
}

export const warState = (war: PreparedWar): WarState => ({
  position: new Float64Array(war.days + 1),
  worsening: new Float64Array(war.days),
  exitDay: new Int32Array(war.n),
  paid: new Float64Array(war.n),
  daysPaid: new Int32Array(war.n),
})

/** Called for every partner-day at risk (member index, day, the payment made that day, whether it left). */
export type DayVisitor = (partner: number, day: number, payment: number, leaves: boolean) => void

/**
 * One war fought by `members` (partner indices, in increasing order), drawn from `rng`: the
 * battlefield moves one normal step a day, then each member still in draws once against its hazard.
 * Returns the number of exits; per-partner outcomes are left in `state`.
 */
export const runWar = (war: PreparedWar, members: ArrayLike<number>, rng: Rng, state: WarState, visit?: DayVisitor): number => {
  const { days, groupOf, groupValues, baseline, link, betaWorsening, drift, volatility, window, retention, goal } = war
  const G = groupValues.length
  const threshold = new Float64Array(G)
  const payment = new Float64Array(G)
  const { position, worsening: trend, exitDay, paid, daysPaid } = state
  position[0] = 0
  exitDay.fill(0)
  paid.fill(0)
  daysPaid.fill(0)
  const m = members.length
  let alive = m
  for (let day = 1; day <= days; day++) {
    position[day] = position[day - 1]! + drift + volatility * rng.normal()
    const w = Math.min(window, day - 1)
    const worsening = w === 0 || volatility === 0 ? 0 : (position[day - 1 - w]! - position[day - 1]!) / (volatility * Math.sqrt(w))
    trend[day - 1] = worsening
    if (alive === 0) continue
    for (let g = 0; g < G; g++) {
      const eta = groupValues[g]! + baseline[day - 1]! + betaWorsening * worsening
      let h = inverseLink(link, eta)
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
    for (let k = 0; k < m; k++) {
      const i = members[k]!
      if (exitDay[i] !== 0) continue
      const g = groupOf[i]!
      const leaves = rng.u32() < threshold[g]!
      if (payment[g]! > 0) {
        paid[i]! += payment[g]!
        daysPaid[i]!++
      }
      if (visit !== undefined) visit(i, day, payment[g]!, leaves)
      if (leaves) {
        exitDay[i] = day
        alive--
      }
    }
  }
  return m - alive
}
