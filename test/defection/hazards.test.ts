// hazards(model)(partners, t): each partner's hazard keyed by name, equal to hazard(model) on the
// partner's covariates with separateFront read from its front.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hazard, hazards } from '../../src/defection/index.js'
import { right } from '../helpers.js'

describe('hazards', () => {
  it('is hazard(model) partner by partner, with separateFront from the front', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: -300, max: 300 })), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -800, max: -100 }),
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('cloglog' as const, 'logit' as const),
        (rows, a, t, link) => {
          const model = { link, intercept: a / 100, coefficients: { separateFront: 0.7, x: 0.5 }, baseline: { kind: 'logTime' as const, slope: -0.2 } }
          const partners = rows.map(([separate, x], i) => ({ name: `P${i}`, ...(separate ? { front: 'separate' as const } : {}), covariates: { x: x / 100 } }))
          const keyed = right(hazards(model)(partners, t))
          expect(Object.keys(keyed)).toEqual(partners.map((p) => p.name))
          partners.forEach((p) => expect(keyed[p.name]).toBe(right(hazard(model)({ separateFront: p.front === 'separate' ? 1 : 0, x: p.covariates.x }, t))))
        },
      ),
    )
  })
})
