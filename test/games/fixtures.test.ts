import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import {
  banzhaf, banzhafNormalized, banzhafRaw, costNucleolus, costShapley, gameFromFunction, isConvex, isInCore,
  leastCore, loadLpSolver, makeGameFromLexOrder, nucleolus, prenucleolus, shapley, tauValue, toLexOrder, coreIsNonEmpty,
} from '../../src/index.js'
import { close, game, right } from '../helpers.js'

const lp = await loadLpSolver()

// Bankruptcy game v(S) = max(0, E − Σ_{j∉S} c_j).
const bankruptcy = (estate: number, claims: number[]) =>
  right(gameFromFunction(claims.length, (S) => {
    const outside = claims.reduce((s, c, j) => (S.includes(j) ? s : s + c), 0)
    return Math.max(0, estate - outside)
  }))

describe('Talmud bankruptcy games (Aumann & Maschler 1985, Table 1)', () => {
  // Claims 100/200/300; the Talmud's divisions are the nucleoli of the bankruptcy games.
  it.each([
    [100, [100 / 3, 100 / 3, 100 / 3]],
    [200, [50, 75, 75]],
    [300, [50, 100, 150]],
  ])('estate %i → nucleolus as published', (estate, expected) => {
    close(right(nucleolus(lp)(bankruptcy(estate, [100, 200, 300]))), expected)
    close(right(prenucleolus(lp)(bankruptcy(estate, [100, 200, 300]))), expected)
  })
})

describe('glove game (Shapley value 2/3, 1/6, 1/6; core and nucleolus {(1,0,0)})', () => {
  const g = game([0, 0, 0, 1, 0, 1, 0, 1])
  it('Shapley, Banzhaf, nucleolus, τ', () => {
    close(shapley(g), [2 / 3, 1 / 6, 1 / 6], 1e-15)
    expect(banzhafRaw(g)).toEqual(E.right([3, 1, 1]))
    expect(banzhaf(g)).toEqual([0.75, 0.25, 0.25])
    close(right(banzhafNormalized(g)), [0.6, 0.2, 0.2], 1e-15)
    close(right(nucleolus(lp)(g)), [1, 0, 0])
    close(right(tauValue(g)), [1, 0, 0])
    expect(right(isInCore(g, [1, 0, 0]))).toBe(true)
    expect(right(isInCore(g, [0.9, 0.1, 0]))).toBe(false)
    expect(right(leastCore(lp)(g)).epsilon).toBeCloseTo(0, 9)
  })
})

describe('UN Security Council [39; 7×5, 1×10] as a 15-player game', () => {
  // Shapley–Shubik 421/2145 per permanent member, 4/2145 per elected member (Shapley & Shubik 1954);
  // swings 848 = Σ_{k=4}^{10} C(10,k) and 84 = C(9,3), computed by hand.
  const weights = [...Array(5).fill(7), ...Array(10).fill(1)] as number[]
  const g = right(gameFromFunction(15, (S) => (S.reduce((w, i) => w + weights[i]!, 0) >= 39 ? 1 : 0)))
  it('Shapley–Shubik and Banzhaf', () => {
    const phi = shapley(g)
    phi.slice(0, 5).forEach((x) => expect(Math.abs(x - 421 / 2145)).toBeLessThan(1e-15))
    phi.slice(5).forEach((x) => expect(Math.abs(x - 4 / 2145)).toBeLessThan(1e-15))
    expect(banzhafRaw(g)).toEqual(E.right([...Array(5).fill(848), ...Array(10).fill(84)]))
  })
  it('the five permanent members are veto players, so the core is non-empty and the nucleolus splits v(N) among them', () => {
    // A game with veto players has a non-empty core: allocations giving everything to the veto players.
    expect(right(coreIsNonEmpty(lp)(g))).toBe(true)
    const nu = right(nucleolus(lp)(g))
    close(nu, [...Array(5).fill(0.2), ...Array(10).fill(0)])
  })
})

describe('airport game (Littlechild & Owen 1973; Littlechild 1974)', () => {
  // Runways 1, 2, 3: c(S) = max cost in S.
  const g = right(gameFromFunction(3, (S) => Math.max(0, ...S.map((i) => [1, 2, 3][i]!))))
  it('Shapley shares each segment among its users: (1/3, 5/6, 11/6)', () => {
    close(costShapley(g), [1 / 3, 5 / 6, 11 / 6], 1e-15)
  })
  // Littlechild's recursion: y1 = min(1/2, 2/3, 3/4) = 1/2, y2 = min((2−1/2)/2, (3−1/2)/3) = 3/4, y3 = rest.
  it('nucleolus (1/2, 3/4, 7/4)', () => {
    close(right(costNucleolus(lp)(g)), [0.5, 0.75, 1.75])
  })
})

describe('size-then-lexicographic order round-trips', () => {
  it('n = 4', () => {
    const lex = Array.from({ length: 15 }, (_, k) => k + 1)
    expect(toLexOrder(right(makeGameFromLexOrder(lex)))).toEqual(lex)
  })
  it('majority game is not convex', () => {
    expect(isConvex(right(gameFromFunction(3, (S) => (S.length >= 2 ? 1 : 0))))).toBe(false)
  })
})
