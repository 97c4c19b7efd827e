import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { costShapley } from '../../src/index.js'
import {
  airportGame, airportShapley, disproportionality, fairShareGap, jointProduct, lindahl, olsonZeckhauser, partialSpearman,
  quasiLinearPublicGood,
} from '../../src/burden/index.js'
import { right, spread } from '../helpers.js'

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-300, Math.abs(b))
const incomesArb = fc.array(spread(0.1, 1000), { minLength: 1, maxLength: 12 })
const alphaArb = spread(0.01, 0.99)

/** Best response in the pure public-good game: max(0, αI − (1 − α)Q_{−i}). */
const bestResponse = (I: number, others: number, alpha: number) => Math.max(0, alpha * I - (1 - alpha) * others)

describe('Olson–Zeckhauser', () => {
  it('incomes 10 and 2, α = ½: only the rich ally contributes, 5 (by hand: Q = 10/(1 + 1))', () => {
    expect(right(olsonZeckhauser({ incomes: [10, 2], alpha: 0.5 }))).toEqual({ contributions: [5, 0], total: 5 })
  })
  it('incomes 2, 4, 3, α = ½: the top two contribute, Q = 7/3, and the poorest (2 ≤ 7/3) free rides (by hand)', () => {
    // Top two: Q = 7/3, and 2 ≤ 7/3, so the poorest gives nothing; q = (4 − 7/3, 3 − 7/3, 0).
    const r = right(olsonZeckhauser({ incomes: [2, 4, 3], alpha: 0.5 }))
    r.contributions.forEach((q, i) => expect(q).toBeCloseTo([0, 5 / 3, 2 / 3][i]!, 14))
    expect(r.total).toBeCloseTo(7 / 3, 14)
  })
  it('law: every contribution is a best response to the others (a Nash equilibrium), non-negative and within income', () => {
    fc.assert(
      fc.property(incomesArb, alphaArb, (incomes, alpha) => {
        const { contributions: q, total } = right(olsonZeckhauser({ incomes, alpha }))
        expect(Math.abs(q.reduce((s, x) => s + x, 0) - total)).toBeLessThanOrEqual(1e-12 * total)
        q.forEach((qi, i) => {
          expect(qi).toBeGreaterThanOrEqual(0)
          expect(qi).toBeLessThanOrEqual(incomes[i]!)
          expect(Math.abs(qi - bestResponse(incomes[i]!, total - qi, alpha))).toBeLessThanOrEqual(1e-9 * Math.max(1, total))
        })
      }),
    )
  })
  it('law: the exploitation hypothesis: a richer ally bears a weakly larger share of its income', () => {
    fc.assert(
      fc.property(incomesArb, alphaArb, (incomes, alpha) => {
        const { contributions: q } = right(olsonZeckhauser({ incomes, alpha }))
        incomes.forEach((Ii, i) => incomes.forEach((Ij, j) => { if (Ii > Ij) expect(q[i]! / Ii).toBeGreaterThanOrEqual(q[j]! / Ij - 1e-12) }))
      }),
    )
  })
  it("law: Warr's neutrality: moving income between contributors leaves the total unchanged", () => {
    fc.assert(
      fc.property(incomesArb.filter((x) => x.length >= 2), alphaArb, spread(0, 1), (incomes, alpha, f) => {
        const before = right(olsonZeckhauser({ incomes, alpha }))
        const contributors = before.contributions.map((q, i) => (q > 0 ? i : -1)).filter((i) => i >= 0)
        if (contributors.length < 2) return
        const [a, b] = [contributors[0]!, contributors[1]!]
        // Move less than a's contribution, so both stay contributors.
        const moved = f * 0.99 * before.contributions[a]!
        const after = incomes.map((I, i) => (i === a ? I - moved : i === b ? I + moved : I))
        expect(rel(right(olsonZeckhauser({ incomes: after, alpha })).total, before.total)).toBeLessThan(1e-9)
      }),
    )
  })
  it('law: the Lindahl total is efficient and at least the Nash total; prices sum to 1', () => {
    fc.assert(
      fc.property(incomesArb, alphaArb, (incomes, alpha) => {
        const l = right(lindahl({ incomes, alpha }))
        expect(Math.abs(l.prices.reduce((s, p) => s + p, 0) - 1)).toBeLessThan(1e-12)
        expect(l.total).toBeGreaterThanOrEqual(right(olsonZeckhauser({ incomes, alpha })).total * (1 - 1e-12))
        // Samuelson: Σ MRS_i = Σ α x_i / ((1 − α) Q) = 1 with x_i = I_i − paid_i.
        const mrs = incomes.reduce((s, I, i) => s + (alpha * (I - l.contributions[i]!)) / ((1 - alpha) * l.total), 0)
        expect(Math.abs(mrs - 1)).toBeLessThan(1e-9)
      }),
    )
  })
  it('bad input is a Left naming the field', () => {
    const r = olsonZeckhauser({ incomes: [1, -2], alpha: 1 })
    expect(E.isLeft(r) && r.left.message).toBe('incomes[1]: expected a finite number > 0, got -2\nalpha: expected a number strictly between 0 and 1, got 1')
    fc.assert(fc.property(fc.anything(), (u) => { expect(['Left', 'Right']).toContain(olsonZeckhauser(u as never)._tag) }))
  })
})

describe("Sandler's joint products and the quasi-linear case", () => {
  it('β = 0 reproduces Olson–Zeckhauser', () => {
    fc.assert(
      fc.property(incomesArb, alphaArb, (incomes, alpha) => {
        const a = right(jointProduct({ incomes, alpha: alpha * 0.99, beta: 0 }))
        const b = right(olsonZeckhauser({ incomes, alpha: alpha * 0.99 }))
        expect(rel(a.total, b.total)).toBeLessThan(1e-12)
      }),
    )
  })
  it('law: each contribution satisfies its first-order condition, and with β > 0 everyone contributes', () => {
    fc.assert(
      fc.property(incomesArb, spread(0.05, 0.6), spread(0.01, 0.35), (incomes, alpha, beta) => {
        const { contributions: q, total: Q } = right(jointProduct({ incomes, alpha, beta }))
        q.forEach((qi, i) => {
          expect(qi).toBeGreaterThan(0)
          expect(qi).toBeLessThan(incomes[i]!)
          // (1 − α − β)/(I − q) = α/Q + β/q, compared relative to its size.
          const lhs = (1 - alpha - beta) / (incomes[i]! - qi)
          expect(rel(lhs, alpha / Q + beta / qi)).toBeLessThan(1e-8)
        })
      }),
    )
  })
  it('more private benefit means less free riding by the small', () => {
    const share = (beta: number) => right(jointProduct({ incomes: [10, 2], alpha: 0.3, beta })).contributions[1]! / 2
    expect(share(0)).toBe(0)
    expect(share(0.1)).toBeLessThan(share(0.3))
  })
  it('quasi-linear: only the highest valuation contributes; ties split', () => {
    expect(right(quasiLinearPublicGood({ valuations: [2, 6, 6] }))).toEqual({ contributions: [0, 3, 3], total: 6 })
  })
})

describe('disproportionality (Spearman), checked against R', () => {
  it('n = 8, no ties: exact p, as R 4.2 `cor.test(x, y, method = "spearman", alternative = "greater")` (rho 0.88095238095238104, p 0.0036210317460317462)', () => {
    const r = right(disproportionality({ gdp: [3.1, 1.2, 5.5, 2.2, 4.8, 0.7, 6.1, 2.9], burden: [2.0, 1.5, 3.9, 1.1, 2.5, 0.4, 3.3, 2.8] }))
    expect(r.method).toBe('exact')
    expect(rel(r.rho, 0.88095238095238104)).toBeLessThan(1e-15)
    expect(rel(r.pValue, 0.0036210317460317462)).toBeLessThan(1e-14)
  })
  it('n = 9, negative association: exact p 0.67818011463844796 as in R', () => {
    const r = right(disproportionality({ gdp: [1, 2, 3, 4, 5, 6, 7, 8, 9], burden: [9, 1, 8, 2, 7, 3, 6, 4, 5] }))
    expect(rel(r.rho, -0.16666666666666666)).toBeLessThan(1e-15)
    expect(rel(r.pValue, 0.67818011463844796)).toBeLessThan(1e-14)
  })
  it('n = 12 with ties: t approximation as R `cor.test(..., exact = FALSE)` (rho 0.89950587435970386, p 3.40220185469615e-05)', () => {
    const r = right(
      disproportionality({
        gdp: [12, 7, 3, 9, 15, 4, 8, 11, 6, 2, 14, 10],
        burden: [2.1, 1.9, 1.0, 2.1, 3.0, 1.2, 1.9, 2.5, 0.8, 1.4, 2.2, 2.1],
      }),
    )
    expect(r.method).toBe('t')
    expect(rel(r.rho, 0.89950587435970386)).toBeLessThan(1e-14)
    expect(rel(r.pValue, 3.40220185469615e-5)).toBeLessThan(1e-12)
  })
  it('partial Spearman: as R `(rxy − rxz·ryz)/√((1 − rxz²)(1 − ryz²))` on ranks with `pt(..., n − 3, lower.tail = FALSE)` (0.89585021876855109, 0.00054137251610766217)', () => {
    const r = right(
      partialSpearman({
        x: [3.1, 1.2, 5.5, 2.2, 4.8, 0.7, 6.1, 2.9, 4.0, 5.0],
        y: [2.0, 1.5, 3.9, 1.1, 2.5, 0.4, 3.3, 2.8, 2.5, 3.0],
        z: [1, 3, 2, 5, 4, 6, 8, 7, 10, 9],
      }),
    )
    expect(rel(r.rho, 0.89585021876855109)).toBeLessThan(1e-14)
    expect(rel(r.pValue, 0.00054137251610766217)).toBeLessThan(1e-12)
  })
  it('law: ρ and p-values are numbers in range; constant series are NotDefined, never NaN', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), { minLength: 3, maxLength: 14 }), (pairs) => {
        const r = disproportionality({ gdp: pairs.map((p) => p[0]), burden: pairs.map((p) => p[1]) })
        if (E.isLeft(r)) {
          expect(r.left._tag).toBe('NotDefined')
          return
        }
        expect(r.right.pValue).toBeGreaterThanOrEqual(0)
        expect(r.right.pValue).toBeLessThanOrEqual(1)
        expect(Math.abs(r.right.rho)).toBeLessThanOrEqual(1 + 1e-15)
      }),
    )
  })
})

describe('cost allocation', () => {
  it('law: the closed-form airport Shapley value equals the Shapley value of the airport game, and sums to the largest cost', () => {
    fc.assert(
      fc.property(fc.array(spread(0, 100), { minLength: 1, maxLength: 9 }), (costs) => {
        const closed = right(airportShapley({ costs }))
        const viaGame = costShapley(right(airportGame({ costs })))
        closed.forEach((x, i) => expect(Math.abs(x - viaGame[i]!)).toBeLessThan(1e-9))
        expect(Math.abs(closed.reduce((s, x) => s + x, 0) - Math.max(...costs))).toBeLessThan(1e-9)
      }),
    )
  })
  it('law: fair-share gaps sum to zero', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(spread(0.01, 100), spread(0.01, 100)), { minLength: 1, maxLength: 20 }), (rows) => {
        const g = right(fairShareGap({ cost: rows.map((r) => r[0]), benefit: rows.map((r) => r[1]) }))
        expect(Math.abs(g.reduce((s, x) => s + x, 0))).toBeLessThan(1e-12)
      }),
    )
  })
})
