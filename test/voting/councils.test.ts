// Compound councils (allOf/anyOf), quotas as shares, the EU Council and the US federal system.
import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import {
  allOf, anyOf, banzhafIndex, banzhafSwings, deeganPackel, euQualifiedMajority, johnston, publicGoodIndex, shapleyShubik,
  toGame, weightedVotingGame, type Council, type WeightedVotingGame,
} from '../../src/voting/index.js'
import { right } from '../helpers.js'

const council = (quota: unknown, weights: number[], players?: string[]): WeightedVotingGame =>
  right(weightedVotingGame(players === undefined ? { quota, weights } : { quota, weights, players }))
const UNSC = [...Array(5).fill(7), ...Array(10).fill(1)] as number[]

// ---------------------------------------------------------------------------------------------
// The definitions, by enumeration of every coalition, written here without the library's counting.

/** Does the coalition `mask` win? Walks the council's own parts and their integer weights. */
const winsByDefinition = (c: Council, mask: number): boolean => {
  if (c.kind === 'weighted') return c.integerWeights.reduce((s, w, i) => (mask & (1 << i) ? s + w : s), 0) >= c.integerQuota
  return c.kind === 'allOf' ? c.parts.every((p) => winsByDefinition(p, mask)) : c.parts.some((p) => winsByDefinition(p, mask))
}

const popcount = (m: number): number => {
  let k = 0
  for (; m !== 0; m &= m - 1) k++
  return k
}

/** Every index from its definition: swings, Shapley–Shubik (exact BigInt), DP, Johnston, PGI. */
const byDefinition = (c: Council) => {
  const n = c.n
  const win = Array.from({ length: 2 ** n }, (_, m) => winsByDefinition(c, m))
  const fact = [1n]
  for (let k = 1; k <= n; k++) fact.push(fact[k - 1]! * BigInt(k))
  const swings = new Array<bigint>(n).fill(0n)
  const ssNum = new Array<bigint>(n).fill(0n)
  const dp = new Array<number>(n).fill(0)
  const jo = new Array<number>(n).fill(0)
  const pgi = new Array<number>(n).fill(0)
  let minimal = 0
  for (let m = 0; m < 2 ** n; m++) {
    for (let i = 0; i < n; i++)
      if (!(m & (1 << i)) && !win[m] && win[m | (1 << i)]) {
        swings[i]! += 1n
        ssNum[i]! += fact[popcount(m)]! * fact[n - 1 - popcount(m)]!
      }
    if (!win[m]) continue
    const critical = Array.from({ length: n }, (_, i) => i).filter((i) => m & (1 << i) && !win[m & ~(1 << i)])
    critical.forEach((i) => (jo[i]! += 1 / critical.length))
    if (critical.length === popcount(m)) {
      minimal++
      critical.forEach((i) => {
        dp[i]! += 1 / critical.length
        pgi[i]!++
      })
    }
  }
  const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0)
  const totalSwings = swings.reduce((s, x) => s + x, 0n)
  return {
    win,
    swings,
    banzhaf: swings.map((s) => Number(s) / Number(totalSwings)),
    ss: ssNum.map((x) => Number(x) / Number(fact[n]!)),
    deeganPackel: dp.map((x) => x / minimal),
    johnston: jo.map((x) => x / sum(jo)),
    pgi: pgi.map((x) => x / sum(pgi)),
  }
}

/** Random compound councils: up to 8 voters, up to 4 weighted conditions nested up to two deep. */
const compoundCouncil = fc.integer({ min: 1, max: 8 }).chain((n) => {
  const leaf = fc
    .array(fc.oneof(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 6 })), { minLength: n, maxLength: n })
    .filter((w) => w.some((x) => x > 0))
    .chain((w) => fc.integer({ min: 1, max: w.reduce((s, x) => s + x, 0) }).map((q) => council(q, w)))
  const node = (depth: number): fc.Arbitrary<Council> =>
    depth === 0
      ? leaf
      : fc.oneof(
          leaf,
          fc.tuple(fc.boolean(), fc.array(node(depth - 1), { minLength: 1, maxLength: 2 })).map(([all, parts]) =>
            right(all ? allOf(...parts) : anyOf(...parts)),
          ),
        )
  return fc.tuple(fc.boolean(), node(1), node(1)).map(([all, a, b]) => right(all ? allOf(a, b) : anyOf(a, b)))
})

describe('compound councils equal enumeration of their definition', () => {
  it('every index and toGame, on random nested allOf/anyOf councils (brute force over all 2^n coalitions)', () => {
    fc.assert(
      fc.property(compoundCouncil, (c) => {
        const d = byDefinition(c)
        expect(right(banzhafSwings(c))).toEqual(d.swings)
        const total = d.swings.reduce((s, x) => s + x, 0n)
        if (total > 0n) right(banzhafIndex(c)).forEach((x, i) => expect(Math.abs(x - d.banzhaf[i]!)).toBeLessThan(1e-15))
        right(shapleyShubik(c)).forEach((x, i) => expect(Math.abs(x - d.ss[i]!)).toBeLessThan(1e-15))
        const game = right(toGame(c))
        d.win.forEach((w, m) => expect(game.values[m]).toBe(w ? 1 : 0))
        if (!d.win[2 ** c.n - 1]) return
        right(deeganPackel(c)).forEach((x, i) => expect(Math.abs(x - d.deeganPackel[i]!)).toBeLessThan(1e-14))
        right(johnston(c)).forEach((x, i) => expect(Math.abs(x - d.johnston[i]!)).toBeLessThan(1e-14))
        right(publicGoodIndex(c)).forEach((x, i) => expect(Math.abs(x - d.pgi[i]!)).toBeLessThan(1e-14))
      }),
      { numRuns: 300 },
    )
  })

  it('allOf(g) and anyOf(g) are g; allOf(g, g) is g; allOf is the intersection and anyOf the union of winning sets', () => {
    fc.assert(
      fc.property(compoundCouncil, compoundCouncil, (a, b) => {
        if (a.n !== b.n) return
        const only = right(allOf(a))
        expect(right(banzhafSwings(only))).toEqual(right(banzhafSwings(a)))
        expect(right(banzhafSwings(right(anyOf(a))))).toEqual(right(banzhafSwings(a)))
        expect(right(banzhafSwings(right(allOf(a, a))))).toEqual(right(banzhafSwings(a)))
        const both = allOf(a, b)
        const either = anyOf(a, b)
        // Six conditions of random weights can exceed the exact method's bounds: that must say so.
        if (E.isLeft(both) || E.isLeft(either)) {
          expect(E.isLeft(both) ? both.left._tag : 'TooLarge').toBe('TooLarge')
          return
        }
        const va = right(toGame(a)).values
        const vb = right(toGame(b)).values
        right(toGame(both.right)).values.forEach((x, m) => expect(x).toBe(Math.min(va[m]!, vb[m]!)))
        right(toGame(either.right)).values.forEach((x, m) => expect(x).toBe(Math.max(va[m]!, vb[m]!)))
      }),
      { numRuns: 150 },
    )
  })
})

describe('the UN Security Council as "9 votes and all 5 permanent members"', () => {
  const nine = council(9, Array(15).fill(1))
  const p5 = council(5, [1, 1, 1, 1, 1, ...Array(10).fill(0)])
  const compound = right(allOf(nine, p5))
  const weighted = council(39, UNSC)
  it('is the game [39; 7×5, 1×10]: the same winning coalitions and every index the same (Shapley & Shubik 1954: 421/2145)', () => {
    expect(right(toGame(compound)).values).toEqual(right(toGame(weighted)).values)
    expect(right(banzhafSwings(compound))).toEqual(right(banzhafSwings(weighted)))
    right(shapleyShubik(compound)).forEach((x, i) => expect(Math.abs(x - (i < 5 ? 421 / 2145 : 4 / 2145))).toBeLessThan(1e-16))
    expect(right(banzhafIndex(compound))).toEqual(right(banzhafIndex(weighted)))
    expect(right(deeganPackel(compound))).toEqual(right(deeganPackel(weighted)))
  })
})

// ---------------------------------------------------------------------------------------------
// The EU Council: population shares of the 27 members for 2025 (1 January 2024 populations), in
// percent to two decimals, as published from the Council's figures by Agence Europe (12 December
// 2024, "Updating of EU member states' population figures for calculating qualified majority
// voting in EU Council"). Shares rounded to 0.01% sum to 100.01.
const EU27: Record<string, number> = {
  Germany: 18.49, France: 15.17, Italy: 13.23, Spain: 10.78, Poland: 8.33, Romania: 4.23, Netherlands: 4.01, Belgium: 2.62,
  Czechia: 2.42, Portugal: 2.36, Sweden: 2.34, Greece: 2.31, Hungary: 2.13, Austria: 2.02, Bulgaria: 1.43, Denmark: 1.32,
  Finland: 1.25, Slovakia: 1.21, Ireland: 1.19, Croatia: 0.86, Lithuania: 0.64, Slovenia: 0.47, Latvia: 0.42, Estonia: 0.30,
  Cyprus: 0.21, Luxembourg: 0.15, Malta: 0.12,
}

/**
 * Swing counts by coalition size for the EU rule, by meet-in-the-middle: for each member, the 26
 * others split in two halves of 13; one half's subsets are sorted by population within each size,
 * and for every subset of the other half the partners completing a swing are counted by binary
 * search. Independent of the library's dynamic programme.
 */
const euSwingsByMeetInTheMiddle = (pops: number[], quota: number): { swings: bigint[]; bySize: number[][] } => {
  const n = pops.length
  const total = pops.reduce((s, x) => s + x, 0)
  const popQuota = Math.ceil((65 * total) / 100)
  const subsets = (idx: number[]): { k: number; p: number }[] =>
    Array.from({ length: 2 ** idx.length }, (_, m) => ({
      k: popcount(m),
      p: idx.reduce((s, j, b) => (m & (1 << b) ? s + pops[j]! : s), 0),
    }))
  const countBelow = (xs: Float64Array, x: number): number => {
    let lo = 0
    let hi = xs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (xs[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const bySize = pops.map(() => new Array<number>(n).fill(0))
  const swings = pops.map((pi, i) => {
    const others = pops.map((_, j) => j).filter((j) => j !== i)
    const left = subsets(others.slice(0, 13))
    const rightHalf = subsets(others.slice(13))
    const sorted = Array.from({ length: 14 }, (_, k) => Float64Array.from(rightHalf.filter((s) => s.k === k).map((s) => s.p)).sort())
    let count = 0n
    for (const a of left)
      for (let kb = 0; kb <= 13; kb++) {
        const k = a.k + kb
        // Others' population P with the coalition losing at (k, P) and winning at (k + 1, P + pi):
        // losing needs k < n − 3 and (k < quota or P < popQuota); winning needs k + 1 ≥ n − 3, or
        // k + 1 ≥ quota and P ≥ popQuota − pi.
        if (k >= n - 3 || (k + 1 < n - 3 && k + 1 < quota)) continue
        const from = k + 1 >= n - 3 ? 0 : Math.max(0, popQuota - pi)
        const to = k >= quota ? popQuota - 1 : total
        const m = countBelow(sorted[kb]!, to - a.p + 0.5) - countBelow(sorted[kb]!, from - a.p - 0.5)
        count += BigInt(m)
        bySize[i]![k]! += m
      }
    return count
  })
  return { swings, bySize }
}

describe('EU Council qualified majority', () => {
  const eu = right(euQualifiedMajority({ populations: EU27 }))
  const pops = Object.values(EU27).map((x) => Math.round(x * 100))
  it('is anyOf(allOf(15 of 27 members, 65% of the population), 24 of 27 members), with the members as players', () => {
    expect(eu.kind).toBe('anyOf')
    expect(eu.players).toEqual(Object.keys(EU27))
    const [double, unblockable] = eu.parts as [Council, Council]
    expect(double.kind).toBe('allOf')
    expect(unblockable.kind === 'weighted' && unblockable.integerQuota).toBe(24)
    const [count, population] = (double as { readonly parts: readonly Council[] }).parts as unknown as [WeightedVotingGame, WeightedVotingGame]
    expect(count.integerQuota).toBe(15)
    // 65% of 10,001 hundredths of a percent, rounded up.
    expect(population.integerQuota).toBe(6501)
  })
  it('Banzhaf swings equal an independent meet-in-the-middle count, and Shapley–Shubik its size-weighted sum', () => {
    const { swings, bySize } = euSwingsByMeetInTheMiddle(pops, 15)
    expect(right(banzhafSwings(eu))).toEqual(swings)
    const n = 27
    const fact = [1n]
    for (let k = 1; k <= n; k++) fact.push(fact[k - 1]! * BigInt(k))
    const ss = bySize.map((row) => Number(row.reduce((s, c, k) => s + BigInt(c) * fact[k]! * fact[n - 1 - k]!, 0n)) / Number(fact[n]!))
    right(shapleyShubik(eu)).forEach((x, i) => expect(Math.abs(x - ss[i]!) / ss[i]!).toBeLessThan(1e-14))
  })
  it('more population, more power: both indices are ordered as the populations (ties shared)', () => {
    for (const idx of [right(banzhafIndex(eu)), right(shapleyShubik(eu))]) {
      expect(Math.abs(idx.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-14)
      pops.forEach((p, i) => pops.forEach((q, j) => { if (p > q) expect(idx[i]!).toBeGreaterThanOrEqual(idx[j]!) }))
    }
  })
  it('bad tables are Lefts that name the rule: too few members, a negative population, an unknown key', () => {
    const few = euQualifiedMajority({ populations: { A: 1, B: 2, C: 3 } })
    expect(E.isLeft(few) && few.left.message).toBe('populations: a blocking minority needs 4 members, so the rule needs at least 4, got 3')
    const neg = euQualifiedMajority({ populations: { A: 1, B: -2, C: 3, D: 4 } })
    expect(E.isLeft(neg) && neg.left._tag).toBe('DecodeError')
    const typo = euQualifiedMajority({ population: EU27 })
    expect(E.isLeft(typo) && typo.left.message).toBe('population: unknown key; did you mean populations?')
  })
  it('populations in persons are too many sums for the exact method: TooLarge says to use coarser units', () => {
    const persons = Object.fromEntries(Object.entries(EU27).map(([k, v]) => [k, Math.round(v * 4_510_288)]))
    const r = euQualifiedMajority({ populations: persons })
    expect(E.isLeft(r) && r.left._tag).toBe('TooLarge')
    expect(E.isLeft(r) && r.left.message).toMatch(/^populations: they total \d+, too many sums to count exactly: give them in thousands/)
  })
})

// ---------------------------------------------------------------------------------------------
// The US federal system: a bill passes with a majority of the House (218 of 435), of the Senate
// (51 of 100) and the President, or over a veto with two-thirds of both (290 and 67). The Vice
// President's tie-break is left out.
describe('the US federal system (House, Senate, President, or a two-thirds override)', () => {
  const n = 536
  const house = Array.from({ length: n }, (_, i) => (i < 435 ? 1 : 0))
  const senate = Array.from({ length: n }, (_, i) => (i >= 435 && i < 535 ? 1 : 0))
  const president = Array.from({ length: n }, (_, i) => (i === 535 ? 1 : 0))
  const us = right(
    anyOf(
      right(allOf(council(218, house), council(51, senate), council(1, president))),
      right(allOf(council(290, house), council(67, senate))),
    ),
  )
  /** Exact indices by counting the three kinds of member: h representatives, s senators and p ∈ {0, 1} presidents. */
  const byKinds = () => {
    const fact = [1n]
    for (let k = 1; k <= n; k++) fact.push(fact[k - 1]! * BigInt(k))
    const choose = (a: number, b: number): bigint => (b < 0 || b > a ? 0n : fact[a]! / (fact[b]! * fact[a - b]!))
    const wins = (h: number, s: number, p: number): boolean => (h >= 218 && s >= 51 && p === 1) || (h >= 290 && s >= 67)
    const sizes = [435, 100, 1]
    return sizes.map((_, kind) => {
      const others = sizes.map((m, j) => (j === kind ? m - 1 : m))
      let swings = 0n
      let ss = 0n
      for (let h = 0; h <= others[0]!; h++)
        for (let s = 0; s <= others[1]!; s++)
          for (let p = 0; p <= others[2]!; p++) {
            const add = [h, s, p]
            const joined = add.map((x, j) => (j === kind ? x + 1 : x)) as [number, number, number]
            if (wins(h, s, p) || !wins(...joined)) continue
            const ways = choose(others[0]!, h) * choose(others[1]!, s) * choose(others[2]!, p)
            const k = h + s + p
            swings += ways
            ss += ways * fact[k]! * fact[n - 1 - k]!
          }
      return { swings, ss: Number((ss * 10n ** 30n) / fact[n]!) / 1e30 }
    })
  }
  it('Banzhaf swings and Shapley–Shubik equal an exact count over the three kinds of member', () => {
    const [rep, sen, pres] = byKinds() as [{ swings: bigint; ss: number }, { swings: bigint; ss: number }, { swings: bigint; ss: number }]
    const swings = right(banzhafSwings(us))
    expect(swings[0]).toBe(rep.swings)
    expect(swings[435]).toBe(sen.swings)
    expect(swings[535]).toBe(pres.swings)
    const ss = right(shapleyShubik(us))
    expect(Math.abs(ss[0]! - rep.ss) / rep.ss).toBeLessThan(1e-14)
    expect(Math.abs(ss[435]! - sen.ss) / sen.ss).toBeLessThan(1e-14)
    expect(Math.abs(ss[535]! - pres.ss) / pres.ss).toBeLessThan(1e-14)
    expect(Math.abs(435 * ss[0]! + 100 * ss[435]! + ss[535]! - 1)).toBeLessThan(1e-13)
  })
})

describe('quotas as shares', () => {
  it('{ share } is met when the weight is at least that share of the total, in exact decimal arithmetic', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 8 }).filter((w) => w.some((x) => x > 0)),
        // Evenly spread shares in (0, 1] with up to three decimals.
        fc.integer({ min: 1, max: 1000 }),
        (w, thousandths) => {
          const share = thousandths / 1000
          const g = council({ share }, w)
          const total = w.reduce((s, x) => s + x, 0)
          const values = right(toGame(g)).values
          for (let m = 0; m < 2 ** w.length; m++) {
            const sum = w.reduce((s, x, i) => (m & (1 << i) ? s + x : s), 0)
            expect(values[m]).toBe(1000 * sum >= thousandths * total ? 1 : 0)
          }
        },
      ),
    )
  })
  it('with non-integer weights the share applies to the rescaled whole numbers: half of 0.3 + 0.4 is 0.35, so 0.4 is needed', () => {
    const g = council({ share: 0.5 }, [0.3, 0.4])
    expect(g.integerWeights).toEqual([3, 4])
    expect(g.integerQuota).toBe(4)
    expect(g.quota).toBe(0.4)
    expect(g.share).toBe(0.5)
  })
  it('EU population share 65% of 10,001: 6,501 (65 × 10,001 / 100 = 6,500.65, rounded up)', () => {
    expect(council({ share: 0.65 }, Object.values(EU27).map((x) => x)).integerQuota).toBe(6501)
  })
  it('a plain quota below one vote with weights totalling 2 or more is refused with a suggestion; { votes } says it is meant', () => {
    const r = weightedVotingGame({ quota: 0.5, weights: [10, 20, 30] })
    expect(E.isLeft(r) && r.left._tag).toBe('InvalidProblem')
    expect(E.isLeft(r) && r.left.message).toBe(
      'quota: 0.5 is less than one vote while the weights total 60; write a share of the total weight as { share: 0.5 }, or an absolute quota below one vote as { votes: 0.5 }',
    )
    const meant = council({ votes: 0.5 }, [10, 20, 30])
    expect(right(banzhafIndex(meant))).toEqual([1 / 3, 1 / 3, 1 / 3])
    // Weights that are themselves shares (total below 2) keep a plain quota.
    expect(E.isRight(weightedVotingGame({ quota: 0.5, weights: [0.6, 0.3, 0.1] }))).toBe(true)
  })
  it.each([
    [{ quota: { share: 0 }, weights: [1, 2] }, 'quota: expected a number of votes > 0, { share } in (0, 1] or { votes } > 0, got {"share":0}'],
    [{ quota: { share: 1.5 }, weights: [1, 2] }, 'quota.share: 1.5 is above 1, the whole of the total weight; a share lies in (0, 1]'],
    [{ quota: { share: Number.NaN }, weights: [1, 2] }, 'quota: expected a number of votes > 0, { share } in (0, 1] or { votes } > 0, got {"share":null}'],
    [{ quota: { share: 0.5, votes: 1 }, weights: [1, 2] }, 'quota: give either { share } or { votes }, not both'],
    [{ quota: { shares: 0.5 }, weights: [1, 2] }, 'quota.shares: unknown key; did you mean share?'],
    [{ quorum: 2, weights: [1, 2] }, 'quorum: unknown key; did you mean quota?'],
    [{ quota: 2, wieghts: [1, 2] }, 'wieghts: unknown key; did you mean weights?'],
  ])('%j → %s', (input, message) => {
    const r = weightedVotingGame(input)
    expect(E.isLeft(r) && r.left.message).toBe(message)
  })
})

describe('bad compound input', () => {
  it('conditions with different numbers of voters, no conditions, clashing labels, look-alikes: clear Lefts, nothing thrown', () => {
    const three = council(2, [1, 1, 1])
    const two = council(1, [1, 1])
    const r1 = allOf(three, two)
    expect(E.isLeft(r1) && r1.left.message).toBe('allOf: condition 2 has 2 voters where condition 1 has 3; every condition must weigh the same voters')
    const r2 = anyOf()
    expect(E.isLeft(r2) && r2.left.message).toBe('anyOf: needs at least one condition, got none')
    const r3 = allOf(council(1, [1, 1], ['A', 'B']), council(1, [1, 1], ['B', 'A']))
    expect(E.isLeft(r3) && r3.left._tag).toBe('InvalidGame')
    const lookAlike = { ...three } as unknown as Council
    const r4 = allOf(three, lookAlike)
    expect(E.isLeft(r4) && r4.left.message).toBe('allOf: condition 2 is not a council made by weightedVotingGame, allOf or anyOf')
    const r5 = (allOf as (...u: unknown[]) => E.Either<unknown, unknown>)(undefined)
    expect(E.isLeft(r5)).toBe(true)
  })
  it('unlabelled conditions take the labels of the labelled ones', () => {
    const g = right(allOf(council(1, [1, 1]), council(1, [1, 0], ['A', 'B'])))
    expect(g.players).toEqual(['A', 'B'])
  })
  it('the indices refuse a council not made by this module with a DecodeError that names them (deeganPackel and toGame threw)', () => {
    const fake = JSON.parse(JSON.stringify(council(3, [2, 1, 1]))) as Council
    for (const [name, f] of [['shapleyShubik', shapleyShubik], ['banzhafIndex', banzhafIndex], ['banzhafSwings', banzhafSwings], ['deeganPackel', deeganPackel], ['johnston', johnston], ['publicGoodIndex', publicGoodIndex], ['toGame', toGame]] as const) {
      const r = (f as (g: Council) => E.Either<{ readonly _tag: string; readonly message: string }, unknown>)(fake)
      expect(E.isLeft(r) && `${r.left._tag}: ${r.left.message}`).toBe(`DecodeError: ${name}: expected a council made by weightedVotingGame, allOf or anyOf, got an object`)
    }
  })
  it('conditions whose joint sums exceed the exact method are TooLarge, naming the totals', () => {
    const r = allOf(council(1, [5_000_000, 1]), council(1, [1, 5_000_000]))
    expect(E.isLeft(r) && r.left._tag).toBe('TooLarge')
    expect(E.isLeft(r) && r.left.message).toMatch(/^allOf: the conditions' weight totals \(5000001 × 5000001 and 3 head counts\) give 7.50e\+13 joint sums/)
  })
})
