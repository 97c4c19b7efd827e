// Councils with large weights: an IMF-sized board, and random councils against exact counts.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { either as E } from 'fp-ts'
import { banzhafIndex, banzhafSwings, MAX_COUNTING_WORK, shapleyShubik, weightedVotingGame } from '../../src/voting/index.js'
import { right } from '../helpers.js'
import { shapleyShubikOwen } from '../../src/voting/counting.js'

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
      right(banzhafIndex(board)).forEach((x, i) => expect(Math.abs(x - ref[i]! / total) / (ref[i]! / total)).toBeLessThan(1e-10))
    })
    it(`Shapley–Shubik at a ${pct}% quota agrees with the same independent computation to 1e-10 relative`, () => {
      const ref = imf[`shapleyShubik${pct}`]
      right(shapleyShubik(board)).forEach((x, i) => expect(Math.abs(x - ref[i]!) / ref[i]!).toBeLessThan(1e-10))
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
        expect(right(banzhafSwings(right(weightedVotingGame({ quota: q, weights: w }))))).toEqual(swingsByDefinition(q, w))
      }),
      { numRuns: 200 },
    )
  })
  it('banzhafIndex (double precision) is within 1e-14 relative of the exact ratio of swings', () => {
    fc.assert(
      fc.property(council, ([w, q]) => {
        const exact = swingsByDefinition(q, w)
        const total = exact.reduce((s, x) => s + x, 0n)
        const bz = right(banzhafIndex(right(weightedVotingGame({ quota: q, weights: w }))))
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

/**
 * Shapley–Shubik of a council made of weight classes (weight a_c, m_c voters), by its definition
 * summed over how many voters of each class join before the voter: a term is
 * K!(n − 1 − K)!/n! · Π C(m'_d, k_d) for K = Σ k_d, counted when q − a_c ≤ Σ k_d·a_d < q (m'_c = m_c − 1).
 * Independent of the library's quadrature: no generating function, no nodes, no tail cut.
 */
const shapleyShubikByClasses = (q: number, classes: readonly (readonly [number, number])[]): number[] => {
  const n = classes.reduce((s, [, m]) => s + m, 0)
  const logFact = [0]
  for (let i = 1; i <= n; i++) logFact.push(logFact[i - 1]! + Math.log(i))
  const logChoose = (m: number, k: number): number => logFact[m]! - logFact[k]! - logFact[m - k]!
  return classes.map(([a], c) => {
    const others = classes.map(([w, m], d) => [w, d === c ? m - 1 : m] as const)
    let total = 0
    const walk = (d: number, K: number, weight: number, logTerm: number): void => {
      if (weight >= q) return
      if (d === others.length) {
        if (weight >= q - a) total += Math.exp(logFact[K]! + logFact[n - 1 - K]! - logFact[n]! + logTerm)
        return
      }
      const [w, m] = others[d]!
      for (let k = 0; k <= m && weight + k * w < q; k++) walk(d + 1, K + k, weight + k * w, logTerm + logChoose(m, k))
    }
    walk(0, 0, 0, 0)
    return total
  })
}

describe('Shapley–Shubik where the quadrature drops the far tails (hundreds of voters)', () => {
  it.each([
    ['1,000 voters: 600 of weight 1, 400 of weight 3, simple majority', [[1, 600], [3, 400]] as const, 0.5],
    ['1,000 voters: 600 of weight 1, 400 of weight 3, 85% quota', [[1, 600], [3, 400]] as const, 0.85],
    ['300 voters: weights 1, 7 and 50 (150, 100 and 50 of them), simple majority', [[1, 150], [7, 100], [50, 50]] as const, 0.5],
    ['300 voters: weights 1, 7 and 50, two-thirds quota', [[1, 150], [7, 100], [50, 50]] as const, 2 / 3],
  ])('%s: agrees with the sum over weight classes to 1e-11 relative', (_, classes, share) => {
    const weights = classes.flatMap(([a, m]) => Array<number>(m).fill(a))
    const total = weights.reduce((s, w) => s + w, 0)
    const q = Math.ceil(share * total) + (share === 0.5 ? 1 : 0)
    const ss = right(shapleyShubik(right(weightedVotingGame({ quota: q, weights }))))
    const expected = shapleyShubikByClasses(q, classes)
    let at = 0
    let worst = 0
    classes.forEach(([, m], c) => {
      for (let i = at; i < at + m; i++) expect(Math.abs(ss[i]! - expected[c]!) / expected[c]!).toBeLessThan(1e-11)
      worst = Math.max(worst, Math.abs(ss[at]! - expected[c]!) / expected[c]!)
      at += m
    })
    console.log(`largest relative difference: ${worst.toExponential(1)}`)
  })
})

describe('dropping the far tails', () => {
  it('changes no Shapley–Shubik index of a random council of 200–1,000 voters by more than 1e-13 relative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 1000 }),
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        // Quota shares spread evenly over 20%–95% (fc.double would crowd at the ends).
        fc.integer({ min: 20, max: 95 }).map((p) => p / 100),
        (n, maxWeight, seed, share) => {
          // Weights drawn evenly in 1..maxWeight by a seeded linear congruential generator.
          let x = seed
          const w = Array.from({ length: n }, () => 1 + ((x = (x * 1103515245 + 12345) % 2 ** 31) % maxWeight))
          const q = Math.max(1, Math.ceil(share * w.reduce((s, v) => s + v, 0)))
          const cut = shapleyShubikOwen(q, w)
          const full = shapleyShubikOwen(q, w, undefined, Infinity)
          full.forEach((v, i) => expect(Math.abs(cut[i]! - v)).toBeLessThanOrEqual(1e-13 * v))
        },
      ),
      { numRuns: 12 },
    )
  }, 120_000)
})

describe('the counting work is bounded before it starts (MAX_COUNTING_WORK)', () => {
  // Weights spread evenly around `mean` by a seeded linear congruential generator.
  const board = (n: number, mean: number) => {
    let x = n
    const weights = Array.from({ length: n }, () => mean + ((x = (x * 1103515245 + 12345) % 2 ** 31) % mean))
    return right(weightedVotingGame({ quota: { share: 0.5 }, weights }))
  }
  const refused = (r: E.Either<{ readonly _tag: string; readonly message: string }, unknown>, name: string): void => {
    expect(E.isLeft(r) && r.left._tag).toBe('TooLarge')
    expect(E.isLeft(r) && r.left.message).toMatch(new RegExp(`^${name}: \\d+ voters with weights totalling \\d+ take about .* counting steps, above the 1e\\+10 allowed \\(about 25 s\\): express the weights in coarser units`))
  }
  it('Shapley–Shubik for 2,000 shareholders with 9 million votes is TooLarge at once (it ran for minutes: 2,000 with a million votes took 37 s)', () => {
    const start = performance.now()
    refused(shapleyShubik(board(2000, 3000)), 'shapleyShubik')
    expect(performance.now() - start).toBeLessThan(1000)
  })
  it('Banzhaf for 8,000 voters with 9.6 million votes, and exact swings for 1,000 with a million, are TooLarge at once (5,000 with 9.75 million take 22 s; the swings 64 s)', () => {
    const start = performance.now()
    refused(banzhafIndex(board(8000, 800)), 'banzhafIndex')
    refused(banzhafSwings(board(1000, 700)), 'banzhafSwings')
    expect(performance.now() - start).toBeLessThan(1000)
  })
  it('the bound is 1e10 steps, and the same boards in coarser units (votes in thousands) are counted', () => {
    expect(MAX_COUNTING_WORK).toBe(1e10)
    const coarse = (n: number, mean: number) => {
      const g = board(n, mean)
      return right(weightedVotingGame({ quota: { share: 0.5 }, weights: g.weights.map((w) => Math.round(w / 1000)) }))
    }
    expect(E.isRight(banzhafIndex(coarse(8000, 800)))).toBe(true)
    expect(E.isRight(banzhafSwings(coarse(1000, 700)))).toBe(true)
  })
})
