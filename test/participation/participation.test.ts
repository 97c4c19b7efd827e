import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import {
  PARTICIPATION_FACTORS,
  allocatePayments,
  coalitionSizeDistribution,
  fitLogit,
  joinProbability,
  requirementProbability,
  type PayableCandidate,
} from '../../src/participation/index.js'
import { right, spread } from '../helpers.js'

const msg = (r: E.Either<{ message: string }, unknown>): string => (E.isLeft(r) ? r.left.message : 'Right')
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-300, Math.abs(b))
const logistic = (x: number) => 1 / (1 + Math.exp(-x))

/** Every subset of n independent joiners, enumerated: the definition of the distributions, written out. */
const enumerate = (p: readonly number[], weight: (i: number) => number, accept: (total: number, size: number) => boolean): number => {
  let sum = 0
  for (let mask = 0; mask < 1 << p.length; mask++) {
    let pr = 1
    let total = 0
    let size = 0
    p.forEach((q, i) => {
      if (mask & (1 << i)) (pr *= q), (total += weight(i)), size++
      else pr *= 1 - q
    })
    if (accept(total, size)) sum += pr
  }
  return sum
}

const csv = readFileSync(new URL('../fixtures/participation.csv', import.meta.url), 'utf8').trim().split('\n')
const header = csv[0]!.split(',')
const rows = csv.slice(1).map((line) => Object.fromEntries(line.split(',').map((v, k) => [header[k]!, Number(v)])))
const covariates = ['unAuthorization', 'domesticIntervention', 'allianceTies', 'capability', 'sharedThreat']

// Expected values: `Rscript test/fixtures/participation.R` (R 4.2.2:
// glm(joined ~ ..., family = binomial, control = glm.control(epsilon = 1e-14))) on test/fixtures/participation.csv.
const R = {
  coef: [-0.42927469812374386, 0.99542265033838362, -0.70448582721142472, 0.84819597742688124, 0.39255040546471126, 0.073828018416627311],
  se: [0.18748202990448026, 0.19689537450012151, 0.20950828789107787, 0.2075186236784235, 0.098785788294770457, 0.20647962006934256],
  logLik: -305.10581690806742,
}

describe('fitLogit agrees with R glm(family = binomial)', () => {
  it('coefficients and standard errors to 1e-9, log-likelihood to 1e-12', () => {
    const fit = right(fitLogit({ outcome: 'joined', covariates })(rows))
    ;['intercept', ...covariates].forEach((name, k) => {
      expect(rel(fit.coefficients[name]!, R.coef[k]!)).toBeLessThan(1e-9)
      expect(rel(fit.standardErrors[name]!, R.se[k]!)).toBeLessThan(1e-9)
    })
    expect(rel(fit.logLik, R.logLik)).toBeLessThan(1e-12)
    expect(fit.n).toBe(500)
    // The fitted model feeds joinProbability directly and reproduces the fitted values.
    const p = joinProbability(fit.model)
    const row = rows[0]!
    const eta = R.coef[0]! + covariates.reduce((s, c, k) => s + R.coef[k + 1]! * row[c]!, 0)
    expect(rel(right(p(row)), logistic(eta))).toBeLessThan(1e-9)
  })
  it('the fitted signs agree with the signs the sources report (the data were drawn that way)', () => {
    const fit = right(fitLogit({ outcome: 'joined', covariates })(rows))
    for (const c of covariates) expect(Math.sign(fit.coefficients[c]!)).toBe(PARTICIPATION_FACTORS.find((f) => f.name === c)!.sign)
  })
  it('clear Lefts: bad outcome, missing values, repeated covariates, separation, too few rows', () => {
    expect(msg(fitLogit({ outcome: 'joined', covariates: ['x'] })([{ joined: 'yes', x: 1 }]))).toBe('rows[0].joined: expected 0 or 1 (or false or true), got the string "yes"')
    expect(msg(fitLogit({ outcome: 'joined', covariates: ['x'] })([{ joined: 1 }]))).toBe('rows[0].x: expected a finite number, got nothing (missing)')
    expect(msg(fitLogit({ outcome: 'joined', covariates: ['capability', 'capability'] })(rows))).toBe(
      'options.covariates[1]: "capability" is repeated, or is the outcome or "intercept"',
    )
    expect(msg(fitLogit({ outcome: 'joined', covariates })(rows.map((r) => ({ ...r, joined: 1 }))))).toBe(
      'rows: every joined is 1, so the join probability is not identified (separation by the intercept)',
    )
    const separated = Array.from({ length: 30 }, (_, i) => ({ joined: i < 15 ? 0 : 1, un: i }))
    expect(msg(fitLogit({ outcome: 'joined', covariates: ['un'] })(separated))).toMatch(/^separation: fitted probabilities reach 0 or 1/)
    expect(msg(fitLogit({ outcome: 'joined', covariates })(rows.slice(0, 3)))).toBe('rows: 3 rows cannot identify 6 coefficients')
    expect(msg(fitLogit({ covariates } as never)(rows))).toBe('options.outcome: expected a non-empty string, got nothing')
  })
})

describe('joinProbability', () => {
  const model = { intercept: -1, coefficients: { unAuthorization: 1.2, domesticIntervention: -0.8, capability: 0.3 } }
  it('is the logistic of the linear predictor, and ignores keys the model does not use', () => {
    const p = right(joinProbability(model)({ unAuthorization: 1, domesticIntervention: 1, capability: 2, name: 'Ruritania' }))
    expect(rel(p, logistic(-1 + 1.2 - 0.8 + 0.6))).toBeLessThan(1e-15)
  })
  it('law: in [0, 1], and moves with each covariate in the direction of its coefficient', () => {
    fc.assert(
      fc.property(
        spread(-50, 50),
        spread(-5, 5),
        spread(-5, 5),
        spread(0, 3),
        (intercept, beta, x, dx) => {
          const p = joinProbability({ intercept, coefficients: { x: beta } })
          const a = right(p({ x }))
          const b = right(p({ x: x + dx }))
          expect(a).toBeGreaterThanOrEqual(0)
          expect(a).toBeLessThanOrEqual(1)
          if (beta > 0) expect(b).toBeGreaterThanOrEqual(a)
          if (beta < 0) expect(b).toBeLessThanOrEqual(a)
        },
      ),
      { numRuns: 500 },
    )
  })
  it('clear Lefts: a missing covariate is an error, never a silent 0; a bad model fails every call; overflow is not NaN', () => {
    expect(msg(joinProbability(model)({ unAuthorization: 1, capability: 0 }))).toBe('covariates.domesticIntervention: expected a finite number, got nothing')
    expect(msg(joinProbability({ intercept: Number.NaN, coefficients: {} })({}))).toBe('model.intercept: expected a finite number, got NaN')
    expect(msg(joinProbability({ intercept: 0, coefficients: { a: 1e308, b: -1e308 } })({ a: 10, b: 10 }))).toMatch(/linear predictor overflows/)
    expect(right(joinProbability({ intercept: 0, coefficients: { a: 1e308 } })({ a: 10 }))).toBe(1)
  })
  it('PARTICIPATION_FACTORS lists the eight factors of the issue with signs only, frozen', () => {
    expect(PARTICIPATION_FACTORS.map((f) => f.name)).toEqual([
      'unAuthorization', 'domesticIntervention', 'allianceTies', 'homeRegion', 'sharedThreat', 'igoSponsorship', 'statusSeeking', 'capability',
    ])
    expect(Object.isFrozen(PARTICIPATION_FACTORS) && PARTICIPATION_FACTORS.every(Object.isFrozen)).toBe(true)
    expect(PARTICIPATION_FACTORS.filter((f) => f.sign < 0).map((f) => f.name)).toEqual(['domesticIntervention'])
  })
})

const probs = (max: number) => fc.array(fc.oneof(spread(0, 1), fc.constantFrom(0, 1, 0.5)), { minLength: 1, maxLength: max })

describe('coalitionSizeDistribution', () => {
  it('law: equals the enumeration of all 2ⁿ outcomes (n ≤ 12) to 1e-14', () => {
    fc.assert(
      fc.property(probs(12), (p) => {
        const d = right(coalitionSizeDistribution(p))
        expect(d.pmf).toHaveLength(p.length + 1)
        d.pmf.forEach((x, k) => expect(Math.abs(x - enumerate(p, () => 1, (_, s) => s === k))).toBeLessThan(1e-14))
        d.atLeast.forEach((x, k) => expect(Math.abs(x - enumerate(p, () => 1, (_, s) => s >= k))).toBeLessThan(1e-14))
      }),
      { numRuns: 300 },
    )
  })
  it('law: a distribution (non-negative, sums to 1), tails non-increasing from 1, mean Σp and variance Σp(1−p) match the pmf', () => {
    fc.assert(
      fc.property(probs(200), (p) => {
        const d = right(coalitionSizeDistribution(p))
        expect(d.pmf.every((x) => x >= 0 && x <= 1)).toBe(true)
        expect(Math.abs(d.pmf.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12)
        expect(d.atLeast[0]).toBe(1)
        for (let k = 1; k < d.atLeast.length; k++) expect(d.atLeast[k]!).toBeLessThanOrEqual(d.atLeast[k - 1]!)
        const m = d.pmf.reduce((s, x, k) => s + k * x, 0)
        const v = d.pmf.reduce((s, x, k) => s + (k - m) ** 2 * x, 0)
        expect(Math.abs(d.mean - m)).toBeLessThan(1e-9 * (1 + m))
        expect(Math.abs(d.variance - v)).toBeLessThan(1e-9 * (1 + v))
      }),
      { numRuns: 200 },
    )
  })
  it('law: raising one candidate’s probability raises P(size ≥ k) for every k (first-order dominance)', () => {
    fc.assert(
      fc.property(probs(30), fc.nat(), spread(0, 1), (p, j, u) => {
        if (p.length === 0) return
        const i = j % p.length
        const q = p.slice()
        q[i] = p[i]! + u * (1 - p[i]!)
        const a = right(coalitionSizeDistribution(p)).atLeast
        const b = right(coalitionSizeDistribution(q)).atLeast
        a.forEach((x, k) => expect(b[k]!).toBeGreaterThanOrEqual(x - 1e-14))
      }),
      { numRuns: 300 },
    )
  })
  it('equal probabilities give the binomial distribution, with relative accuracy deep in the tail', () => {
    // Binomial(60, 0.01): pmf[k] = C(60, k) 0.01^k 0.99^(60−k), computed here from its closed form.
    const n = 60
    const d = right(coalitionSizeDistribution(new Array(n).fill(0.01)))
    let choose = 1
    for (let k = 0; k <= n; k++) {
      if (k > 0) choose = (choose * (n - k + 1)) / k
      const exact = Math.exp(Math.log(choose) + k * Math.log(0.01) + (n - k) * Math.log(0.99))
      expect(rel(d.pmf[k]!, exact)).toBeLessThan(1e-11)
    }
    expect(rel(d.pmf[n]!, 1e-120)).toBeLessThan(1e-12) // P(all 60 join) = 0.01⁶⁰
    expect(rel(d.atLeast[n]!, 1e-120)).toBeLessThan(1e-12)
  })
  it('edge cases and clear Lefts', () => {
    // One rule for empty inputs: a model needs at least one member (it was a Right, while an empty claims problem was a Left).
    expect(msg(coalitionSizeDistribution([]))).toBe('probabilities: the model needs at least one candidate, got an empty list')
    expect(right(coalitionSizeDistribution([1, 1, 0])).pmf).toEqual([0, 0, 1, 0])
    expect(msg(coalitionSizeDistribution([0.5, 1.5, Number.NaN]))).toBe(
      'probabilities[1]: expected a probability in [0, 1], got 1.5\nprobabilities[2]: expected a probability in [0, 1], got NaN',
    )
    expect(msg(coalitionSizeDistribution('0.5' as never))).toBe('probabilities: expected a list of probabilities in [0, 1], got the string "0.5"')
    expect(E.isLeft(coalitionSizeDistribution(new Array(20_001).fill(0.5))) && msg(coalitionSizeDistribution(new Array(20_001).fill(0.5)))).toMatch(/^probabilities: 20001 candidates; at most 20000/)
  })
})

describe('requirementProbability', () => {
  it('law: P(troops ≥ T) equals the enumeration of all 2ⁿ outcomes (n ≤ 10)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ probability: spread(0, 1), troops: fc.integer({ min: 0, max: 3000 }) }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 12_000 }),
        (candidates, T) => {
          const expected = enumerate(candidates.map((c) => c.probability), (i) => candidates[i]!.troops, (total) => total >= T)
          expect(Math.abs(right(requirementProbability({ candidates, requirement: { troops: T } })) - expected)).toBeLessThan(1e-14)
        },
      ),
      { numRuns: 300 },
    )
  })
  it('law: with troop numbers up to a billion (a few distinct totals, not a grid), P(troops ≥ T) equals the enumeration', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ probability: fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000), troops: fc.integer({ min: 0, max: 1e9 }) }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 4e9 }),
        (candidates, T) => {
          const expected = enumerate(candidates.map((c) => c.probability), (i) => candidates[i]!.troops, (total) => total >= T)
          expect(Math.abs(right(requirementProbability({ candidates, requirement: { troops: T } })) - expected)).toBeLessThan(1e-14)
        },
      ),
      { numRuns: 300 },
    )
  })
  it('law: troops in a common unit (multiples of 7, 100 or 1,000) give the enumeration too, with the requirement between multiples', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(7, 100, 1000),
        fc.array(fc.record({ probability: fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000), brigades: fc.integer({ min: 0, max: 30 }) }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 200_000 }),
        (unit, brigades, T) => {
          const candidates = brigades.map((b) => ({ probability: b.probability, troops: b.brigades * unit }))
          const expected = enumerate(candidates.map((c) => c.probability), (i) => candidates[i]!.troops, (total) => total >= T)
          expect(Math.abs(right(requirementProbability({ candidates, requirement: { troops: T } })) - expected)).toBeLessThan(1e-14)
        },
      ),
      { numRuns: 300 },
    )
  })
  it('a partner of 390 million troops, or three of them with odd numbers, in milliseconds and no grid (one candidate allocated 3.1 GB)', () => {
    const start = performance.now()
    expect(right(requirementProbability({ candidates: [{ probability: 0.3, troops: 390_000_000 }], requirement: { troops: 390_000_000 } }))).toBe(0.3)
    const three = [{ probability: 0.5, troops: 390_000_001 }, { probability: 0.5, troops: 200_000_003 }, { probability: 0.5, troops: 190_000_007 }]
    // Met when the first joins (it alone suffices) or the other two both do (390,000,010 together).
    expect(right(requirementProbability({ candidates: three, requirement: { troops: 390_000_000 } }))).toBe(0.5 + 0.5 * 0.25)
    expect(performance.now() - start).toBeLessThan(1000)
  })
  it('law: a size requirement gives the size distribution’s tail', () => {
    fc.assert(
      fc.property(probs(40), fc.nat({ max: 45 }), (p, k) => {
        const got = right(requirementProbability({ candidates: p.map((probability) => ({ probability })), requirement: { size: k } }))
        const tail = right(coalitionSizeDistribution(p)).atLeast[k] ?? 0
        expect(Math.abs(got - tail)).toBeLessThan(1e-14)
      }),
      { numRuns: 200 },
    )
  })
  it('clear Lefts: troops must be given and whole for a troop requirement; a grid too fine is TooLarge', () => {
    // A size requirement over a very large field is TooLarge too, not a minute-long loop.
    expect(msg(requirementProbability({ candidates: Array.from({ length: 30_000 }, () => ({ probability: 0.5 })), requirement: { size: 15_000 } }))).toMatch(/^requirement: 30000 candidates × a requirement of 15000 is too fine a grid/)
    expect(msg(requirementProbability({ candidates: [{ probability: 0.5 }], requirement: { troops: 10 } }))).toBe(
      "candidates[0].troops: a troop requirement needs every candidate's troops",
    )
    expect(msg(requirementProbability({ candidates: [{ probability: 0.5, troops: 2.5 }], requirement: { troops: 1 } }))).toBe(
      'candidates[0].troops: a troop requirement counts whole soldiers, got 2.5',
    )
    expect(msg(requirementProbability({ candidates: [{ probability: 2 }], requirement: { size: 1 } }))).toBe(
      'candidates[0].probability: expected a probability in [0, 1], got 2',
    )
    // Troops in round numbers count in their common unit: 100 brigades of 100,000 against 5,000,000 is
    // P(Bin(100, ½) ≥ 50) = Σ_{k≥50} C(100, k) / 2^100 (exact in Python's fractions), not a grid of 5e8 cells.
    const big = Array.from({ length: 100 }, () => ({ probability: 0.5, troops: 100_000 }))
    expect(Math.abs(right(requirementProbability({ candidates: big, requirement: { troops: 5_000_000 } })) - 0.5397946186935894)).toBeLessThan(1e-15)
    const odd = big.map((c, i) => ({ ...c, troops: 100_001 + i }))
    expect(msg(requirementProbability({ candidates: odd, requirement: { troops: 5_000_000 } }))).toBe(
      'requirement: 100 candidates × a requirement of 5000000 is too fine a grid (at most 400,000,000 cells); count troops in hundreds or companies instead',
    )
    const forty = Array.from({ length: 40 }, (_, i) => ({ probability: 0.5, troops: 10_000_001 + i }))
    expect(msg(requirementProbability({ candidates: forty, requirement: { troops: 200_000_000 } }))).toBe(
      'requirement: 40 candidates × a requirement of 200000000 is too fine a grid (at most 10,000,000 troop totals in memory); count troops in hundreds or companies instead',
    )
    // In hundreds it is fine, and a requirement beyond what all offer has probability 0.
    const hundreds = big.slice(0, 10).map((c) => ({ ...c, troops: 1000 }))
    expect(right(requirementProbability({ candidates: hundreds, requirement: { troops: 5000 } }))).toBeCloseTo(0.623046875, 15) // P(Bin(10, ½) ≥ 5) = 638/1024
    expect(right(requirementProbability({ candidates: hundreds, requirement: { troops: 10_001 } }))).toBe(0)
  })
})

const payableArb = (i: number): fc.Arbitrary<PayableCandidate> =>
  fc.record(
    {
      probability: fc.oneof(spread(0, 1), fc.constantFrom(0, 1)),
      paymentEffect: fc.oneof(fc.constant(0), spread(0, 1e-6)),
      troops: fc.integer({ min: 0, max: 3000 }),
      maxPayment: fc.option(fc.integer({ min: 0, max: 20 }).map((x) => x * 1e6), { nil: undefined }),
    },
    { requiredKeys: ['probability', 'paymentEffect', 'troops'] },
  ).map((c) => ({ name: `C${i}`, ...c }) as PayableCandidate)

const allocationArb = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    budget: fc.oneof(fc.integer({ min: 0, max: 50 }).map((x) => x * 1e6), spread(0, 1e8)),
    requirement: fc.oneof(fc.record({ size: fc.integer({ min: 0, max: n }) }), fc.record({ troops: fc.integer({ min: 0, max: 3000 }) })),
    candidates: fc.tuple(...Array.from({ length: n }, (_, i) => payableArb(i))),
    steps: fc.integer({ min: 1, max: 60 }),
  }),
)

// Small problems where single greedy steps often fall short: a unit budget, effects up to 4 on the logit scale.
const localArb = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc.record({
    budget: fc.constant(1),
    requirement: fc.oneof(fc.record({ size: fc.integer({ min: 1, max: n }) }), fc.record({ troops: fc.integer({ min: 1, max: 10 }) })),
    candidates: fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        // Spread evenly (fc.double crowds its draws at the ends, where greedy steps are rarely wrong).
        fc.record({ name: fc.constant(`C${i}`), probability: fc.integer({ min: 2, max: 95 }).map((x) => x / 100), paymentEffect: fc.integer({ min: 0, max: 400 }).map((x) => x / 100), troops: fc.integer({ min: 1, max: 5 }) }),
      ),
    ),
    steps: fc.integer({ min: 2, max: 12 }),
  }),
)

describe('allocatePayments', () => {
  it('law: never over budget (in total or to one partner), never over a cap, every probability as the logit says and never below its baseline', () => {
    fc.assert(
      fc.property(allocationArb, (problem) => {
        const before = structuredClone(problem)
        const r = allocatePayments(problem)
        expect(problem).toEqual(before)
        const offered = problem.candidates.reduce((s, c) => s + c.troops!, 0)
        if ('troops' in problem.requirement && problem.requirement.troops > offered) {
          expect(msg(r)).toMatch(/^requirement.troops: \d+ troops wanted but the candidates together offer/)
          return
        }
        const plan = right(r)
        expect(plan.totalPayments).toBeLessThanOrEqual(problem.budget)
        expect(plan.members.reduce((s, m) => s + m.payment, 0)).toBe(plan.totalPayments)
        plan.members.forEach((m, i) => {
          const c = problem.candidates[i]!
          expect(m.name).toBe(c.name)
          expect(m.payment).toBeGreaterThanOrEqual(0)
          expect(m.payment).toBeLessThanOrEqual(Math.min(problem.budget, c.maxPayment ?? Infinity))
          expect(m.baseline).toBe(c.probability)
          expect(m.probability).toBeGreaterThanOrEqual(c.probability)
          if (m.payment > 0) expect(rel(m.probability, logistic(Math.log(c.probability / (1 - c.probability)) + c.paymentEffect * m.payment))).toBeLessThan(1e-9)
          else expect(m.probability).toBe(c.probability)
        })
        const recomputed = right(requirementProbability({ candidates: plan.members.map((m, i) => ({ probability: m.probability, troops: problem.candidates[i]!.troops! })), requirement: problem.requirement }))
        expect(Math.abs(plan.probability - recomputed)).toBeLessThan(1e-14)
        expect(plan.probability).toBeGreaterThanOrEqual(plan.baselineProbability - 1e-14)
        expect(plan.probability).toBeLessThanOrEqual(1)
      }),
      { numRuns: 400 },
    )
  })
  it('law: when every candidate is needed, the greedy plan is the best plan on the grid (log-concave, separable objective)', () => {
    // P(all join) = Π σ(aᵢ + bᵢxᵢ); log σ is concave, so single best steps reach the optimum of the grid. Checked by exhaustive search.
    fc.assert(
      fc.property(
        fc.array(fc.record({ probability: spread(0.01, 0.99), paymentEffect: spread(0, 2) }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 8 }),
        (cs, steps) => {
          const candidates = cs.map((c, i) => ({ name: `C${i}`, ...c }))
          const plan = right(allocatePayments({ budget: 1, requirement: { size: candidates.length }, candidates, steps }))
          let best = 0
          const search = (i: number, left: number, value: number): void => {
            if (i === candidates.length) return void (best = Math.max(best, value))
            for (let k = 0; k <= left; k++) {
              const c = candidates[i]!
              const p = k === 0 ? c.probability : logistic(Math.log(c.probability / (1 - c.probability)) + (c.paymentEffect * k) / steps)
              search(i + 1, left - k, value * p)
            }
          }
          search(0, steps, 1)
          expect(plan.probability).toBeGreaterThanOrEqual(best * (1 - 1e-12))
        },
      ),
      { numRuns: 300 },
    )
  })
  it('law: the plan is a local optimum: moving one increment, or all that one candidate holds, to another never raises P(met)', () => {
    fc.assert(
      fc.property(localArb, (problem) => {
        const r = allocatePayments(problem)
        if (E.isLeft(r)) return
        const plan = r.right
        const steps = problem.steps!
        const unit = problem.budget / steps
        if (unit === 0) return
        const probabilityWith = (i: number, payment: number) => {
          const c = problem.candidates[i]!
          return payment === 0 || c.probability === 0 || c.probability === 1 || c.paymentEffect === 0
            ? c.probability
            : logistic(Math.log(c.probability / (1 - c.probability)) + c.paymentEffect * payment)
        }
        const held = plan.members.map((m) => Math.round(m.payment / unit))
        const cap = problem.candidates.map((c: PayableCandidate) => (c.maxPayment === undefined ? steps : Math.floor(c.maxPayment / unit + 1e-9)))
        for (let i = 0; i < held.length; i++)
          for (let j = 0; j < held.length; j++) {
            if (i === j || held[i] === 0 || held[j]! >= cap[j]!) continue
            for (const m of [1, Math.min(held[i]!, cap[j]! - held[j]!)]) {
              const moved = plan.members.map((mem, k) => ({
                probability: k === i ? probabilityWith(i, (held[i]! - m) * unit) : k === j ? probabilityWith(j, (held[j]! + m) * unit) : mem.probability,
                troops: problem.candidates[k]!.troops!,
              }))
              const value = right(requirementProbability({ candidates: moved, requirement: problem.requirement }))
              expect(value).toBeLessThanOrEqual(plan.probability * (1 + 1e-9) + 1e-12)
            }
          }
      }),
      { numRuns: 300 },
    )
  })
  it('pays where a dollar moves the requirement most, and nothing where it cannot', () => {
    const plan = right(
      allocatePayments({
        budget: 10e6,
        requirement: { troops: 3000 },
        candidates: [
          { name: 'Big', probability: 0.4, paymentEffect: 2e-7, troops: 3000 },
          { name: 'Small', probability: 0.4, paymentEffect: 2e-7, troops: 500 },
          { name: 'Fixed', probability: 0.9, paymentEffect: 0, troops: 3000 },
        ],
      }),
    )
    expect(plan.members.map((m) => m.payment)).toEqual([10e6, 0, 0])
    // P = 1 − (1 − σ(logit 0.4 + 2)) × 0.1 × (1 − 0)… Small cannot reach 3,000 alone and adds nothing to Big or Fixed.
    expect(rel(plan.probability, 1 - (1 - logistic(Math.log(0.4 / 0.6) + 2)) * 0.1)).toBeLessThan(1e-14)
    expect(rel(plan.baselineProbability, 1 - 0.6 * 0.1)).toBeLessThan(1e-14)
  })
  it('clear Lefts', () => {
    const c = { name: 'A', probability: 0.5, paymentEffect: 1 }
    expect(msg(allocatePayments({ budget: 1, requirement: { size: 2 }, candidates: [c] }))).toBe('requirement.size: 2 partners wanted but there are only 1 candidates')
    expect(msg(allocatePayments({ budget: 1, requirement: { size: 1 }, candidates: [c, c] }))).toBe('candidates[1].name: "A" appears twice')
    expect(msg(allocatePayments({ budget: -1, requirement: { size: 1 }, candidates: [c] }))).toBe('budget: expected a finite number ≥ 0, got -1')
    expect(msg(allocatePayments({ budget: 1, requirement: { size: 1 }, candidates: [c], steps: 0 }))).toBe('steps: expected a whole number of steps in [1, 10000], got 0')
    // Beyond the grid the exact evaluation can hold, a clear TooLarge rather than running out of memory.
    const many = Array.from({ length: 3000 }, (_, i) => ({ name: `S${i}`, probability: 0.5, paymentEffect: 1 }))
    expect(msg(allocatePayments({ budget: 1, requirement: { size: 1500 }, candidates: many }))).toBe('requirement: 3000 candidates × a requirement of 1500 is too fine a grid (at most 2,000,000 cells)')
    expect(msg(allocatePayments({ budget: 1, requirement: { size: 900 }, candidates: many.slice(0, 1000), steps: 10_000 }))).toMatch(/^steps: 10000 steps on a grid of 901901 cells is too much work/)
    expect(msg(allocatePayments({ budget: 1, requirement: { size: 1 }, candidates: [{ ...c, paymentEffect: -1 }] }))).toBe(
      'candidates[0].paymentEffect: expected a finite number ≥ 0, got -1',
    )
  })
})
