// What the mutation run on the Shapley and Banzhaf values showed untested: the Möbius kernel against
// its definition, and the two Lefts of the Banzhaf values (a raw sum past the largest double, raw
// values that sum to zero).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { banzhafNormalized, banzhafRaw, harsanyiDividends } from '../../src/index.js'
import { mobiusKernel } from '../../src/kernel/index.js'
import { game, right } from '../helpers.js'

const popcount = (m: number): number => m.toString(2).replaceAll('0', '').length

// Random tables of 1..8 players with integer worths (exact sums, so the comparison is exact).
const tableArb = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2 ** n, maxLength: 2 ** n }).map((v) => ({ n, values: [0, ...v.slice(1)] })),
)

describe('the Möbius kernel', () => {
  it('gives d(S) = Σ_{T⊆S} (−1)^{|S|−|T|} v(T), by brute force over the subsets', () => {
    fc.assert(
      fc.property(tableArb, ({ n, values }) => {
        const d = mobiusKernel(Float64Array.from(values), n)
        for (let S = 0; S < 2 ** n; S++) {
          let want = 0
          for (let T = S; ; T = (T - 1) & S) {
            want += (popcount(S) - popcount(T)) % 2 === 0 ? values[T]! : -values[T]!
            if (T === 0) break
          }
          expect(d[S]).toBe(want)
        }
      }),
    )
  })
  it('is inverted by summing the dividends over subsets (v(S) = Σ_{T⊆S} d(T)), and harsanyiDividends agrees with it', () => {
    fc.assert(
      fc.property(tableArb, ({ n, values }) => {
        const d = mobiusKernel(Float64Array.from(values), n)
        for (let S = 0; S < 2 ** n; S++) {
          let back = 0
          for (let T = S; ; T = (T - 1) & S) {
            back += d[T]!
            if (T === 0) break
          }
          expect(back).toBe(values[S])
        }
        expect(harsanyiDividends(game(values))).toEqual(Array.from(d))
      }),
    )
  })
})

describe('the Lefts of the Banzhaf values', () => {
  it('banzhafRaw: a raw sum past the largest double is NotDefined and says what banzhaf gives instead', () => {
    // Player 1 adds 1e308 to each of the 2^9 coalitions it joins: the raw sum is 5.1e310.
    const huge = game(Array.from({ length: 2 ** 10 }, (_, m) => (m & 1 ? 1e308 : 0)))
    const r = banzhafRaw(huge)
    expect(r._tag === 'Left' && r.left._tag).toBe('NotDefined')
    expect(r._tag === 'Left' && r.left.message).toMatch(/^player 1's raw Banzhaf sum is beyond the largest double \(about .* × 2\^\d+\); banzhaf gives it divided by 2\^9$/)
  })
  it('banzhafNormalized: raw values that sum to zero cannot be rescaled to v(N)', () => {
    // Player 1 adds 1 everywhere, player 2 takes 1 away everywhere: raw values 1 and −1.
    const r = banzhafNormalized(game([0, 1, -1, 0]))
    expect(r._tag === 'Left' && [r.left._tag, r.left.message]).toEqual(['NotDefined', 'the Banzhaf values sum to 0, so they cannot be rescaled to v(N)'])
  })
})

describe('the marginal sums are compensated between blocks of 32 coalitions', () => {
  // Block sums 1e16, 1, −1e16, 1, … : added plainly the 1s beside 1e16 are lost (the total comes out
  // 1 or 2); with Neumaier compensation the raw Banzhaf sum is exactly the number of 1s.
  const pattern = (k: number): number => [1e16, 1, -1e16, 1][k % 4]!
  it('for a player whose runs are longer than a block (player 10 of 10: 16 blocks)', () => {
    const values = new Array<number>(1024).fill(0)
    for (let k = 0; k < 16; k++) values[512 + 32 * k] = pattern(k)
    expect(right(banzhafRaw(game(values)))[9]).toBe(8)
  })
  it('for a player whose runs are shorter than a block (player 1 of 10: 32 blocks of 16 runs)', () => {
    const values = new Array<number>(1024).fill(0)
    for (let k = 0; k < 32; k++) values[32 * k + 1] = pattern(k)
    expect(right(banzhafRaw(game(values)))[0]).toBe(16)
  })
  it('with the running sum negative: block sums −1e16, 1, 1e16, 1, …', () => {
    const values = new Array<number>(1024).fill(0)
    for (let k = 0; k < 16; k++) values[512 + 32 * k] = pattern(k + 2)
    expect(right(banzhafRaw(game(values)))[9]).toBe(8)
  })
})

