import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { banzhaf, decodeGame, isInCore, loadLpSolver, makeGame, nucleolus, prenucleolus, shapley, leastCore, coreIsNonEmpty, type Game } from '../../src/index.js'
import { right } from '../helpers.js'

const lp = await loadLpSolver()

const gameArb = (maxN: number): fc.Arbitrary<Game> =>
  fc.integer({ min: 1, max: maxN }).chain((n) =>
    fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 2 ** n, maxLength: 2 ** n }).map((v) => right(makeGame([0, ...v.slice(1)]))),
  )
const scale = (g: Game) => Math.max(1, ...Array.from(g.values, Math.abs))

describe('Shapley laws (Shapley 1953)', () => {
  it('efficiency: Σφ = v(N)', () => {
    fc.assert(fc.property(gameArb(7), (g) => {
      const s = shapley(g).reduce((a, b) => a + b, 0)
      expect(Math.abs(s - g.values[g.values.length - 1]!)).toBeLessThanOrEqual(1e-12 * scale(g))
    }))
  })
  it('null player gets 0 and additivity holds', () => {
    fc.assert(fc.property(gameArb(5), gameArb(5), (g, h) => {
      // Add a null player to g: v'(S ∪ {new}) = v(S).
      const v = Array.from({ length: 2 * g.values.length }, (_, m) => g.values[m % g.values.length]!)
      const phi = shapley(right(makeGame(v)))
      expect(Math.abs(phi[g.n]!)).toBeLessThanOrEqual(1e-12 * scale(g))
      const b = banzhaf(right(makeGame(v)))
      expect(Math.abs(b[g.n]!)).toBeLessThanOrEqual(1e-12 * scale(g))
      if (g.n === h.n) {
        const sum = right(makeGame(Array.from(g.values, (x, m) => x + h.values[m]!)))
        const a = shapley(sum)
        const [pg, ph] = [shapley(g), shapley(h)]
        a.forEach((x, i) => expect(Math.abs(x - pg[i]! - ph[i]!)).toBeLessThanOrEqual(1e-12 * (scale(g) + scale(h))))
      }
    }))
  })
  it('symmetry: swapping two players swaps their values', () => {
    fc.assert(fc.property(gameArb(6).filter((g) => g.n >= 2), (g) => {
      const swap = (m: number) => (m & ~3) | ((m & 1) << 1) | ((m & 2) >> 1)
      const sw = right(makeGame(Array.from(g.values, (_, m) => g.values[swap(m)]!)))
      const [a, b] = [shapley(g), shapley(sw)]
      expect(Math.abs(a[0]! - b[1]!)).toBeLessThanOrEqual(1e-12 * scale(g))
      const [c, d] = [banzhaf(g), banzhaf(sw)]
      expect(Math.abs(c[0]! - d[1]!)).toBeLessThanOrEqual(1e-12 * scale(g))
    }))
  })
})

describe('least core and nucleolus laws', () => {
  it('leastCore ε ≤ 0 ⇔ core non-empty, and the nucleolus is in the core when it is non-empty', () => {
    fc.assert(fc.property(gameArb(5), (g) => {
      const lc = right(leastCore(lp)(g))
      const nonEmpty = right(coreIsNonEmpty(lp)(g))
      expect(lc.epsilon <= 1e-9 * scale(g)).toBe(nonEmpty)
      const nu = nucleolus(lp)(g)
      if (nonEmpty) expect(right(isInCore(g, right(nu)))).toBe(true)
    }), { numRuns: 60 })
  })
})

describe('nucleolus symmetry', () => {
  it('players 1 and 2 made symmetric get equal nucleolus and prenucleolus payoffs', () => {
    fc.assert(fc.property(gameArb(5).filter((g) => g.n >= 2), (g) => {
      // Symmetrise in players 1 and 2: v'(S) = max(v(S), v(swap S)).
      const swap = (m: number) => (m & ~3) | ((m & 1) << 1) | ((m & 2) >> 1)
      const sym = right(makeGame(Array.from(g.values, (x, m) => Math.max(x, g.values[swap(m)]!))))
      const nu = nucleolus(lp)(sym)
      // The only acceptable Left is an empty imputation set.
      if (nu._tag === 'Left') expect(nu.left._tag).toBe('Infeasible')
      else expect(Math.abs(nu.right[0]! - nu.right[1]!)).toBeLessThanOrEqual(1e-8 * scale(sym))
      const pre = right(prenucleolus(lp)(sym))
      expect(Math.abs(pre[0]! - pre[1]!)).toBeLessThanOrEqual(1e-8 * scale(sym))
    }), { numRuns: 60 })
  })
})

describe('bad input never throws', () => {
  it('decodeGame on arbitrary JSON returns Left or a valid game', () => {
    fc.assert(fc.property(fc.jsonValue(), (u) => {
      const r = decodeGame(u)
      if (r._tag === 'Left') expect(r.left.message.length).toBeGreaterThan(0)
    }))
  })
  it.each([
    [{ values: [0, NaN] }, 'values[1]: expected a finite number, got NaN'],
    [{ values: [0, 1, Infinity, 2] }, 'values[2]: expected a finite number, got Infinity'],
    [{ values: [0, 1, 2] }, 'values: expected 2^n numbers (1, 2, 4, 8, …), got 3'],
    [{ values: [3, 1] }, 'values[0]: the empty coalition is worth 0, got 3'],
    [{ values: [0, 1, 1, 2], players: ['A'] }, 'players: expected 2 labels to match the 2-player table, got 1'],
    [JSON.parse('{"players":["A","B"],"worth":{"A":1,"B":1,"A,B":3,"__proto__":2}}'), 'worth["__proto__"]: unknown player "__proto__" (players are "A", "B")'],
    [{ players: ['A', 'B'], worth: { A: 1, 'A,B': 3 } }, "worth: no value for 1 coalition ({B}); give every non-empty coalition or decode with { missing: 'zero' }"],
  ])('%j → %s', (u, message) => {
    const r = decodeGame(u)
    expect(r._tag).toBe('Left')
    if (r._tag === 'Left') expect(r.left.message).toBe(message)
  })
  it('missing: zero fills absent coalitions; inputs are not mutated', () => {
    const input = Object.freeze({ players: Object.freeze(['A', 'B']), worth: Object.freeze({ A: 1, 'A,B': 3 }) })
    expect([...right(decodeGame(input, { missing: 'zero' })).values]).toEqual([0, 1, 0, 3])
    const values = [0, 0, 0, 1, 0, 1, 0, 1]
    const g = right(makeGame(values))
    shapley(g)
    right(nucleolus(lp)(g))
    expect(values).toEqual([0, 0, 0, 1, 0, 1, 0, 1])
  })
})
