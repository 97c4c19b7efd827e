import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { coreViolations, isInCore, makeGame, type Game } from '../../src/games/index.js'

const game = (values: number[], players?: string[]): Game => {
  const g = makeGame(values, players === undefined ? {} : { players })
  if (E.isLeft(g)) throw new Error(g.left.message)
  return g.right
}

describe('coreViolations', () => {
  it('the glove game under the split (1/2, 1/4, 1/4): the left glove with either right glove blocks, by 1/4 each', () => {
    const r = coreViolations(game([0, 0, 0, 1, 0, 1, 0, 1], ['L', 'R1', 'R2']), [0.5, 0.25, 0.25])
    expect(r).toEqual(
      E.right({
        violations: [
          { coalition: ['L', 'R1'], worth: 1, payoff: 0.75, excess: 0.25 },
          { coalition: ['L', 'R2'], worth: 1, payoff: 0.75, excess: 0.25 },
        ],
        count: 2,
      }),
    )
  })

  // Worths drawn as integers spread over 0..40 (not crowded at the ends), splits summing to at most v(N).
  const instance = fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2 ** n - 1, maxLength: 2 ** n - 1 }),
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }),
      fc.integer({ min: 1, max: 12 }),
      fc.boolean(),
    ),
  )
  it('equals its definition, enumerated: every S with v(S) − x(S) > 0, largest excess first, the first `limit` listed and all counted', () => {
    fc.assert(
      fc.property(instance, ([n, worths, shares, limit, full]) => {
        const v = [0, ...worths]
        const grand = v[v.length - 1]!
        const total = shares.reduce((s, x) => s + x, 0)
        // Pay out all of v(N) (full) or half of it, in proportion to the drawn shares.
        const x = shares.map((s) => (total === 0 ? grand / n : ((full ? grand : grand / 2) * s) / total))
        const g = game(v)
        const r = coreViolations(g, x, { limit })
        expect(E.isRight(r)).toBe(true)
        if (E.isLeft(r)) return
        const all: { mask: number; excess: number }[] = []
        for (let m = 1; m < v.length; m++) {
          let paid = 0
          for (let i = 0; i < n; i++) if ((m >>> i) & 1) paid += x[i]!
          if (v[m]! - paid > 1e-9 * Math.max(1, ...v)) all.push({ mask: m, excess: v[m]! - paid })
        }
        all.sort((a, b) => b.excess - a.excess || a.mask - b.mask)
        expect(r.right.count).toBe(all.length)
        expect(r.right.violations.length).toBe(Math.min(limit, all.length))
        r.right.violations.forEach((viol, k) => {
          expect(Math.abs(viol.excess - all[k]!.excess)).toBeLessThan(1e-12)
          expect(viol.coalition).toEqual(g.players.filter((_, i) => (all[k]!.mask >>> i) & 1))
        })
        // In the core exactly when nothing blocks and all of v(N) is paid out.
        const paidOut = Math.abs(x.reduce((s, xi) => s + xi, 0) - grand) <= 1e-9 * Math.max(1, ...v)
        expect(isInCore(g, x)).toEqual(E.right(r.right.count === 0 && paidOut))
      }),
      { numRuns: 300 },
    )
  })

  it('bad input: a split that pays out more than v(N), a wrong length, a bad limit, an unknown option, a look-alike game', () => {
    const g = game([0, 0, 0, 1])
    const over = coreViolations(g, [1, 1])
    expect(E.isLeft(over) && over.left).toEqual(expect.objectContaining({ _tag: 'InvalidProblem', message: 'allocation: pays out 2 in all, more than v(N) = 1, so no coalition can be given it' }))
    expect(E.isLeft(coreViolations(g, [1])) && coreViolations(g, [1])).toBeTruthy()
    const limit = coreViolations(g, [0.5, 0.5], { limit: 0 })
    expect(E.isLeft(limit) && limit.left.message).toBe('options.limit: expected a whole number from 1 to 10,000, got 0')
    const stray = coreViolations(g, [0.5, 0.5], { limt: 3 } as never)
    expect(E.isLeft(stray) && stray.left.message).toBe('options.limt: unknown key; did you mean limit?')
    const copy = coreViolations(JSON.parse(JSON.stringify(g)), [0.5, 0.5])
    expect(E.isLeft(copy) && copy.left._tag).toBe('DecodeError')
  })

  it('20 players (a million coalitions), half of v(N) paid out: every coalition of two or more blocks, the grand coalition most', () => {
    const n = 20
    const g = makeGame(Array.from({ length: 2 ** n }, (_, m) => {
      let size = 0
      for (let i = 0; i < n; i++) size += (m >>> i) & 1
      return size >= 2 ? size - 1 : 0
    }))
    if (E.isLeft(g)) throw new Error('game')
    // v(S) = |S| − 1 against x(S) = |S|·(n − 1)/(2n): excess |S|·(n + 1)/(2n) − 1, positive from |S| = 2.
    const r = coreViolations(g.right, Array(n).fill((n - 1) / (2 * n)), { limit: 3 })
    expect(E.isRight(r)).toBe(true)
    if (E.isLeft(r)) return
    expect(r.right.count).toBe(2 ** n - 1 - n)
    expect(r.right.violations.map((x) => x.coalition.length)).toEqual([20, 19, 19])
    expect(Math.abs(r.right.violations[0]!.excess - (n * (n + 1)) / (2 * n) + 1)).toBeLessThan(1e-12)
  })
})
