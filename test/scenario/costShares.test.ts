// costShares (issue 15): each rule shares the whole cost, keyed by partner name; the claims rules are
// the claims module's own on (cost; figures); every bad input is a Left with its tag and path.
import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { costShares, type BurdenRule } from '../../src/burden/index.js'
import { claimsProblem, constrainedEqualAwards, constrainedEqualLosses, talmud } from '../../src/claims/index.js'
import { right } from '../helpers.js'

// Evenly spread figures (fc.double crowds at the ends of its range).
const figure = fc.integer({ min: 1, max: 1_000_000 }).map((k) => k / 100)
const sharers = fc.array(fc.tuple(figure, figure), { minLength: 1, maxLength: 12 }).map((xs) => xs.map(([gdp, troops], i) => ({ name: `S${i}`, gdp, troops })))
const sum = (r: Readonly<Record<string, number>>) => Object.values(r).reduce((s, x) => s + x, 0)

describe('costShares', () => {
  it('equal and proportional shares add up to the cost and follow their rule', () => {
    fc.assert(
      fc.property(sharers, fc.integer({ min: 0, max: 1e9 }), fc.constantFrom('gdp' as const, 'troops' as const), (ps, cost, by) => {
        const equal = right(costShares({ rule: 'equal' })(cost, ps))
        expect(Object.keys(equal)).toEqual(ps.map((p) => p.name))
        ps.forEach((p) => expect(equal[p.name]).toBe(cost / ps.length))
        const prop = right(costShares({ rule: 'proportional', by })(cost, ps))
        expect(Math.abs(sum(prop) - cost)).toBeLessThanOrEqual(1e-9 * cost)
        const total = ps.reduce((s, p) => s + p[by], 0)
        ps.forEach((p) => expect(Math.abs(prop[p.name]! - (cost * p[by]) / total)).toBeLessThanOrEqual(1e-9 * cost))
      }),
    )
  })

  it("the claims rules are the claims module's, with the cost as the estate and the figures as claims; no share exceeds its figure", () => {
    const rules = { constrainedEqualAwards, constrainedEqualLosses, talmud } as const
    fc.assert(
      fc.property(sharers, fc.integer({ min: 0, max: 1000 }), fc.constantFrom(...(Object.keys(rules) as (keyof typeof rules)[])), (ps, permille, rule) => {
        const total = ps.reduce((s, p) => s + p.gdp, 0)
        const cost = (total * permille) / 1000
        const shares = right(costShares({ rule, by: 'gdp' })(cost, ps))
        const expected = rules[rule](right(claimsProblem({ estate: cost, claims: ps.map((p) => p.gdp) })))
        ps.forEach((p, i) => {
          expect(shares[p.name]).toBe(expected[i])
          expect(shares[p.name]!).toBeLessThanOrEqual(p.gdp + 1e-9 * total)
        })
        expect(Math.abs(sum(shares) - cost)).toBeLessThanOrEqual(1e-9 * total)
      }),
    )
  })

  it('bad input is a Left naming the path, with its tag', () => {
    const ps = [{ name: 'A', gdp: 2, troops: 1 }, { name: 'B', gdp: 1, troops: 0 }]
    const cases: [unknown, unknown, unknown, string][] = [
      [{ rule: 'shapley' }, 1, ps, 'DecodeError'],
      [{ rule: 'proportional' }, 1, ps, 'DecodeError'],
      [{ rule: 'equal', by: 'gdp', extra: 1 }, 1, ps, 'DecodeError: rule.extra: unknown key; expected one of rule, by'],
      [{ rule: 'equal' }, -1, ps, 'DecodeError: cost: expected a finite number ≥ 0, got -1'],
      [{ rule: 'equal' }, 1, 'A', 'DecodeError: partners: expected a list of partners, got the string "A"'],
      [{ rule: 'equal' }, 1, [{ name: 'A', gpd: 1 }], 'DecodeError: partners[0].gpd: unknown key; did you mean gdp?'],
      [{ rule: 'equal' }, 1, [], 'InvalidProblem: partners: the model needs at least one partner, got an empty list'],
      [{ rule: 'equal' }, 1, [{ name: 'A' }, { name: 'A' }], 'InvalidProblem: partners[1].name: "A" already used by partners[0]'],
      [{ rule: 'proportional', by: 'troops' }, 1, [{ name: 'A', troops: 0 }], 'InvalidProblem: partners: sharing in proportion to troops needs a total troops above 0'],
      [{ rule: 'talmud', by: 'gdp' }, 1, [{ name: 'A', gdp: 1 }, { name: 'B' }], `InvalidProblem: partners[1].gdp: sharing by gdp needs every sharer's gdp; "B" has none`],
      [{ rule: 'constrainedEqualAwards', by: 'gdp' }, 4, ps, "Infeasible: partners: the cost 4 exceeds the sharers' total gdp 3, so a claims rule cannot divide it; share in proportion instead"],
    ]
    for (const [rule, cost, partners, message] of cases) {
      const r = costShares(rule as BurdenRule)(cost as number, partners as never)
      expect(E.isLeft(r)).toBe(true)
      if (E.isLeft(r)) expect(message.includes(': ') ? `${r.left._tag}: ${r.left.message}` : r.left._tag).toBe(message)
    }
    // A total of 0 is fine for a claims rule with nothing to share.
    expect(right(costShares({ rule: 'constrainedEqualLosses', by: 'troops' })(0, [{ name: 'A', troops: 0 }]))).toEqual({ A: 0 })
  })
})
