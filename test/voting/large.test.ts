// Councils with large weights: an IMF-sized board, and random councils against exact counts.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { banzhafIndex, banzhafSwings, shapleyShubik, weightedVotingGame } from '../../src/voting/index.js'
import { right } from '../helpers.js'

const imf = JSON.parse(readFileSync(new URL('../fixtures/imf-like.json', import.meta.url), 'utf8')) as {
  weights: number[]
  quota50: number
  banzhafProbability50: number[]
  shapleyShubik50: number[]
  quota85: number
  banzhafProbability85: number[]
  shapleyShubik85: number[]
}

/** Swing counts by the textbook BigInt dynamic programme over all sums below the quota, one voter removed at a time. */
const swingsByDefinition = (q: number, w: number[]): bigint[] =>
  w.map((wi, i) => {
    const c = new Array<bigint>(q).fill(0n)
    c[0] = 1n
    w.forEach((wj, j) => {
      if (j === i) return
      for (let s = q - 1; s >= wj; s--) c[s] = c[s]! + c[s - wj]!
    })
    let swings = 0n
    for (let s = Math.max(0, q - wi); s < q && wi > 0; s++) swings += c[s]!
    return swings
  })

describe('an IMF-sized board: 190 members, 4,998,566 votes, the largest 16.5% (bench/councils.ts)', () => {
  for (const pct of [50, 85] as const) {
    const board = right(weightedVotingGame({ quota: imf[`quota${pct}`], weights: imf.weights }))
    it(`Banzhaf at a ${pct}% quota agrees with an independent 80-bit computation (test/fixtures/imfPower.c) to 1e-10 relative`, () => {
      const ref = imf[`banzhafProbability${pct}`]
      const total = ref.reduce((s, x) => s + x, 0)
      banzhafIndex(board).forEach((x, i) => expect(Math.abs(x - ref[i]! / total) / (ref[i]! / total)).toBeLessThan(1e-10))
    })
    it(`Shapley–Shubik at a ${pct}% quota agrees with the same independent computation to 1e-10 relative`, () => {
      const ref = imf[`shapleyShubik${pct}`]
      shapleyShubik(board).forEach((x, i) => expect(Math.abs(x - ref[i]!) / ref[i]!).toBeLessThan(1e-10))
    }, 600_000)
  }
})

const council = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 400 })), { minLength: 1, maxLength: 70 })
  .filter((w) => w.some((x) => x > 0))
  // Quotas spread evenly over the whole range, so both sides of the quota are the shorter one.
  .chain((w) => fc.tuple(fc.constant(w), fc.integer({ min: 1, max: w.reduce((s, x) => s + x, 0) })))

describe('large-weight counting against exact counts', () => {
  it('banzhafSwings (counts modulo primes, rebuilt by the Chinese remainder theorem) equal the BigInt programme', () => {
    fc.assert(
      fc.property(council, ([w, q]) => {
        expect(banzhafSwings(right(weightedVotingGame({ quota: q, weights: w })))).toEqual(swingsByDefinition(q, w))
      }),
      { numRuns: 200 },
    )
  })
  it('banzhafIndex (double precision) is within 1e-14 relative of the exact ratio of swings', () => {
    fc.assert(
      fc.property(council, ([w, q]) => {
        const exact = swingsByDefinition(q, w)
        const total = exact.reduce((s, x) => s + x, 0n)
        const bz = banzhafIndex(right(weightedVotingGame({ quota: q, weights: w })))
        exact.forEach((s, i) => {
          const e = Number((s * 10n ** 40n) / total) / 1e40
          if (e === 0) expect(bz[i]).toBe(0)
          else expect(Math.abs(bz[i]! - e) / e).toBeLessThan(1e-14)
        })
      }),
      { numRuns: 200 },
    )
  })
})
