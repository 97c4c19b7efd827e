// The counting behind Banzhaf and Shapley–Shubik against independent computations that share none of
// its tricks (no deconvolution, no quadrature, no primes): enumeration of every coalition for small
// councils, exact BigInt subset counts for councils past 49 voters (where the swing counts need two
// primes), and the tail-dropping passes against the same passes with nothing dropped. Small and fast
// enough to run for every mutant (npm run mutation:voting); test/voting/large.test.ts holds the
// IMF-scale cases.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countingSteps, shapleyShubikOwen, swingCounts, swingProbabilities } from '../../src/voting/counting.js'
import { banzhafIndex, banzhafSwings, shapleyShubik, weightedVotingGame } from '../../src/voting/index.js'
import { right } from '../helpers.js'

/** Every coalition of a small council: swings, and Shapley–Shubik as exact numerators over n!. */
const enumerate = (quota: number, weights: readonly number[]) => {
  const n = weights.length
  const fact = [1n]
  for (let k = 1; k <= n; k++) fact.push(fact[k - 1]! * BigInt(k))
  const swings = new Array<bigint>(n).fill(0n)
  const ss = new Array<bigint>(n).fill(0n)
  for (let mask = 0; mask < 2 ** n; mask++) {
    let w = 0
    let size = 0
    for (let i = 0; i < n; i++) if (mask & (1 << i)) (w += weights[i]!), size++
    if (w < quota) continue
    for (let i = 0; i < n; i++)
      if (mask & (1 << i) && w - weights[i]! < quota) {
        swings[i]! += 1n
        ss[i]! += fact[size - 1]! * fact[n - size]!
      }
  }
  return { swings, shapleyShubik: ss.map((x) => Number((x * 10n ** 30n) / fact[n]!) / 1e30) }
}

/** Exact swing counts by BigInt subset sums over the other voters: one table per voter, no division. */
const exactSwings = (quota: number, weights: readonly number[]): bigint[] => {
  const byWeight = new Map<number, bigint>()
  return weights.map((wi, i) => {
    const known = byWeight.get(wi)
    if (known !== undefined) return known
    const count = exactSwingsOf(quota, weights, wi, i)
    byWeight.set(wi, count)
    return count
  })
}

/** Voter i's swings (every voter of the same weight has the same count). */
const exactSwingsOf = (quota: number, weights: readonly number[], wi: number, i: number): bigint => {
  {
    const c = new Array<bigint>(quota).fill(0n)
    c[0] = 1n
    weights.forEach((wj, j) => {
      if (j === i || wj === 0) return
      for (let s = quota - 1; s >= wj; s--) c[s]! += c[s - wj]!
    })
    const zeros = weights.filter((w, j) => j !== i && w === 0).length
    let count = 0n
    for (let s = Math.max(0, quota - wi); s < quota; s++) count += c[s]!
    return wi === 0 ? 0n : count << BigInt(zeros)
  }
}

const relative = (a: number, b: number): number => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)))

// Councils of 1–11 voters: weights often repeated (voters grouped by weight), sometimes 0, and
// quotas anywhere from 1 to the whole total (both sides of the mirrored counting).
const smallCouncil = fc
  .record({
    alphabet: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 5 }),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 11 }),
    at: fc.integer({ min: 0, max: 2 ** 20 }),
  })
  .map(({ alphabet, picks, at }) => {
    const weights = picks.map((k) => alphabet[k % alphabet.length]!)
    if (weights.every((w): boolean => w === 0)) weights[0] = 1
    const total = weights.reduce((s, w) => s + w, 0)
    return { weights, quota: Math.min(total, 1 + Math.floor((at / 2 ** 20) * total)) }
  })

describe('small councils against enumeration of every coalition', () => {
  it('swing counts are exact; Banzhaf probabilities within 1e-14 and Shapley–Shubik within 1e-13 relative', () => {
    fc.assert(
      fc.property(smallCouncil, ({ quota, weights }) => {
        const truth = enumerate(quota, weights)
        expect(swingCounts(quota, weights)).toEqual(truth.swings)
        const n = weights.length
        swingProbabilities(quota, weights).forEach((p, i) => expect(relative(p, Number(truth.swings[i]!) / 2 ** (n - 1))).toBeLessThan(1e-14))
        shapleyShubikOwen(quota, weights).forEach((x, i) => expect(Math.abs(x - truth.shapleyShubik[i]!)).toBeLessThan(1e-13))
      }),
      { numRuns: 300 },
    )
  })
  it('no index is ever negative, dummies included (a dummy came out at -1.9e-19)', () => {
    fc.assert(
      fc.property(smallCouncil, fc.integer({ min: 1, max: 3 }), ({ quota, weights }, dummy) => {
        // A voter of weight 1 beside weights that are all multiples of 4, with a quota that is too: a dummy.
        const w = [...weights.map((x) => 4 * x), dummy]
        const q = 4 * quota
        for (const x of [...shapleyShubikOwen(q, w), ...swingProbabilities(q, w)]) expect(x).toBeGreaterThanOrEqual(0)
        expect(shapleyShubikOwen(q, w).at(-1)).toBeLessThan(1e-15)
      }),
      { numRuns: 300 },
    )
  })
  it('the public indices agree, in input order, with the voters rescaled by a common factor', () => {
    fc.assert(
      fc.property(smallCouncil, ({ quota, weights }) => {
        const truth = enumerate(quota, weights)
        const council = right(weightedVotingGame({ quota: quota * 3, weights: weights.map((w) => w * 3) }))
        expect(right(banzhafSwings(council))).toEqual(truth.swings)
        const total = truth.swings.reduce((s, x) => s + x, 0n)
        right(banzhafIndex(council)).forEach((x, i) => expect(Math.abs(x - Number(truth.swings[i]!) / Number(total))).toBeLessThan(1e-14))
        right(shapleyShubik(council)).forEach((x, i) => expect(Math.abs(x - truth.shapleyShubik[i]!)).toBeLessThan(1e-13))
      }),
      { numRuns: 100 },
    )
  })
  const byHand: [string, number, number[], bigint[]][] = [
    ['one voter', 5, [5], [1n]],
    ['two voters, unanimity', 3, [1, 2], [1n, 1n]],
    ['a dictator and two dummies', 4, [4, 1, 2], [4n, 0n, 0n]],
    ['a zero-weight voter doubles every count', 2, [1, 1, 0], [2n, 2n, 0n]],
  ]
  for (const [label, quota, weights, swings] of byHand)
  it(`${label}: swings by hand`, () => {
    expect(swingCounts(quota, weights)).toEqual(swings)
    expect(enumerate(quota, weights).swings).toEqual(swings)
  })
})

describe('councils past 49 voters, where the swing counts need two primes', () => {
  it('swing counts equal exact BigInt subset counts for 50–70 voters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 50, maxLength: 70 }),
        fc.integer({ min: 0, max: 2 ** 20 }),
        (raw, at) => {
          const weights = raw.map((w, i) => (i === 0 ? w + 1 : w))
          const total = weights.reduce((s, w) => s + w, 0)
          const quota = Math.min(total, 1 + Math.floor((at / 2 ** 20) * total))
          expect(swingCounts(quota, weights)).toEqual(exactSwings(quota, weights))
        },
      ),
      { numRuns: 12 },
    )
  })
  it('long chains of residues: a weight-1 voter among 69 heavy ones, about 9,000 steps per chain, counts exact', () => {
    // Each step adds or subtracts a residue up to 2^50; unless every step is reduced mod p, the running
    // sum wanders past the 2^53 of exact doubles.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(200, 300, 301), { minLength: 69, maxLength: 69 }), fc.integer({ min: 0, max: 2 ** 20 }), (heavy, at) => {
        const weights = [1, ...heavy]
        const total = weights.reduce((s, w) => s + w, 0)
        const quota = Math.floor(total / 2) + 1 + Math.floor((at / 2 ** 20) * 40) - 20
        expect(swingCounts(quota, weights)).toEqual(exactSwings(quota, weights))
      }),
      { numRuns: 6 },
    )
  })
  it('a council of 60 equal voters at a simple majority: each swings C(59, 30) times', () => {
    let c = 1n
    for (let k = 0; k < 30; k++) c = (c * BigInt(59 - k)) / BigInt(k + 1)
    expect(c > 2n ** 49n).toBe(true)
    expect(swingCounts(31, new Array(60).fill(1))).toEqual(new Array(60).fill(c))
  })
})

/** Shapley–Shubik by counts of the others' coalitions by size and weight, in doubles (no quadrature). */
const countedShapleyShubik = (quota: number, weights: readonly number[]): number[] => {
  const n = weights.length
  const byWeight = new Map<number, number>()
  return weights.map((wi, i) => {
    const known = byWeight.get(wi)
    if (known !== undefined) return known
    // N[k][s]: coalitions of k of the other voters weighing s, for s below the quota.
    const N = Array.from({ length: n }, () => new Float64Array(quota))
    N[0]![0] = 1
    let seen = 0
    weights.forEach((w, j) => {
      if (j === i) return
      seen++
      for (let k = seen; k >= 1; k--) for (let s = quota - 1; s >= w; s--) N[k]![s]! += N[k - 1]![s - w]!
    })
    // k!(n − 1 − k)!/n! = 1 / (n · C(n − 1, k)).
    let choose = 1
    let ss = 0
    for (let k = 0; k < n; k++) {
      for (let s = Math.max(0, quota - wi); s < quota; s++) ss += N[k]![s]! / (n * choose)
      choose = (choose * (n - 1 - k)) / (k + 1)
    }
    byWeight.set(wi, ss)
    return ss
  })
}

describe('councils past 256 voters, where the probability passes rescale as they go', () => {
  it('260–300 voters of weight 1 or 2: swing probabilities and Shapley–Shubik against exact counts, to 1e-12 relative', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(1, 2), { minLength: 260, maxLength: 300 }), fc.integer({ min: 5, max: 95 }), (weights, pct) => {
        const total = weights.reduce((s, w) => s + w, 0)
        const quota = Math.max(1, Math.floor((pct / 100) * total))
        const n = weights.length
        const swings = exactSwings(quota, weights)
        swingProbabilities(quota, weights).forEach((p, i) => {
          // swings / 2^(n−1): the integer rounds once to a double, and the power of two is exact.
          const exact = Number(swings[i]!) / 2 ** (n - 1)
          expect(relative(p, exact)).toBeLessThan(1e-12)
        })
        const counted = countedShapleyShubik(quota, weights)
        shapleyShubikOwen(quota, weights).forEach((x, i) => expect(relative(x, counted[i]!)).toBeLessThan(1e-11))
      }),
      { numRuns: 4 },
    )
  })
})

describe('Shapley–Shubik in councils large enough for the far tails to be dropped', () => {
  it('dropping tails and skipping nodes changes no index of 100–160 voters by more than 1e-13 relative', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 100, maxLength: 160 }),
        fc.integer({ min: 1, max: 99 }),
        (weights, pct) => {
          const total = weights.reduce((s, w) => s + w, 0)
          const quota = Math.max(1, Math.floor((pct / 100) * total))
          const dropped = shapleyShubikOwen(quota, weights)
          const kept = shapleyShubikOwen(quota, weights, undefined, Infinity)
          dropped.forEach((x, i) => expect(relative(x, kept[i]!)).toBeLessThan(1e-13))
          expect(Math.abs(dropped.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12)
        },
      ),
      { numRuns: 12 },
    )
  })
})

/**
 * The steps of the forward passes as the loops take them: one count per inner-loop statement of a
 * pass over the sums below `size` (two voters a pass, the dropped lower tail skipped), plus the fills
 * and prefix sums (3·size) and one chain of ⌈size/w⌉ steps per distinct weight.
 */
const loopSteps = (size: number, weights: readonly number[], t = 0.5, tail?: number): number => {
  let steps = 3 * size
  let top = 0
  let lo = 0
  let sum = 0
  let squares = 0
  const floor = () => (tail === undefined ? 0 : Math.min(top + 1, Math.max(lo, Math.floor(t * sum - Math.sqrt((tail / 2) * squares)))))
  for (let j = 0; j < weights.length; j += 2) {
    const pair = weights.slice(j, j + 2)
    const added = pair.reduce((s, w) => s + w, 0)
    top = Math.min(size - 1, top + added)
    sum += added
    squares += pair.reduce((s, w) => s + w * w, 0)
    const next = floor()
    for (let s = top; s >= Math.max(pair[0]!, next); s--) steps++
    lo = next
  }
  for (const w of new Set(weights)) for (let s = 0; s < size; s += w) steps++
  return steps
}

describe('the work estimate behind MAX_COUNTING_WORK counts the loops it bounds', () => {
  const council = fc.record({
    weights: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 40 }),
    at: fc.integer({ min: 0, max: 2 ** 20 }),
  })
  it('Banzhaf: one pass below the shorter side of the quota', () => {
    fc.assert(
      fc.property(council, ({ weights, at }) => {
        const positive = weights.filter((w) => w > 0).sort((a, b) => a - b)
        const total = positive.reduce((s, w) => s + w, 0)
        const quota = 1 + Math.floor((at / 2 ** 20) * Math.max(0, total - 1))
        const size = Math.min(quota, total - quota + 1)
        expect(countingSteps.banzhaf(quota, weights)).toBe(loopSteps(size, positive))
        // The exact swing counts: six steps a modular update, one pass per prime.
        const primes = Math.max(1, Math.ceil(Math.max(0, positive.length - 1 + 1) / 49))
        expect(countingSteps.swings(quota, weights)).toBe(6 * primes * loopSteps(size, positive))
      }),
    )
  })
  it('by hand: [3; 1, 1, 1] is 3 fills and sums and one chain step; [5; 2, 3, 4] counts its passes', () => {
    expect(countingSteps.banzhaf(3, [1, 1, 1])).toBe(3 + 1)
    // Shorter side min(5, 9 − 5 + 1) = 5: fills 15; pass {2, 3}: sums 4 down to 2, 3 steps; pass {4}:
    // top 4, one step; chains ⌈5/2⌉ + ⌈5/3⌉ + ⌈5/4⌉ = 3 + 2 + 2.
    expect(countingSteps.banzhaf(5, [4, 3, 2])).toBe(15 + 3 + 1 + 7)
  })
  it('Shapley–Shubik: positive, and growing with the council', () => {
    const small = countingSteps.shapleyShubik(3, [1, 1, 1, 1, 1])
    const large = countingSteps.shapleyShubik(30, new Array(50).fill(1))
    expect(small).toBeGreaterThan(0)
    expect(large).toBeGreaterThan(10 * small)
  })
})

describe('progress', () => {
  const council = right(weightedVotingGame({ quota: 6, weights: [1, 2, 3, 4, 5] }))
  const calls = (f: (onProgress: (done: number, total: number) => void) => unknown): [number, number][] => {
    const seen: [number, number][] = []
    f((done, total) => seen.push([done, total]))
    return seen
  }
  it('Shapley–Shubik reports once per pair of quadrature nodes: 5 voters, ⌈5/2⌉ + 1 = 4 nodes, 2 pairs', () => {
    expect(calls((onProgress) => shapleyShubik(council, { onProgress }))).toEqual([[1, 2], [2, 2]])
  })
  it('exact swings report once per prime, Banzhaf once', () => {
    expect(calls((onProgress) => banzhafSwings(council, { onProgress }))).toEqual([[1, 1]])
    const large = right(weightedVotingGame({ quota: 31, weights: new Array(60).fill(1) }))
    expect(calls((onProgress) => banzhafSwings(large, { onProgress }))).toEqual([[1, 2], [2, 2]])
    expect(calls((onProgress) => banzhafIndex(council, { onProgress }))).toEqual([[1, 1]])
  })
})
