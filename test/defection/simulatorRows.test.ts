// Simulator output that joins (issue 15): partner-days carry the partner's name, its own covariates,
// its front and the battlefield that day; its spells go through toPersonPeriod as they are; and a fit
// of either recovers the coefficients the simulation used, a partner covariate included.
import { describe, expect, it } from 'vitest'
import { fitDiscreteHazard, simulateCoalitionWar, toPersonPeriod } from '../../src/defection/index.js'
import type { Partner } from '../../src/scenario/index.js'
import { right } from '../helpers.js'

const truth = { intercept: -6, separateFront: 0.7, worsening: 0.4, democracy: -0.5 }
const model = { link: 'cloglog' as const, intercept: truth.intercept, coefficients: { separateFront: truth.separateFront, worsening: truth.worsening, democracy: truth.democracy } }
const partners: Partner[] = Array.from({ length: 24 }, (_, i) => ({
  name: `P${i}`,
  front: i % 3 === 0 ? 'separate' : 'common',
  covariates: { democracy: i % 2 },
  troops: 100 * (i + 1), // read by other families, unread here
}))
const sim = right(simulateCoalitionWar({ seed: 15, runs: 80, partnerDays: true })({ days: 300, model, partners }))
const covariates = ['separateFront', 'worsening', 'democracy']

describe("the simulator's rows", () => {
  it('name partners as result.partners does and carry covariates, front, position and trend', () => {
    const days = sim.partnerDays!
    expect(new Set(days.map((d) => d.partner))).toEqual(new Set(partners.map((p) => p.name)))
    const first = days.find((d) => d.partner === 'P3' && d.day === 1)!
    expect(first).toMatchObject({ partner: 'P3', front: 'separate', separateFront: 1, democracy: 1, day: 1, position: 0, worsening: 0 })
    // Every partner-day of a run shares that day's battlefield.
    const byDay = new Map<string, number>()
    for (const d of days) {
      const key = `${d.run}/${d.day}`
      const w = byDay.get(key)
      if (w === undefined) byDay.set(key, d.worsening)
      else expect(d.worsening).toBe(w)
    }
    expect(sim.partners[0]).toMatchObject({ id: 'P0#0', partner: 'P0', entry: 0, front: 'separate', covariates: { democracy: 0, separateFront: 1 } })
  })

  it('spells through toPersonPeriod give back the partner-days, time-varying trend included', () => {
    const periods = right(toPersonPeriod(sim.partners))
    const days = sim.partnerDays!
    expect(periods.length).toBe(days.length)
    // Partner-days come day by day, person-periods spell by spell: match them by spell and period.
    const byKey = new Map(periods.map((p) => [`${p.id}@${p.period}`, p]))
    for (const d of days) {
      const p = byKey.get(`${d.partner}#${d.run}@${d.day}`)!
      expect([p.event, p['worsening'], p['separateFront'], p['democracy']]).toEqual([d.exit, d.worsening, d.separateFront, d['democracy']])
    }
  })

  it('a cloglog fit of the partner-days, and of the toPersonPeriod rows, recovers the simulated coefficients (within 4 standard errors)', () => {
    const opts = { event: 'exit', covariates, link: 'cloglog' as const }
    const fit = right(fitDiscreteHazard(opts)(sim.partnerDays!))
    for (const [k, beta] of Object.entries(truth)) expect(Math.abs(fit.coefficients[k]! - beta)).toBeLessThan(4 * fit.standardErrors[k]!)
    const viaPeriods = right(fitDiscreteHazard({ ...opts, event: 'event' })(right(toPersonPeriod(sim.partners))))
    for (const k of Object.keys(truth)) expect(Math.abs(viaPeriods.coefficients[k]! - fit.coefficients[k]!)).toBeLessThan(1e-8 * Math.max(1, Math.abs(fit.coefficients[k]!)))
  }, 60_000)

  it('refuses a covariate that would overwrite a partner-day column', () => {
    const r = simulateCoalitionWar({ seed: 1, runs: 1, partnerDays: true })({ days: 10, model, partners: [{ name: 'A', covariates: { democracy: 1, day: 3 } }] })
    expect(E_left(r)).toBe('config.partners[0].covariates.day: a partner-day row has its own "day" column; rename the covariate')
  })
})

const E_left = (r: { _tag: string; left?: { message: string } }) => (r._tag === 'Left' ? r.left!.message : 'Right')
