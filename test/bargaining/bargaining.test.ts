import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import {
  baronFerejohn, egalitarian, kalaiSmorodinsky, nashBargaining, nashBargainingTU, rotatingProposer, rubinstein,
  type BargainingProblem,
} from '../../src/bargaining/index.js'
import { close, right, spread } from '../helpers.js'

const near = close

describe('published and closed-form solutions', () => {
  it('Kalai & Smorodinsky (1975): enlarging the set for player 2 lowers its Nash payoff (0.75 → 0.7) but raises its KS payoff', () => {
    const S1: BargainingProblem = { disagreement: [0, 0], outcomes: [[0, 0], [0, 1], [0.75, 0.75], [1, 0]] }
    const S2: BargainingProblem = { disagreement: [0, 0], outcomes: [[0, 0], [0, 1], [1, 0.7], [1, 0]] }
    near(right(nashBargaining(S1)), [0.75, 0.75], 1e-15)
    near(right(nashBargaining(S2)), [1, 0.7], 1e-15)
    near(right(kalaiSmorodinsky(S1)), [0.75, 0.75], 1e-15)
    near(right(kalaiSmorodinsky(S2)), [10 / 13, 10 / 13], 1e-15)
  })
  it('frontier u2 = 1 − u1²: Nash at u1 = 1/√3 (maximizing u − u³), KS and egalitarian at (√5 − 1)/2', () => {
    const p: BargainingProblem = { disagreement: [0, 0], frontier: (u) => 1 - u * u, domain: [0, 1] }
    near(right(nashBargaining(p)), [1 / Math.sqrt(3), 2 / 3], 1e-11)
    near(right(kalaiSmorodinsky(p)), [(Math.sqrt(5) - 1) / 2, (Math.sqrt(5) - 1) / 2], 1e-15)
    near(right(egalitarian(p)), [(Math.sqrt(5) - 1) / 2, (Math.sqrt(5) - 1) / 2], 1e-15)
  })
  it('weighted Nash on the quarter circle: maximizing u1^a·u2^b on u1² + u2² = 1 gives u1 = √(a/(a+b))', () => {
    const p: BargainingProblem = { disagreement: [0, 0], frontier: (u) => Math.sqrt(Math.max(0, 1 - u * u)), domain: [0, 1], weights: [3, 1] }
    near(right(nashBargaining(p)), [Math.sqrt(3 / 4), Math.sqrt(1 / 4)], 1e-11)
  })
  it('outcomes (4, 0), (0, 2) from (0, 0): Nash and KS at (2, 1), egalitarian at (4/3, 4/3)', () => {
    const p: BargainingProblem = { disagreement: [0, 0], outcomes: [[4, 0], [0, 2]] }
    near(right(nashBargaining(p)), [2, 1], 1e-15)
    near(right(kalaiSmorodinsky(p)), [2, 1], 1e-15)
    near(right(egalitarian(p)), [4 / 3, 4 / 3], 1e-15)
  })
  it('a disagreement point on or outside the frontier is an InvalidProblem', () => {
    for (const f of [nashBargaining, kalaiSmorodinsky, egalitarian]) {
      const r = f({ disagreement: [2, 1], outcomes: [[4, 0], [0, 2]] })
      expect(E.isLeft(r) && r.left._tag).toBe('InvalidProblem')
    }
  })
  it('bad frontiers are named: increasing, convex, throwing, returning NaN', () => {
    const msg = (frontier: (u: number) => number) => {
      const r = nashBargaining({ disagreement: [0, 0], frontier, domain: [0, 1] })
      return E.isLeft(r) ? r.left.message : 'Right'
    }
    expect(msg((u) => u)).toMatch(/^frontier: must be non-increasing/)
    expect(msg((u) => (1 - u) ** 2)).toMatch(/^frontier: must be concave/)
    expect(msg(() => { throw new Error('boom') })).toBe('frontier(0) threw: boom')
    expect(msg(() => Number.NaN)).toBe('frontier(0) returned NaN, expected a finite number')
    const bad = nashBargaining({ disagreement: [0], outcomes: [] } as unknown as BargainingProblem)
    expect(E.isLeft(bad) && bad.left.message).toBe('disagreement[1]: expected a finite number, got nothing')
  })
})

describe('Nash with transferable utility', () => {
  it('u_i = d_i + α_i/Σα · (V − Σd)', () => {
    expect(nashBargainingTU({ surplus: 10, disagreement: [2, 0], weights: [3, 1] })).toEqual(E.right([8, 2]))
    expect(nashBargainingTU({ surplus: 9, disagreement: [1, 2, 3] })).toEqual(E.right([2, 3, 4]))
    const r = nashBargainingTU({ surplus: 1, disagreement: [1, 1] })
    expect(E.isLeft(r) && r.left.message).toBe("surplus: 1 is less than the disagreement payoffs' sum 2, so no agreement pays every player")
  })
})

describe('non-cooperative bargaining', () => {
  it('Rubinstein (1982): x1 = (1 − δ2)/(1 − δ1δ2)', () => {
    near(right(rubinstein({ delta1: 0.8, delta2: 0.6 })), [0.4 / 0.52, 0.12 / 0.52], 1e-15)
  })
  it('outside options bind only when they beat the equilibrium share (Binmore, Rubinstein & Wolinsky 1986)', () => {
    expect(right(rubinstein({ delta1: 0.9, delta2: 0.9, outsideOption2: 0.4 }))).toEqual(right(rubinstein({ delta1: 0.9, delta2: 0.9 })))
    expect(right(rubinstein({ delta1: 0.9, delta2: 0.9, outsideOption2: 0.6 }))).toEqual([0.4, 0.6])
    const r = rubinstein({ delta1: 0.9, delta2: 0.9, outsideOption1: 0.6, outsideOption2: 0.6 })
    expect(E.isLeft(r) && r.left._tag).toBe('InvalidProblem')
  })
  it('as offers speed up (δ_i = e^{−r_i Δ}, Δ → 0) the split tends to the Nash split with weights 1/r_i (Binmore, Rubinstein & Wolinsky 1986)', () => {
    const [r1, r2] = [0.05, 0.15]
    const nash = right(nashBargainingTU({ surplus: 1, disagreement: [0, 0], weights: [1 / r1, 1 / r2] }))
    let previous = Infinity
    for (const dt of [1, 0.1, 0.01, 0.001]) {
      const x = right(rubinstein({ delta1: Math.exp(-r1 * dt), delta2: Math.exp(-r2 * dt) }))
      const gap = Math.abs(x[0] - nash[0]!)
      expect(gap).toBeLessThan(previous)
      previous = gap
    }
    expect(previous).toBeLessThan(1e-4)
  })
  it('rotating proposers: common δ gives x, δx, δ²x, … with x = (1 − δ)/(1 − δⁿ); two players give Rubinstein', () => {
    const d = 0.9
    near(right(rotatingProposer({ deltas: [d, d, d, d] })), [0, 1, 2, 3].map((k) => (d ** k * (1 - d)) / (1 - d ** 4)), 1e-15)
    fc.assert(
      fc.property(spread(0, 0.999), spread(0, 0.999), (a, b) => {
        near(right(rotatingProposer({ deltas: [a, b] })), right(rubinstein({ delta1: a, delta2: b })), 1e-12)
      }),
    )
  })
  it('Baron & Ferejohn (1989): proposer 1 − δ(n − 1)/(2n), (n − 1)/2 partners at δ/n', () => {
    const s = right(baronFerejohn({ n: 7, delta: 0.8 }))
    expect(s.proposer).toBeCloseTo(1 - (0.8 * 6) / 14, 15)
    expect(s.partner).toBeCloseTo(0.8 / 7, 15)
    expect(s.partners).toBe(3)
    expect(E.isLeft(baronFerejohn({ n: 1, delta: 0.5 }))).toBe(true)
  })
})

// Random outcome sets: points in the unit square plus their mirror images when a symmetric set is wanted.
const pointsArb = fc.array(fc.tuple(spread(0, 1), spread(0, 1)), { minLength: 2, maxLength: 8 })
// Points on a 1/1024 grid, with scales 2^j and shifts in 1/16ths, so that a·x + b is exact: the
// rescaled problem is then exactly the rescaled problem, and only the solver's rounding remains (with
// spread points an edge 1e-8 wide turns the input's own rounding into a 4e-8 difference).
const gridPointsArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 1024 }), fc.integer({ min: 0, max: 1024 })), { minLength: 2, maxLength: 8 }).map((pts) =>
  pts.map(([x, y]) => [x / 1024, y / 1024] as [number, number]),
)
const withInterior = (pts: Array<[number, number]>) => pts.filter(([x, y]) => x > 0.05 && y > 0.05).length > 0
const solvers = { nashBargaining, kalaiSmorodinsky, egalitarian }

describe('laws', () => {
  it.each(Object.entries(solvers))('%s: individually rational and Pareto optimal (no outcome dominates it)', (_, solve) => {
    fc.assert(
      fc.property(pointsArb.filter(withInterior), (pts) => {
        const u = right(solve({ disagreement: [0, 0], outcomes: pts }))
        expect(u[0]).toBeGreaterThanOrEqual(0)
        expect(u[1]).toBeGreaterThanOrEqual(0)
        for (const [x, y] of pts) expect(x > u[0] + 1e-12 && y > u[1] + 1e-12).toBe(false)
      }),
    )
  })
  it.each(Object.entries(solvers))('%s: symmetric problems get symmetric solutions', (_, solve) => {
    fc.assert(
      fc.property(pointsArb.filter(withInterior), (pts) => {
        const sym = [...pts, ...pts.map(([x, y]) => [y, x] as [number, number])]
        const u = right(solve({ disagreement: [0.01, 0.01], outcomes: sym }))
        expect(Math.abs(u[0] - u[1])).toBeLessThan(1e-12)
      }),
    )
  })
  it('Nash and Kalai–Smorodinsky are invariant to positive affine rescaling of either utility', () => {
    fc.assert(
      fc.property(gridPointsArb.filter(withInterior), fc.integer({ min: -3, max: 3 }).map((j) => 2 ** j), fc.integer({ min: -80, max: 80 }).map((k) => k / 16), (pts, a, b) => {
        for (const solve of [nashBargaining, kalaiSmorodinsky]) {
          const u = right(solve({ disagreement: [0, 0], outcomes: pts }))
          const v = right(solve({ disagreement: [b, 0], outcomes: pts.map(([x, y]) => [a * x + b, y] as [number, number]) }))
          near(v, [a * u[0] + b, u[1]], 1e-9 * Math.max(1, a, Math.abs(b)))
        }
      }),
    )
  })
  it('Kalai–Smorodinsky is monotone: adding an outcome that keeps the ideal point helps both players weakly', () => {
    fc.assert(
      fc.property(pointsArb.filter(withInterior), spread(0, 1), spread(0, 1), (pts, s, t) => {
        const ideal = [Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))]
        const u = right(kalaiSmorodinsky({ disagreement: [0, 0], outcomes: pts }))
        const v = right(kalaiSmorodinsky({ disagreement: [0, 0], outcomes: [...pts, [s * ideal[0]!, t * ideal[1]!]] }))
        expect(v[0]).toBeGreaterThanOrEqual(u[0] - 1e-12)
        expect(v[1]).toBeGreaterThanOrEqual(u[1] - 1e-12)
      }),
    )
  })
  it('a frontier given as a function beats, and is matched by, the same frontier sampled as outcomes', () => {
    fc.assert(
      fc.property(spread(1, 4), spread(0.2, 5), (p, w) => {
        // u2 = (1 − u1^p)^(1/p) is concave for p ≥ 1; the sampled set lies inside it, so its Nash product is no larger.
        const f = (u: number) => Math.max(0, 1 - u ** p) ** (1 / p)
        const logNash = ([x, y]: readonly [number, number]) => w * Math.log(x) + Math.log(y)
        const fromFunction = right(nashBargaining({ disagreement: [0, 0], frontier: f, domain: [0, 1], weights: [w, 1] }))
        const grid = Array.from({ length: 4001 }, (_, k) => [k / 4000, f(k / 4000)] as [number, number])
        const fromOutcomes = right(nashBargaining({ disagreement: [0, 0], outcomes: grid, weights: [w, 1] }))
        expect(Math.abs(fromFunction[1] - f(fromFunction[0]))).toBe(0)
        expect(logNash(fromFunction)).toBeGreaterThanOrEqual(logNash(fromOutcomes) - 1e-12)
        expect(logNash(fromFunction) - logNash(fromOutcomes)).toBeLessThan(1e-6)
      }),
      { numRuns: 30 },
    )
  })
  it('Rubinstein shares lie in [0, 1], sum to 1, and never fall below an outside option', () => {
    fc.assert(
      fc.property(
        spread(0, 0.999), spread(0, 0.999),
        spread(0, 0.5), spread(0, 0.5),
        (d1, d2, o1, o2) => {
          const x = right(rubinstein({ delta1: d1, delta2: d2, outsideOption1: o1, outsideOption2: o2 }))
          expect(x[0]).toBeGreaterThanOrEqual(o1 - 1e-15)
          expect(x[1]).toBeGreaterThanOrEqual(o2 - 1e-15)
          expect(x[0] + x[1]).toBe(1)
        },
      ),
    )
  })
})
