import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { fitDiscreteHazard, kaplanMeier, logRank, simulateCoalitionWar, toPersonPeriod } from '../../src/defection/index.js'
import { makeRng } from '../../src/internal/random.js'
import { right, spread } from '../helpers.js'

const csv = readFileSync(new URL('../fixtures/hazard.csv', import.meta.url), 'utf8').trim().split('\n')
const header = csv[0]!.split(',')
const rows = csv.slice(1).map((line) => Object.fromEntries(line.split(',').map((v, k) => [header[k]!, Number(v)])))
const covariates = ['separate', 'worsening', 'capability', 'democracy', 'logday']
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-12, Math.abs(b))

// Expected values: `Rscript test/fixtures/hazard.R` (R 4.2.2, glm with epsilon 1e-14) on test/fixtures/hazard.csv.
const R = {
  cloglog: {
    coef: [-3.7082694191370758, 1.1212553219562182, 0.31182173763290133, -0.29120756362526407, 0.21019732104697605, -0.045711376316420894],
    se: [0.43770225387467449, 0.15907969145527917, 0.074365951841716793, 0.13839039507893178, 0.15142963853947522, 0.078110040915766649],
    logLik: -756.3277234802631,
  },
  logit: {
    coef: [-3.6932750567351298, 1.1408007633502915, 0.31858587421256873, -0.29704716370180184, 0.21294811418382514, -0.046304629607320805],
    se: [0.44786756374787168, 0.16167923530992168, 0.07639545627362225, 0.14098599069317172, 0.15478611082254709, 0.080089204807518827],
    logLik: -756.35883453463816,
  },
} as const

describe('fitDiscreteHazard agrees with R glm (binomial family, same link) to 1e-6', () => {
  for (const link of ['cloglog', 'logit'] as const)
  it(`${link}: coefficients, standard errors and log-likelihood`, () => {
    const fit = right(fitDiscreteHazard({ event: 'exit', covariates, link })(rows))
    ;['intercept', ...covariates].forEach((name, k) => {
      expect(rel(fit.coefficients[name]!, R[link].coef[k]!)).toBeLessThan(1e-6)
      expect(rel(fit.standardErrors[name]!, R[link].se[k]!)).toBeLessThan(1e-6)
    })
    expect(rel(fit.logLik, R[link].logLik)).toBeLessThan(1e-9)
    expect(fit.n).toBe(6000)
  })
  it('clear Lefts: missing and non-numeric covariates, collinearity, separation, bad options', () => {
    const msg = (r: E.Either<{ message: string }, unknown>) => (E.isLeft(r) ? r.left.message : 'Right')
    expect(msg(fitDiscreteHazard({ event: 'exit', covariates: ['x'], link: 'logit' })([{ exit: 0, x: 1 }, { exit: 1 }]))).toBe(
      'rows[1].x: expected a finite number, got nothing (missing)',
    )
    expect(msg(fitDiscreteHazard({ event: 'exit', covariates: ['x'], link: 'logit' })([{ exit: 0, x: '3' }]))).toBe('rows[0].x: expected a finite number, got the string "3"')
    expect(msg(fitDiscreteHazard({ event: 'exit', covariates: ['x'], link: 'logit' })([{ exit: 2, x: 1 }]))).toBe('rows[0].exit: expected 0 or 1 (or false or true), got 2')
    const collinear = rows.slice(0, 500).map((r) => ({ ...r, twice: 2 * r['separate']! }))
    expect(msg(fitDiscreteHazard({ event: 'exit', covariates: ['separate', 'twice'], link: 'cloglog' })(collinear))).toBe(
      'options.covariates: "twice" is (almost) a linear combination of "intercept", "separate"; drop it or recode',
    )
    const separated = Array.from({ length: 40 }, (_, i) => ({ exit: i < 20 ? 0 : 1, x: i }))
    expect(msg(fitDiscreteHazard({ event: 'exit', covariates: ['x'], link: 'logit' })(separated))).toMatch(/^separation: fitted probabilities reach 0 or 1/)
    expect(msg(fitDiscreteHazard({ event: 'exit', covariates: ['x'], link: 'probit' as 'logit' })(rows))).toBe(
      `options.link: expected 'cloglog' or 'logit', got the string "probit"`,
    )
  })
  it('law: on large simulated data the estimates recover the true coefficients (within 4 standard errors)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), spread(-0.5, 1), (seed, beta) => {
        const rng = makeRng(seed)
        const data = Array.from({ length: 20_000 }, () => {
          const x = rng.normal()
          const h = 1 - Math.exp(-Math.exp(-3 + beta * x))
          return { exit: rng.next() < h ? 1 : 0, x }
        })
        const fit = right(fitDiscreteHazard({ event: 'exit', covariates: ['x'], link: 'cloglog' })(data))
        expect(Math.abs(fit.coefficients['x']! - beta)).toBeLessThan(4 * fit.standardErrors['x']!)
        expect(Math.abs(fit.coefficients['intercept']! + 3)).toBeLessThan(4 * fit.standardErrors['intercept']!)
      }),
      { numRuns: 8 },
    )
  })
})

describe('Kaplan–Meier and log-rank agree with R survival', () => {
  const dur = [3, 5, 7, 9, 12, 2, 3, 4, 4, 6, 8, 8, 10, 15, 1, 2, 2, 5, 6, 11]
  const ev = [1, 0, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1] as (0 | 1)[]
  const grp = [...Array(5).fill('common'), ...Array(5).fill('separate'), ...Array(5).fill('common'), ...Array(5).fill('separate')] as string[]
  it('kaplanMeier = summary(survfit(Surv(dur, ev) ~ 1)) (R 4.2.2, survival 3.4)', () => {
    const km = right(kaplanMeier({ durations: dur, events: ev }))
    expect(km.time).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10, 11])
    expect(km.atRisk).toEqual([20, 19, 16, 14, 12, 10, 8, 7, 4, 3])
    expect(km.events).toEqual([1, 2, 2, 1, 1, 2, 1, 1, 1, 1])
    const surv = [0.95, 0.85, 0.74375, 0.690625, 0.63307291666666665, 0.50645833333333334, 0.44315104166666669, 0.37984374999999998, 0.28488281249999997, 0.18992187499999996]
    const se = [0.048733971724044818, 0.079843597113356549, 0.099095026205910069, 0.10529847365791918, 0.11114417495451646, 0.11965967894789938, 0.12028878256533536, 0.11859950072862628, 0.12114132500107613, 0.11195552708173348]
    km.survival.forEach((s, k) => expect(rel(s, surv[k]!)).toBeLessThan(1e-14))
    km.standardError.forEach((s, k) => expect(rel(s, se[k]!)).toBeLessThan(1e-13))
  })
  it('logRank = survdiff(Surv(dur, ev) ~ grp): observed 5/8, expected 8.359/4.641, χ² 4.2387, p 0.0395', () => {
    const t = right(logRank({ durations: dur, events: ev, groups: grp }))
    expect(t.observed).toEqual([5, 8])
    expect(rel(t.expected[0], 8.359273182957395)).toBeLessThan(1e-14)
    expect(rel(t.chiSquare, 4.2387272678042001)).toBeLessThan(1e-13)
    expect(rel(t.pValue, 0.039511776497895654)).toBeLessThan(1e-12)
  })
  it('law: Kaplan–Meier survival is non-increasing and in [0, 1], standard errors finite', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom(0, 1) as fc.Arbitrary<0 | 1>), { minLength: 1, maxLength: 60 }), (obs) => {
        const km = right(kaplanMeier({ durations: obs.map((o) => o[0]), events: obs.map((o) => o[1]) }))
        km.survival.forEach((s, k) => {
          expect(s).toBeGreaterThanOrEqual(0)
          expect(s).toBeLessThanOrEqual(k === 0 ? 1 : km.survival[k - 1]!)
          expect(Number.isNaN(km.standardError[k]!)).toBe(false)
        })
      }),
    )
  })
})

describe('person-period expansion', () => {
  it('expands spells, with time-varying covariates and censoring, and feeds the fit', () => {
    const pp = right(
      toPersonPeriod([
        { id: 'UK', entry: 0, exit: 2, event: 0, covariates: { separate: 0 } },
        { id: 'FR', entry: 1, exit: 4, event: 1, covariates: { separate: 1, trend: 0 }, changes: [{ from: 4, values: { trend: 1 } }] },
      ]),
    )
    expect(pp.map((r) => [r.id, r.period, r.event])).toEqual([['UK', 1, 0], ['UK', 2, 0], ['FR', 2, 0], ['FR', 3, 0], ['FR', 4, 1]])
    expect(pp[4]!['trend']).toBe(1)
    const bad = toPersonPeriod([{ id: 'X', entry: 3, exit: 3, event: 1 }])
    expect(E.isLeft(bad) && bad.left.message).toBe('spells[0].exit: 3 must come after entry 3')
  })
})

describe('selection: retention payments hide the battlefield effect', () => {
  it("a hazard fitted on observed exits understates the true effect of a worsening war when the pivotal state pays to stop exits (the symposium's footnote 1)", () => {
    const model = { link: 'cloglog' as const, intercept: -5.5, coefficients: { separateFront: 0.8, worsening: 0.8 } }
    const partners = Array.from({ length: 10 }, (_, i) => ({ name: `P${i}`, front: i % 2 === 0 ? ('common' as const) : ('separate' as const) }))
    const fitOf = (retention?: { paymentCoefficient: number; targetHazard: number; valuePerDay: number }) => {
      const sim = right(simulateCoalitionWar({ seed: 11, runs: 150, partnerDays: true })({ days: 200, model, partners, ...(retention ? { retention } : {}) }))
      return right(fitDiscreteHazard({ event: 'exit', covariates: ['separateFront', 'worsening'], link: 'cloglog' })(sim.partnerDays!))
    }
    const unpaid = fitOf()
    const paid = fitOf({ paymentCoefficient: -1, targetHazard: Math.exp(-5.5), valuePerDay: 2 })
    // Without payments the fit recovers the truth; with them the estimated effect shrinks well below it.
    expect(Math.abs(unpaid.coefficients['worsening']! - 0.8)).toBeLessThan(4 * unpaid.standardErrors['worsening']!)
    expect(paid.coefficients['worsening']!).toBeLessThan(0.8 - 4 * paid.standardErrors['worsening']!)
  })
})
