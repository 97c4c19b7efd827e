import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import {
  coalitionSurvival, hazard, hazardModel, holdUp, retentionPayment, retentionPaymentUtility, simulateCoalitionWar, survivalCurve,
  type HazardModel,
} from '../../src/defection/index.js'
import { right, spread } from '../helpers.js'

const model = (m: unknown): HazardModel => right(hazardModel(m))
const etaArb = spread(-12, 4)

describe('hazards and survival', () => {
  it('cloglog is grouped proportional hazards: a coefficient of ln 2 squares the survival (S₁ = S₀²) at every baseline', () => {
    fc.assert(
      fc.property(etaArb, fc.integer({ min: 1, max: 400 }), (intercept, t) => {
        const m = model({ link: 'cloglog', intercept, coefficients: { x: Math.log(2) }, baseline: { kind: 'logTime', slope: -0.3 } })
        const h0 = right(hazard(m)({ x: 0 }, t))
        const h1 = right(hazard(m)({ x: 1 }, t))
        expect(Math.abs(1 - h1 - (1 - h0) ** 2)).toBeLessThan(1e-14)
      }),
    )
  })
  it('law: hazards lie in [0, 1] for any coefficients, covariates and period', () => {
    fc.assert(
      fc.property(fc.constantFrom('cloglog', 'logit'), spread(-50, 50), spread(-1e3, 1e3), fc.integer({ min: 1, max: 10_000 }), (link, beta, x, t) => {
        const h = right(hazard(model({ link, intercept: -2, coefficients: { x: beta }, baseline: { kind: 'piecewise', from: [1, 30], shift: [0, -1] } }))({ x }, t))
        expect(h).toBeGreaterThanOrEqual(0)
        expect(h).toBeLessThanOrEqual(1)
      }),
    )
  })
  it('piecewise baselines shift the log hazard from their start period on', () => {
    const m = model({ link: 'logit', intercept: 0, coefficients: {}, baseline: { kind: 'piecewise', from: [1, 31], shift: [0, Math.log(1 / 3)] } })
    expect(right(hazard(m)({}, 30))).toBe(0.5)
    expect(right(hazard(m)({}, 31))).toBeCloseTo(0.25, 15)
  })
  it('a missing covariate is named', () => {
    const r = hazard(model({ link: 'logit', intercept: 0, coefficients: { worsening: 1 } }))({}, 1)
    expect(E.isLeft(r) && r.left.message).toBe('covariates.worsening: the model has a coefficient for it, but no value was given')
  })
  it('constant hazard h: S(t) = (1 − h)^t, restricted mean (1 − (1 − h)^T)/h, expected duration 1/h (geometric, by hand)', () => {
    const s = right(survivalCurve(Array(50).fill(0.05)))
    s.survival.forEach((x, k) => expect(Math.abs(x - 0.95 ** (k + 1))).toBeLessThan(1e-15))
    expect(Math.abs(s.restrictedMean - (1 - 0.95 ** 50) / 0.05)).toBeLessThan(1e-12)
    expect(Math.abs(s.expectedDuration! - 20)).toBeLessThan(1e-12)
    expect(s.median).toBe(14)
    // A partner whose hazard ends at 0 may never leave: the expectation is infinite, so undefined (it was Infinity inside a Right).
    expect(right(survivalCurve([0, 0])).expectedDuration).toBeUndefined()
    expect(right(survivalCurve([0.5, 5e-324])).expectedDuration).toBeUndefined()
    expect(right(survivalCurve([0.1, 0.2])).median).toBeUndefined()
  })
  it('law: survival is non-increasing and in [0, 1]; exit probabilities and the survivors add to 1', () => {
    fc.assert(
      fc.property(fc.array(spread(0, 1), { minLength: 1, maxLength: 100 }), (h) => {
        const s = right(survivalCurve(h))
        s.survival.forEach((x, k) => {
          expect(x).toBeGreaterThanOrEqual(0)
          expect(x).toBeLessThanOrEqual(k === 0 ? 1 : s.survival[k - 1]!)
        })
        expect(Math.abs(s.exitProbability.reduce((a, b) => a + b, 0) + s.survival[s.survival.length - 1]! - 1)).toBeLessThan(1e-12)
      }),
    )
  })
  it('law: a coalition survives no longer than its weakest partner; expected remaining falls over time', () => {
    fc.assert(
      fc.property(fc.array(fc.array(spread(0, 0.3), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (hs) => {
        const c = right(coalitionSurvival(hs))
        hs.forEach((h) => right(survivalCurve(h)).survival.forEach((s, k) => expect(c.noExit[k]!).toBeLessThanOrEqual(s + 1e-15)))
        c.expectedRemaining.forEach((r, k) => expect(r).toBeLessThanOrEqual((k === 0 ? hs.length : c.expectedRemaining[k - 1]!) + 1e-12))
      }),
    )
  })
})

describe('retention', () => {
  it('law: the retention payment never falls as the battlefield worsens, and a paid retention meets its target', () => {
    fc.assert(
      fc.property(fc.constantFrom('cloglog', 'logit'), etaArb, spread(0, 3), spread(-2, -0.01), spread(1e-4, 0.5), (link, eta, worse, beta, target) => {
        const base = right(retentionPayment({ link, linearPredictor: eta, paymentCoefficient: beta, targetHazard: target }))
        const worsened = right(retentionPayment({ link, linearPredictor: eta + worse, paymentCoefficient: beta, targetHazard: target }))
        expect(worsened).toBeGreaterThanOrEqual(base)
        const m = model({ link, intercept: eta + worse, coefficients: { payment: beta } })
        expect(right(hazard(m)({ payment: worsened }, 1))).toBeLessThanOrEqual(target * (1 + 1e-9))
      }),
    )
    const stuck = retentionPayment({ link: 'logit', linearPredictor: 0, paymentCoefficient: 0.1, targetHazard: 0.1 })
    expect(E.isLeft(stuck) && stuck.left._tag).toBe('NotDefined')
  })
  it('law: in utility form, s* = max(0, o − (πG − c)) never falls as the probability of victory falls', () => {
    fc.assert(
      fc.property(spread(0, 1), spread(0, 1), spread(0, 100), (p, q, o) => {
        const [lo, hi] = [Math.min(p, q), Math.max(p, q)]
        const s = (pi: number) => right(retentionPaymentUtility({ winProbability: pi, prize: 100, cost: 10, outsideOption: o }))
        expect(s(lo)).toBeGreaterThanOrEqual(s(hi))
        expect(s(hi)).toBeGreaterThanOrEqual(0)
      }),
    )
  })
  it('hold-up: pays demand + θ·surplus when keeping the partner is worth it, else lets it leave (South Africa 1951: $52,553 per jet, Henke 2019)', () => {
    const perJet = 58_000 - 5_447
    expect(perJet).toBe(52_553)
    const worth = right(holdUp({ demand: perJet, troops: 100, pivotalCostPerSoldier: 13_000, partnerCostPerSoldier: 5_000, legitimacy: 0, bargainingPower: 0.5 }))
    expect(worth).toEqual({ stays: true, payment: perJet + 0.5 * (800_000 - perJet), value: 800_000, surplus: 800_000 - perJet })
    const notWorth = right(holdUp({ demand: 20 * perJet, troops: 100, pivotalCostPerSoldier: 13_000, partnerCostPerSoldier: 5_000, legitimacy: 0, bargainingPower: 0.5 }))
    expect(notWorth.stays).toBe(false)
    expect(notWorth.payment).toBe(0)
  })
})

describe('simulation', () => {
  const partners = Array.from({ length: 6 }, (_, i) => ({ name: `P${i}`, front: i < 3 ? ('common' as const) : ('separate' as const) }))
  const config = {
    days: 120,
    model: { link: 'cloglog' as const, intercept: -6, coefficients: { separateFront: 1, worsening: 0.6 } },
    partners,
    retention: { paymentCoefficient: -0.5, targetHazard: 0.002, valuePerDay: 3 },
  }
  it('law: the same seed gives the same simulation; different seeds differ', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (seed) => {
        const a = right(simulateCoalitionWar({ seed, runs: 20 })(config))
        expect(right(simulateCoalitionWar({ seed, runs: 20 })(config))).toEqual(a)
        expect(right(simulateCoalitionWar({ seed: seed + 1, runs: 20 })(config)).runs).not.toEqual(a.runs)
      }),
      { numRuns: 20 },
    )
  })
  it('law: survival curves are non-increasing in [0, 1]; payments are never negative; progress reaches the total', () => {
    const seen: number[] = []
    const r = right(simulateCoalitionWar({ seed: 3, runs: 200, onProgress: (done, total) => seen.push(done / total) })(config))
    for (const curve of [r.survival.all, r.survival.common, r.survival.separate])
      curve.forEach((s, k) => {
        expect(s).toBeGreaterThanOrEqual(0)
        expect(s).toBeLessThanOrEqual(k === 0 ? 1 : curve[k - 1]!)
      })
    r.partners.forEach((p) => expect(p.paid).toBeGreaterThanOrEqual(0))
    expect(seen[seen.length - 1]).toBe(1)
    expect(r.summary.exitShare.separate).toBeGreaterThan(r.summary.exitShare.common)
  })
  it('matches the exact survival when the battlefield does not move (volatility 0): S(t) = (1 − h)^t', () => {
    const flat = { ...config, battlefield: { volatility: 0 }, retention: undefined as never }
    const { retention: _, ...noRetention } = flat
    const r = right(simulateCoalitionWar({ seed: 9, runs: 4000 })(noRetention))
    const h = 1 - Math.exp(-Math.exp(-6))
    const exact = (1 - h) ** 120
    // 12,000 common-front partner-wars: binomial standard error √(S(1 − S)/12000).
    expect(Math.abs(r.survival.common[119]! - exact)).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / 12_000))
  })
  it('bad config is a Left naming the field', () => {
    const r = simulateCoalitionWar({ seed: 1, runs: 1 })({ ...config, partners: [{ name: 'X', front: 'left' as 'common' }] })
    expect(E.isLeft(r) && r.left.message).toBe(`config.partners[0].front: expected 'common' or 'separate', got the string "left"`)
    const m = simulateCoalitionWar({ seed: 1, runs: 1 })({ ...config, model: { ...config.model, coefficients: { capability: 1 } } })
    expect(E.isLeft(m) && m.left.message).toBe('config.partners[0].covariates.capability: the model has a coefficient for it, but no value was given')
    const huge = simulateCoalitionWar({ seed: 1, runs: 1 })({ ...config, days: 1e15 })
    expect(E.isLeft(huge) && huge.left.message).toBe('config.days: expected a whole number from 1 to 36,500, got 1000000000000000')
  })
})
