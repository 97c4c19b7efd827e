// The scenario's laws (issue 15): the budget is never exceeded, the same seed gives the same rows,
// and with every partner joining for certain and no exits it reduces to the one plan recruit gives,
// checked against recruit on HiGHS (an independent solver) and against brute force over all plans.
import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { loadLpSolver } from '../../src/index.js'
import { recruit, type Candidate, type RecruitmentProblem } from '../../src/recruitment/index.js'
import { scenario, type Partner, type Scenario } from '../../src/scenario/index.js'
import { simulateCoalitionWar } from '../../src/defection/index.js'
import { candidateArb, problemArb } from '../fixtures/partners.js'
import { right } from '../helpers.js'

const lp = await loadLpSolver()

/** A plan's price from recruit's own answer for one candidate alone with an ample budget and no requirement: its payment. */
const terms = (p: RecruitmentProblem) => ({ pivotal: p.pivotal, requirements: p.requirements })

/**
 * The cheapest plan by brute force over every subset, written from recruit's documented program:
 * payments (each partner's price as recruit reports it) plus own troops at costPerSoldier, within the
 * budget, with the legitimacy requirement met and every critical candidate in.
 */
const bruteForce = (p: RecruitmentProblem, price: readonly number[]): number | undefined => {
  const n = p.candidates.length
  const cps = p.pivotal.costPerSoldier ?? 138_465
  let best: number | undefined
  for (let mask = 0; mask < 1 << n; mask++) {
    let pay = 0
    let troops = 0
    let legit = 0
    let ok = true
    for (let i = 0; i < n; i++) {
      const c = p.candidates[i]!
      if ((mask & (1 << i)) === 0) {
        if (c.critical === true) ok = false
        continue
      }
      pay += price[i]!
      troops += c.troops
      legit += c.legitimacy ?? 0
    }
    if (!ok || pay > p.pivotal.budget || legit < (p.requirements.legitimacy ?? 0)) continue
    const cost = pay + cps * Math.max(0, p.requirements.troops - troops)
    if (best === undefined || cost < best) best = cost
  }
  return best
}

/** Each candidate's price, read from recruit's plan for that candidate alone and critical, with an unlimited budget. */
const pricesOf = (p: RecruitmentProblem): number[] =>
  p.candidates.map((c) => right(recruit(lp)({ pivotal: { budget: 1e300, costPerSoldier: p.pivotal.costPerSoldier ?? 138_465 }, requirements: { troops: 0 }, candidates: [{ ...c, critical: true }] })).totalPayments)

describe('scenario: reduction to recruit', () => {
  it('with every partner joining and no exits, each run has the plan recruit (HiGHS) gives, and brute force agrees on its cost', () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        const s = right(scenario({ seed: 3, runs: 3 })({ partners: p.candidates, joining: 'all', recruitment: terms(p) }))
        const plan = recruit(lp)(p)
        const brute = bruteForce(p, pricesOf(p))
        for (const run of s.runs) {
          expect(run.willing).toBe(p.candidates.length)
          if (E.isLeft(plan)) {
            expect(plan.left._tag).toBe('Infeasible')
            expect(run.planned).toBe(0)
            expect(brute).toBeUndefined()
            continue
          }
          expect(run.planned).toBe(1)
          // Money is in whole millions and troops in whole soldiers here, so equal costs are equal exactly.
          expect(run.cost).toBe(plan.right.totalCost)
          expect(run.cost).toBe(brute)
          expect(run.payments).toBeLessThanOrEqual(p.pivotal.budget)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('the scenario plan is the recruit plan itself when the optimum is unique (continuous random costs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.nat(10_000), fc.nat(10_000), fc.nat(10_000)), { minLength: 8, maxLength: 8 }),
        fc.nat(10_000),
        fc.nat(10_000),
        (n, draws, b, t) => {
          // Evenly spread draws (fc.double crowds at the ends): costs 0.1–40M, troops 1–3,000, and every
          // price above 0 (own benefit below the cost), so that no two plans cost the same.
          const candidates: Candidate[] = draws.slice(0, n).map(([a, c, d], i) => {
            const deploymentCost = (c / 10_000) * 4e7 + 1e5
            return { name: `C${i}`, troops: 1 + Math.round((a / 10_000) * 3000), deploymentCost, ownBenefit: (d / 10_000) * 0.5 * deploymentCost }
          })
          const problem = { pivotal: { budget: (b / 10_000) * 1e8, costPerSoldier: 40_000 }, requirements: { troops: (t / 10_000) * 15_000 }, candidates }
          const plan = right(recruit(lp)(problem))
          const s = right(scenario({ seed: 1, runs: 1 })({ partners: candidates, joining: 'all', recruitment: terms(problem) }))
          const members = s.partners.filter((r) => r.recruited === 1).map((r) => r.partner)
          expect(members).toEqual(plan.members.map((m) => m.name))
          expect(Math.abs(s.runs[0]!.cost! - plan.totalCost)).toBeLessThanOrEqual(1e-9 * plan.totalCost)
          s.partners.forEach((r) => expect(r.payment).toBe(plan.members.find((m) => m.name === r.partner)?.payment ?? 0))
        },
      ),
      { numRuns: 150 },
    )
  })

  it("a burden step receives recruit's own plan (members, payments, legitimacy, costs) and the operation's cost", () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        const plan = recruit(lp)(p)
        if (E.isLeft(plan)) return
        const seen: unknown[] = []
        right(
          scenario({ seed: 1, runs: 1 })({
            partners: p.candidates,
            joining: 'all',
            recruitment: terms(p),
            burden: ({ members, plan: given, cost }) => (seen.push({ members: members.map((m) => m.name), given, cost }), E.right({})),
          }),
        )
        expect(seen.length).toBe(1)
        const { members, given, cost } = seen[0] as { members: string[]; given: typeof plan.right; cost: number }
        // Ties between equally cheap plans may be broken either way: compare whole plans when the member sets agree.
        expect(given.totalCost).toBe(plan.right.totalCost)
        if (members.join() === plan.right.members.map((m) => m.name).join()) expect(given).toEqual(plan.right)
        const deployed = given.ownTroops * (p.pivotal.costPerSoldier ?? 138_465) + members.reduce((s, name) => s + p.candidates.find((c) => c.name === name)!.deploymentCost, 0)
        expect(cost).toBe(deployed)
        expect(given.members.map((m) => m.name)).toEqual(members)
      }),
      { numRuns: 100 },
    )
  })

  it('a recruitment function built on recruit gives the same rows as recruitment terms', () => {
    fc.assert(
      fc.property(problemArb, fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 9, maxLength: 9 }), (p, q) => {
        const partners: Partner[] = p.candidates.map((c, i) => ({ ...c, joinProbability: q[i]! / 100 }))
        const viaTerms = right(scenario({ seed: 9, runs: 40 })({ partners, joining: 'given', recruitment: terms(p) }))
        const viaRecruit = right(
          scenario({ seed: 9, runs: 40 })({ partners, joining: 'given', recruitment: (willing) => recruit(lp)({ ...terms(p), candidates: willing as Candidate[] }) }),
        )
        expect(viaRecruit.runs.map((r) => [r.willing, r.planned, r.cost])).toEqual(viaTerms.runs.map((r) => [r.willing, r.planned, r.cost]))
      }),
      { numRuns: 60 },
    )
  })
})

// Partners for the statistical laws: whole-million money, distinct costs.
const partnersArb: fc.Arbitrary<Partner[]> = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.tuple(
    fc.tuple(...Array.from({ length: n }, (_, i) => candidateArb(i))),
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }),
    fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: n, maxLength: n }),
  ).map(([cs, q, gdp]) => cs.map((c, i) => ({ ...c, joinProbability: q[i]! / 100, gdp: gdp[i]!, front: i % 3 === 0 ? ('separate' as const) : ('common' as const) }))),
)

const war = { days: 60, model: { link: 'cloglog' as const, intercept: -5, coefficients: { separateFront: 0.7, worsening: 0.3 } }, retention: { paymentCoefficient: -1e-6, targetHazard: 0.005, valuePerDay: 3e5 } }

describe('scenario: laws in every run', () => {
  it('payments never exceed the budget; members are willing; shares add up to the operation cost; the same seed gives the same rows', () => {
    fc.assert(
      fc.property(partnersArb, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 20_000 }), fc.nat(1000), (partners, budget, troops, seed) => {
        const spec: Scenario = {
          partners,
          joining: 'given',
          recruitment: { pivotal: { budget: budget * 1e6, costPerSoldier: 50_000 }, requirements: { troops } },
          burden: { rule: 'proportional', by: 'gdp', pivotal: { name: 'US', gdp: 2000 } },
          exit: war,
        }
        const r = right(scenario({ seed, runs: 30 })(spec))
        expect(right(scenario({ seed, runs: 30 })(spec))).toEqual(r)
        const n = partners.length
        for (const run of r.runs) {
          expect(run.payments).toBeLessThanOrEqual(budget * 1e6)
          const rows = r.partners.slice(run.run * n, run.run * n + n)
          expect(rows.reduce((s, x) => s + x.payment, 0)).toBe(run.payments)
          rows.forEach((x) => {
            expect(x.recruited <= x.willing).toBe(true)
            if (x.recruited === 0) expect([x.payment, x.share, x.exitDay]).toEqual([0, 0, undefined])
          })
          expect(rows.reduce((s, x) => s + x.recruited, 0)).toBe(run.recruited)
          expect(rows.filter((x) => x.exitDay !== undefined).length).toBe(run.exits)
          if (run.planned === 1) {
            const members = rows.reduce((s, x) => s + x.share, 0)
            const pivotalShare = (run.operationCost! * 2000) / (2000 + rows.filter((x) => x.recruited === 1).reduce((s, x) => s + partners.find((p) => p.name === x.partner)!.gdp!, 0))
            expect(Math.abs(members + pivotalShare - run.operationCost!)).toBeLessThanOrEqual(1e-9 * run.operationCost! + 1e-9)
          }
        }
      }),
      { numRuns: 80 },
    )
  })

  it('a longer scenario begins with the runs of a shorter one', () => {
    const spec: Scenario = { partners: [{ name: 'A', troops: 10, deploymentCost: 5, ownBenefit: 0, joinProbability: 0.5 }], joining: 'given', recruitment: { pivotal: { budget: 10 }, requirements: { troops: 10 } }, exit: war }
    const short = right(scenario({ seed: 4, runs: 50 })(spec))
    const long = right(scenario({ seed: 4, runs: 200 })(spec))
    expect(long.runs.slice(0, 50)).toEqual(short.runs)
  })
})

describe('scenario: agreement with the families it chains', () => {
  it('willingness is drawn with each partner’s probability (within 5 standard errors over 20,000 runs)', () => {
    const partners = [0.05, 0.3, 0.5, 0.77, 0.99].map((q, i) => ({ name: `P${i}`, troops: 100, deploymentCost: 1, ownBenefit: 0, joinProbability: q }))
    const r = right(scenario({ seed: 2, runs: 20_000 })({ partners, joining: 'given', recruitment: { pivotal: { budget: 0 }, requirements: { troops: 0 } } }))
    partners.forEach((p) => {
      const se = Math.sqrt((p.joinProbability * (1 - p.joinProbability)) / 20_000)
      expect(Math.abs(r.summary.byPartner[p.name]!.pWilling - p.joinProbability)).toBeLessThanOrEqual(5 * se)
    })
  })

  it('P(no exit within T) matches (1 − h)^(m·T) for a constant hazard h and m members who all join', () => {
    const h = 0.002
    const partners = Array.from({ length: 4 }, (_, i) => ({ name: `P${i}`, troops: 1000, deploymentCost: 1e6, ownBenefit: 0 }))
    const model = { link: 'logit' as const, intercept: Math.log(h / (1 - h)), coefficients: {} }
    const r = right(scenario({ seed: 5, runs: 20_000, within: 50 })({ partners, joining: 'all', recruitment: { pivotal: { budget: 1e7, costPerSoldier: 1e5 }, requirements: { troops: 4000 } }, exit: { days: 100, model } }))
    const p = (1 - h) ** (4 * 50)
    expect(r.runs.every((x) => x.recruited === 4)).toBe(true)
    expect(Math.abs(r.summary.pNoExit! - p)).toBeLessThanOrEqual(5 * Math.sqrt((p * (1 - p)) / 20_000))
    // Each member leaves within the 100 days with probability 1 − (1 − h)^100.
    const q = 1 - (1 - h) ** 100
    expect(Math.abs(r.summary.expectedExits / 4 - q)).toBeLessThanOrEqual(5 * Math.sqrt((q * (1 - q)) / 80_000))
  })

  it('the war step is simulateCoalitionWar’s: with everyone recruited, its exit shares by front agree within sampling error', () => {
    const partners: Partner[] = Array.from({ length: 6 }, (_, i) => ({ name: `P${i}`, troops: 1000, deploymentCost: 1e6, ownBenefit: 0, front: i < 3 ? 'common' : 'separate' }))
    const s = right(scenario({ seed: 8, runs: 4000 })({ partners, joining: 'all', recruitment: { pivotal: { budget: 1e8, costPerSoldier: 1e5 }, requirements: { troops: 6000 } }, exit: war }))
    const w = right(simulateCoalitionWar({ seed: 8, runs: 4000 })({ ...war, partners }))
    const share = (front: string) => s.partners.filter((r) => partners.find((p) => p.name === r.partner)!.front === front && r.exitDay !== undefined).length / (3 * 4000)
    for (const front of ['common', 'separate'] as const) {
      const q = w.summary.exitShare[front]
      expect(Math.abs(share(front) - q)).toBeLessThanOrEqual(5 * Math.sqrt((2 * q * (1 - q)) / 12_000))
    }
    expect(Math.abs(s.summary.expectedRetentionPaid - w.summary.meanPaid)).toBeLessThanOrEqual(0.1 * w.summary.meanPaid)
  })
})
