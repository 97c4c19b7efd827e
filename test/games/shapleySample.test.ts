import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { gameFromFunction, shapley, shapleySample } from '../../src/index.js'
import { right } from '../helpers.js'

describe('shapleySample (Castro, Gómez & Tejada 2009)', () => {
  // UN Security Council as a worth function: exact φ = 421/2145 and 4/2145 (Shapley & Shubik 1954).
  const unsc = { n: 15, worth: (S: readonly number[]) => (S.reduce((w, i) => w + (i < 5 ? 7 : 1), 0) >= 39 ? 1 : 0) }
  it('agrees with the exact value within 4 standard errors', () => {
    const est = right(shapleySample({ samples: 4000, seed: 42 })(unsc))
    const exact = [...Array(5).fill(421 / 2145), ...Array(10).fill(4 / 2145)] as number[]
    est.values.forEach((x, i) => expect(Math.abs(x - exact[i]!)).toBeLessThanOrEqual(4 * est.standardErrors[i]! + 1e-12))
  })
  it('on a tabulated game gives the same estimate as on its worth function', () => {
    const g = right(gameFromFunction(15, unsc.worth))
    expect(right(shapleySample({ samples: 50, seed: 3 })(g))).toEqual(right(shapleySample({ samples: 50, seed: 3 })(unsc)))
    expect(shapley(g)[0]).toBeCloseTo(421 / 2145, 14)
  })
  it('law: same seed, same estimate; every estimate is efficient', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), fc.integer(), fc.integer({ min: 2, max: 20 }), (n, seed, samples) => {
      const game = { n, worth: (S: readonly number[]) => S.reduce((w, i) => w + (i + 1) * (S.length % 3), 0) }
      const a = right(shapleySample({ samples, seed })(game))
      expect(right(shapleySample({ samples, seed })(game))).toEqual(a)
      const all = Array.from({ length: n }, (_, i) => i)
      const total = a.values.reduce((s, x) => s + x, 0)
      expect(Math.abs(total - game.worth(all))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(game.worth(all))))
      a.standardErrors.forEach((s) => expect(Number.isFinite(s) && s >= 0).toBe(true))
    }), { numRuns: 50 })
  })
  it('bad options and bad worths give clear Lefts, never throws', () => {
    const game = { n: 3, worth: () => 1 }
    expect(shapleySample({ samples: 1, seed: 0 })(game)).toEqual({ _tag: 'Left', left: { _tag: 'DecodeError', message: 'options.samples: expected a whole number ≥ 2, got 1' } })
    expect(shapleySample({ samples: 10, seed: 0.5 })(game)).toEqual({ _tag: 'Left', left: { _tag: 'DecodeError', message: 'options.seed: expected a whole number (a safe integer), got 0.5' } })
    const nan = shapleySample({ samples: 10, seed: 0 })({ n: 3, worth: (S) => (S.length === 2 ? Number.NaN : 1) })
    expect(nan._tag).toBe('Left')
    const throws = shapleySample({ samples: 10, seed: 0 })({ n: 3, worth: () => { throw new Error('boom') } })
    expect(throws).toEqual({ _tag: 'Left', left: { _tag: 'InvalidGame', message: 'worth: boom' } })
  })
})

describe('shapleySample on what is not a game', () => {
  it('null and a look-alike table are DecodeErrors (null threw a TypeError; found by the fuzzer)', () => {
    const f = shapleySample({ samples: 5, seed: 1 })
    const a = f(null as never)
    expect(E.isLeft(a) && a.left.message).toBe('shapleySample: expected a Game or { n, worth }, got null')
    const b = f({ n: 2, players: ['1', '2'], values: new Float64Array([0, 1, 1, 3]) } as never)
    expect(E.isLeft(b) && b.left._tag).toBe('DecodeError')
  })
})
