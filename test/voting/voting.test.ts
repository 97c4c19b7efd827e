import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { banzhafNormalized, shapley } from '../../src/index.js'
import {
  banzhafIndex, banzhafSwings, deeganPackel, johnston, publicGoodIndex, shapleyShubik, toGame, weightedVotingGame,
  type WeightedVotingGame,
} from '../../src/voting/index.js'
import { right } from '../helpers.js'

const council = (quota: number, weights: number[]): WeightedVotingGame => right(weightedVotingGame({ quota, weights }))
const UNSC = [...Array(5).fill(7), ...Array(10).fill(1)] as number[]

/** Exact Shapley–Shubik by BigInt counts over (size, weight), recomputed without each voter: no deconvolution. */
const exactShapleyShubik = (q: number, w: number[]): number[] => {
  const n = w.length
  const fact = [1n]
  for (let k = 1; k <= n; k++) fact.push(fact[k - 1]! * BigInt(k))
  return w.map((wi, i) => {
    const c = Array.from({ length: n }, () => new Array<bigint>(q).fill(0n))
    c[0]![0] = 1n
    let seen = 0
    w.forEach((wj, j) => {
      if (j === i) return
      seen++
      for (let k = seen; k >= 1; k--) for (let s = q - 1; s >= wj; s--) c[k]![s]! += c[k - 1]![s - wj]!
    })
    let num = 0n
    for (let k = 0; k < n; k++) for (let s = Math.max(0, q - wi); s < q; s++) num += c[k]![s]! * fact[k]! * fact[n - k - 1]!
    // num / n! to double: both exact, so the division is the only rounding.
    const scale = 10n ** 30n
    return Number((num * scale) / fact[n]!) / 1e30
  })
}

describe('UN Security Council [39; 7×5, 1×10]', () => {
  const unsc = council(39, UNSC)
  it('Shapley–Shubik: 421/2145 per permanent member, 4/2145 per elected member (Shapley & Shubik 1954)', () => {
    const ss = right(shapleyShubik(unsc))
    ss.slice(0, 5).forEach((x) => expect(Math.abs(x - 421 / 2145)).toBeLessThan(1e-15))
    ss.slice(5).forEach((x) => expect(Math.abs(x - 4 / 2145)).toBeLessThan(1e-15))
  })
  it('Banzhaf: swings 848 = Σ_{k=4}^{10} C(10,k) and 84 = C(9,3), by hand; index 848/5080 and 84/5080', () => {
    expect(right(banzhafSwings(unsc))).toEqual([...Array(5).fill(848n), ...Array(10).fill(84n)])
    const bz = right(banzhafIndex(unsc))
    expect(bz[0]).toBe(848 / 5080)
    expect(bz[5]).toBe(84 / 5080)
  })
})

describe('small-council indices', () => {
  it("Holler's paradox [51; 35, 20, 15, 15, 15]: PGI (4, 2, 3, 3, 3)/15 (Holler 1982); Deegan–Packel (18, 9, 11, 11, 11)/60 by hand", () => {
    const g = council(51, [35, 20, 15, 15, 15])
    right(publicGoodIndex(g)).forEach((x, i) => expect(x).toBeCloseTo([4, 2, 3, 3, 3][i]! / 15, 15))
    right(deeganPackel(g)).forEach((x, i) => expect(x).toBeCloseTo([18, 9, 11, 11, 11][i]! / 60, 15))
  })
  it('[3; 2, 1, 1]: Johnston (2/3, 1/6, 1/6), Banzhaf (3/5, 1/5, 1/5), Shapley–Shubik (2/3, 1/6, 1/6), by hand', () => {
    const g = council(3, [2, 1, 1])
    right(johnston(g)).forEach((x, i) => expect(x).toBeCloseTo([2 / 3, 1 / 6, 1 / 6][i]!, 15))
    expect(right(banzhafIndex(g))).toEqual([0.6, 0.2, 0.2])
    right(shapleyShubik(g)).forEach((x, i) => expect(x).toBeCloseTo([2 / 3, 1 / 6, 1 / 6][i]!, 15))
  })
  it('Johnston differs from Banzhaf on the UNSC only through who is the sole critical member', () => {
    const j = right(johnston(council(39, UNSC)))
    expect(j.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 14)
    expect(j[0]!).toBeGreaterThan(right(banzhafIndex(council(39, UNSC)))[0]!)
  })
  it('beyond 24 voters the enumerating indices return TooLarge', () => {
    const big = council(13, Array(25).fill(1))
    for (const f of [deeganPackel, johnston, publicGoodIndex, toGame]) {
      const r: E.Either<{ _tag: string }, unknown> = f(big)
      expect(E.isLeft(r) && r.left._tag).toBe('TooLarge')
    }
  })
})

describe('non-integer weights are rescaled exactly', () => {
  it('[0.8; 0.7, 0.1]: {1,2} wins although 0.7 + 0.1 = 0.7999999999999999 in doubles', () => {
    const g = council(0.8, [0.7, 0.1])
    expect(g.integerWeights).toEqual([7, 1])
    expect(g.integerQuota).toBe(8)
    expect(right(toGame(g)).values[3]).toBe(1)
    right(shapleyShubik(g)).forEach((x) => expect(x).toBeCloseTo(0.5, 15))
  })
  it('rescaling by a common factor does not change any index', () => {
    const a = council(39, UNSC)
    const b = council(3.9, UNSC.map((w) => w / 10))
    expect(b.integerWeights).toEqual(UNSC)
    expect(right(shapleyShubik(b))).toEqual(right(shapleyShubik(a)))
    expect(right(banzhafSwings(b))).toEqual(right(banzhafSwings(a)))
  })
  it('weights too fine to count exactly are a TooLarge error that says so, not an approximation', () => {
    const r = weightedVotingGame({ quota: 1, weights: [1, 1e-7] })
    expect(E.isLeft(r) && r.left._tag).toBe('TooLarge')
    expect(E.isLeft(r) && r.left.message).toMatch(/sum to 10000001, above the 10000000/)
  })
})

describe('bad input', () => {
  const refused: [unknown, string][] = [
    [{ quota: 0, weights: [1] }, 'quota: expected a number of votes > 0, { share } in (0, 1] or { votes } > 0, got 0'],
    [{ quota: 1, weights: [1, Number.NaN] }, 'weights[1]: expected a finite number ≥ 0, got NaN'],
    [{ quota: 3, weights: [1, 1] }, 'quota: 3 exceeds the total weight 2, so no coalition can win'],
    [{ quota: 1, weights: [] }, 'weights: a council needs at least one voter'],
    [{ quota: 1, weights: [1, 1], players: ['A', 'A'] }, 'players[1]: label "A" already used by players[0]'],
    [{ quota: 1, weights: [1, 1], players: ['A'] }, 'players: expected 2 labels, one per weight, got 1'],
    [null, 'input: expected an object { quota, weights, players? }, got null'],
  ]
  for (const [input, message] of refused)
  it(`${JSON.stringify(input)} → ${message}`, () => {
    const r = weightedVotingGame(input)
    expect(E.isLeft(r) && r.left.message).toBe(message)
  })
  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), (u) => { expect(E.isLeft(weightedVotingGame(u)) || E.isRight(weightedVotingGame(u))).toBe(true) }))
  })
  it('does not mutate its input', () => {
    const input = Object.freeze({ quota: 3, weights: Object.freeze([2, 1, 1]) })
    const g = council(3, [2, 1, 1])
    expect(right(weightedVotingGame(input)).weights).toEqual(g.weights)
  })
})

const smallCouncil = fc
  .array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 9 })
  .filter((w) => w.some((x) => x > 0))
  .chain((w) => fc.tuple(fc.constant(w), fc.integer({ min: 1, max: w.reduce((s, x) => s + x, 0) })))

describe('laws', () => {
  it('Shapley–Shubik equals the Shapley value of the simple game, and Banzhaf its normalized Banzhaf value', () => {
    fc.assert(
      fc.property(smallCouncil, ([w, q]) => {
        const g = council(q, w)
        const game = right(toGame(g))
        right(shapleyShubik(g)).forEach((x, i) => expect(Math.abs(x - shapley(game)[i]!)).toBeLessThan(1e-13))
        right(banzhafIndex(g)).forEach((x, i) => expect(Math.abs(x - right(banzhafNormalized(game))[i]!)).toBeLessThan(1e-14))
      }),
    )
  })
  it('every index sums to 1, gives 0 to weight-0 voters and equal power to equal weights; SS and Banzhaf are monotone in weight', () => {
    fc.assert(
      fc.property(smallCouncil, ([w, q]) => {
        const g = council(q, w)
        const all = [right(shapleyShubik(g)), right(banzhafIndex(g)), right(deeganPackel(g)), right(johnston(g)), right(publicGoodIndex(g))]
        for (const idx of all) {
          expect(Math.abs(idx.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-13)
          w.forEach((wi, i) => {
            expect(idx[i]!).toBeGreaterThanOrEqual(-1e-15)
            if (wi === 0) expect(Math.abs(idx[i]!)).toBeLessThan(1e-15)
            w.forEach((wj, j) => { if (wi === wj) expect(Math.abs(idx[i]! - idx[j]!)).toBeLessThan(1e-14) })
          })
        }
        for (const idx of all.slice(0, 2)) w.forEach((wi, i) => w.forEach((wj, j) => { if (wi > wj) expect(idx[i]!).toBeGreaterThanOrEqual(idx[j]! - 1e-14) }))
      }),
    )
  })
})

describe('large councils', () => {
  it('a 40-member council: Owen quadrature agrees with exact BigInt counting to 1e-15', () => {
    const w = Array.from({ length: 40 }, (_, i) => 1 + ((i * 37) % 9))
    const q = Math.floor(w.reduce((s, x) => s + x, 0) * 0.6)
    const ss = right(shapleyShubik(council(q, w)))
    exactShapleyShubik(q, w).forEach((x, i) => expect(Math.abs(ss[i]! - x)).toBeLessThan(1e-15))
  })
  it('a 300-member council with weights up to 50: both indices sum to 1', () => {
    const w = Array.from({ length: 300 }, (_, i) => 1 + ((i * 7919) % 50))
    const g = council(Math.floor(w.reduce((s, x) => s + x, 0) / 2) + 1, w)
    expect(Math.abs(right(shapleyShubik(g)).reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-13)
    expect(Math.abs(right(banzhafIndex(g)).reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-13)
    const swings = right(banzhafSwings(g))
    expect(swings[0]! > 2n ** 200n).toBe(true)
  })
})
