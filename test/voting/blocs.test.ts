// Power with blocs (a priori unions): the Owen, Banzhaf–Owen and symmetric coalitional Banzhaf
// indices of councils, and the Owen value of TU games.
import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { makeGame, owenValue, shapley, type Game } from '../../src/index.js'
import {
  allOf, anyOf, banzhafIndex, banzhafOwenIndex, banzhafSwings, owenIndex, shapleyShubik, symmetricCoalitionalBanzhaf, weightedVotingGame,
  type Council, type WeightedVotingGame,
} from '../../src/voting/index.js'
import { right } from '../helpers.js'

const council = (quota: number, weights: number[], players?: string[]): WeightedVotingGame =>
  right(weightedVotingGame(players === undefined ? { quota, weights } : { quota, weights, players }))

type Level = 'shapley' | 'banzhaf'
const INDICES = [
  { name: 'owenIndex', f: owenIndex, between: 'shapley', within: 'shapley' },
  { name: 'banzhafOwenIndex', f: banzhafOwenIndex, between: 'banzhaf', within: 'banzhaf' },
  { name: 'symmetricCoalitionalBanzhaf', f: symmetricCoalitionalBanzhaf, between: 'banzhaf', within: 'shapley' },
] as const

// ---------------------------------------------------------------------------------------------
// The definition, by enumeration of every R ⊆ M∖k and T ⊆ P_k∖i, in exact BigInt fractions.

const winsByDefinition = (c: Council, mask: number): boolean => {
  if (c.kind === 'weighted') return c.integerWeights.reduce((s, w, i) => (mask & (1 << i) ? s + w : s), 0) >= c.integerQuota
  return c.kind === 'allOf' ? c.parts.every((p) => winsByDefinition(p, mask)) : c.parts.some((p) => winsByDefinition(p, mask))
}

const fact = [1n]
for (let k = 1; k <= 30; k++) fact.push(fact[k - 1]! * BigInt(k))
/** The level's weight of a subset of size r out of J + 1, as [numerator, denominator]. */
const weight = (level: Level, r: number, J: number): [bigint, bigint] =>
  level === 'shapley' ? [fact[r]! * fact[J - r]!, fact[J + 1]!] : [1n, 2n ** BigInt(J)]

/** Σ_R Σ_T α(|R|) β(|T|) (v(Q_R ∪ T ∪ i) − v(Q_R ∪ T)) for every player, from a worth function. */
const coalitionalByDefinition = (n: number, worth: (mask: number) => number, unions: number[][], between: Level, within: Level): number[] => {
  const out = new Array<number>(n).fill(0)
  const m = unions.length
  unions.forEach((members, k) => {
    const others = unions.filter((_, j) => j !== k).map((u) => u.reduce((s, i) => s | (1 << i), 0))
    for (const i of members) {
      const mates = members.filter((j) => j !== i)
      let sum = 0
      for (let R = 0; R < 2 ** others.length; R++) {
        const q = others.reduce((s, u, b) => (R & (1 << b) ? s | u : s), 0)
        const r = others.filter((_, b) => R & (1 << b)).length
        const [an, ad] = weight(between, r, m - 1)
        for (let T = 0; T < 2 ** mates.length; T++) {
          const inner = mates.reduce((s, j, b) => (T & (1 << b) ? s | (1 << j) : s), 0)
          const t = mates.filter((_, b) => T & (1 << b)).length
          const [bn, bd] = weight(within, t, mates.length)
          const S = q | inner
          const delta = worth(S | (1 << i)) - worth(S)
          if (delta !== 0) sum += (Number(an * bn) / Number(ad * bd)) * delta
        }
      }
      out[i] = sum
    }
  })
  return out
}

/** A random partition of n players: bloc ids drawn per player, as lists of indices. */
const partition = (n: number): fc.Arbitrary<number[][]> =>
  fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: n, maxLength: n }).map((ids) => {
    const groups = new Map<number, number[]>()
    ids.forEach((b, i) => groups.set(b, [...(groups.get(b) ?? []), i]))
    return [...groups.values()]
  })

/** The blocs as label lists, leaving out (at random) the players who stand alone. */
const asBlocs = (players: readonly string[], unions: number[][], omitSingles: boolean): string[][] =>
  unions.filter((u) => !(omitSingles && u.length === 1)).map((u) => u.map((i) => players[i]!))

const weightedCouncil = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })
    .filter((w) => w.some((x) => x > 0))
    .chain((w) => fc.integer({ min: 1, max: w.reduce((s, x) => s + x, 0) }).map((q) => council(q, w))),
)

/** Random compound councils of up to 7 voters: two weighted conditions joined by allOf or anyOf. */
const compoundCouncil = fc.integer({ min: 1, max: 7 }).chain((n) => {
  const leaf = fc
    .array(fc.oneof(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 6 })), { minLength: n, maxLength: n })
    .filter((w) => w.some((x) => x > 0))
    .chain((w) => fc.integer({ min: 1, max: w.reduce((s, x) => s + x, 0) }).map((q) => council(q, w)))
  return fc.tuple(fc.boolean(), leaf, leaf).map(([all, a, b]) => right(all ? allOf(a, b) : anyOf(a, b)))
})

const withPartition = <C extends Council>(c: fc.Arbitrary<C>) =>
  c.chain((g) => fc.tuple(fc.constant(g), partition(g.n), fc.boolean()))

const expectClose = (a: readonly number[], b: readonly number[], tol: number): void => {
  expect(a.length).toBe(b.length)
  a.forEach((x, i) => expect(Math.abs(x - b[i]!)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b[i]!))))
}

// ---------------------------------------------------------------------------------------------

describe('published values: the Madrid Assembly 2015–2019', () => {
  // Giménez & Puente, "The Owen and the Owen–Banzhaf values applied to the study of the Madrid
  // Assembly and the Andalusian Parliament in legislature 2015–2019" (ICORES 2019), Table 1:
  // [65; 48, 37, 27, 17], the right-wing bloc PP + C's and the left-wing bloc PSOE + Podemos + C's.
  const players = ['PP', 'PSOE', 'Podemos', "C's"]
  const madrid = council(65, [48, 37, 27, 17], players)
  const right3 = [['PP', "C's"]]
  const left3 = [['PSOE', 'Podemos', "C's"]]
  it('Owen index: (2/3, 0, 0, 1/3) with PP + C\'s, (0, 1/3, 1/3, 1/3) with the left bloc; the Shapley–Shubik index without blocs', () => {
    expectClose(right(owenIndex(madrid, right3)), [2 / 3, 0, 0, 1 / 3], 1e-15)
    expectClose(right(owenIndex(madrid, left3)), [0, 1 / 3, 1 / 3, 1 / 3], 1e-15)
    expectClose(right(owenIndex(madrid, [])), [1 / 2, 1 / 6, 1 / 6, 1 / 6], 1e-15)
  })
  it('Banzhaf–Owen index: (3/4, 0, 0, 1/4) and (0, 1/4, 1/4, 1/4); the Banzhaf value (3/4, 1/4, 1/4, 1/4) without blocs', () => {
    expect(right(banzhafOwenIndex(madrid, right3))).toEqual([0.75, 0, 0, 0.25])
    expect(right(banzhafOwenIndex(madrid, left3))).toEqual([0, 0.25, 0.25, 0.25])
    expect(right(banzhafOwenIndex(madrid, []))).toEqual([0.75, 0.25, 0.25, 0.25])
  })
  it('symmetric coalitional Banzhaf index: (3/4, 0, 0, 1/4) and (0, 1/3, 1/3, 1/3)', () => {
    expectClose(right(symmetricCoalitionalBanzhaf(madrid, right3)), [0.75, 0, 0, 0.25], 1e-15)
    expectClose(right(symmetricCoalitionalBanzhaf(madrid, left3)), [0, 1 / 3, 1 / 3, 1 / 3], 1e-15)
  })
})

describe('bloc indices equal their definition (brute force over every R and T)', () => {
  for (const { name, f, between, within } of INDICES) {
    it(`${name} on random weighted councils and partitions`, () => {
      fc.assert(
        fc.property(withPartition(weightedCouncil), ([c, unions, omit]) => {
          const expected = coalitionalByDefinition(c.n, (m) => (winsByDefinition(c, m) ? 1 : 0), unions, between, within)
          const got = right(f(c, asBlocs(c.players, unions, omit)))
          expectClose(got, expected, 1e-14)
          // A voter who never swings gets exactly 0, not rounding noise.
          expected.forEach((x, i) => { if (x === 0) expect(got[i]).toBe(0) })
        }),
        { numRuns: 300 },
      )
    })
    it(`${name} on random compound councils and partitions`, () => {
      fc.assert(
        fc.property(withPartition(compoundCouncil), ([c, unions, omit]) => {
          const expected = coalitionalByDefinition(c.n, (m) => (winsByDefinition(c, m) ? 1 : 0), unions, between, within)
          const got = right(f(c, asBlocs(c.players, unions, omit)))
          expectClose(got, expected, 1e-14)
          // A voter who never swings gets exactly 0, not rounding noise.
          expected.forEach((x, i) => { if (x === 0) expect(got[i]).toBe(0) })
        }),
        { numRuns: 200 },
      )
    })
  }

  it('every index equals the definition on 16 voters with weights up to 1000 (long weight sums, removal over many steps)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 16, maxLength: 16 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 16, maxLength: 16 }),
        fc.integer({ min: 1, max: 999 }),
        (weights, ids, permille) => {
          const total = weights.reduce((s, w) => s + w, 0)
          const c = council(Math.max(1, Math.ceil((total * permille) / 1000)), weights)
          const unions = Array.from({ length: 6 }, (_, b) => c.players.map((_, i) => i).filter((i) => ids[i] === b)).filter((u) => u.length > 0)
          const wins = (m: number): number => (winsByDefinition(c, m) ? 1 : 0)
          for (const { f, between, within } of INDICES)
            expectClose(right(f(c, asBlocs(c.players, unions, false))), coalitionalByDefinition(16, wins, unions, between, within), 1e-13)
        },
      ),
      { numRuns: 15 },
    )
  })
})

describe('laws of the bloc indices', () => {
  const swingProbability = (c: Council): number[] => right(banzhafSwings(c)).map((s) => Number(s) / 2 ** (c.n - 1))

  it('every voter alone: Owen is Shapley–Shubik, Banzhaf–Owen and symmetric coalitional Banzhaf the swing probability', () => {
    fc.assert(
      fc.property(fc.oneof(weightedCouncil, compoundCouncil), (c) => {
        expectClose(right(owenIndex(c, [])), right(shapleyShubik(c)), 1e-14)
        expectClose(right(banzhafOwenIndex(c, c.players.map((p) => [p]))), swingProbability(c), 1e-14)
        expectClose(right(symmetricCoalitionalBanzhaf(c, [])), swingProbability(c), 1e-14)
      }),
    )
  })

  it('one bloc of all: Owen and symmetric coalitional Banzhaf are Shapley–Shubik, Banzhaf–Owen the swing probability', () => {
    fc.assert(
      fc.property(fc.oneof(weightedCouncil, compoundCouncil), (c) => {
        const all = [[...c.players]]
        expectClose(right(owenIndex(c, all)), right(shapleyShubik(c)), 1e-14)
        expectClose(right(symmetricCoalitionalBanzhaf(c, all)), right(shapleyShubik(c)), 1e-14)
        expectClose(right(banzhafOwenIndex(c, all)), swingProbability(c), 1e-14)
      }),
    )
  })

  it('Owen index is efficient; Owen and symmetric coalitional Banzhaf give each bloc its index in the game between blocs', () => {
    fc.assert(
      fc.property(withPartition(weightedCouncil), ([c, unions]) => {
        const blocs = asBlocs(c.players, unions, false)
        const owen = right(owenIndex(c, blocs))
        const pi = right(symmetricCoalitionalBanzhaf(c, blocs))
        expect(Math.abs(owen.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-14)
        // The quotient game: one voter per bloc with the bloc's weight.
        const quotient = council(c.integerQuota, unions.map((u) => u.reduce((s, i) => s + c.integerWeights[i]!, 0)))
        const ssQ = right(shapleyShubik(quotient))
        const bzQ = swingProbability(quotient)
        unions.forEach((u, k) => {
          expect(Math.abs(u.reduce((s, i) => s + owen[i]!, 0) - ssQ[k]!)).toBeLessThan(1e-14)
          expect(Math.abs(u.reduce((s, i) => s + pi[i]!, 0) - bzQ[k]!)).toBeLessThan(1e-14)
        })
      }),
      { numRuns: 300 },
    )
  })

  it('Banzhaf–Owen index: a voter keeps its index when a fellow member of its bloc leaves to stand alone', () => {
    fc.assert(
      fc.property(withPartition(weightedCouncil), ([c, unions]) => {
        const big = unions.findIndex((u) => u.length >= 2)
        if (big < 0) return
        const [stay, leave] = [unions[big]![0]!, unions[big]![1]!]
        const after = unions.map((u, k) => (k === big ? u.filter((i) => i !== leave) : u))
        const before = right(banzhafOwenIndex(c, asBlocs(c.players, unions, false)))
        const deserted = right(banzhafOwenIndex(c, asBlocs(c.players, after, false)))
        expect(Math.abs(before[stay]! - deserted[stay]!)).toBeLessThan(1e-14)
      }),
      { numRuns: 300 },
    )
  })

  it('voters of equal weight in the same bloc get the same index; the result does not depend on the order of the blocs', () => {
    fc.assert(
      fc.property(withPartition(weightedCouncil), ([c, unions]) => {
        const blocs = asBlocs(c.players, unions, false)
        for (const { f } of INDICES) {
          const x = right(f(c, blocs))
          expectClose(right(f(c, [...blocs].reverse().map((b) => [...b].reverse()))), x, 1e-14)
          for (const u of unions)
            for (const i of u) for (const j of u) if (c.integerWeights[i] === c.integerWeights[j]) expect(x[i]).toBe(x[j])
        }
      }),
      { numRuns: 200 },
    )
  })

  it('a compound council with 25 voters standing alone gives the plain index (no enumeration of the blocs\' coalitions)', () => {
    const c = right(allOf(council(13, Array(25).fill(1)), council(40, Array.from({ length: 25 }, (_, i) => 1 + (i % 5)))))
    expectClose(right(owenIndex(c, [])), right(shapleyShubik(c)), 1e-13)
    expectClose(right(symmetricCoalitionalBanzhaf(c, [])), swingProbability(c), 1e-13)
  })

  it('a parliament of 720 single-vote members in 8 party groups, and a 190-member board in 25 constituencies, finish within bounds', () => {
    const groups = [188, 136, 84, 78, 77, 53, 46, 58]
    const mps = council(361, Array(720).fill(1))
    let at = 0
    const blocs = groups.map((g) => mps.players.slice(at, (at += g)))
    const owen = right(owenIndex(mps, blocs))
    expect(Math.abs(owen.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12)
    // Members of one group share its quotient power equally.
    const quotient = right(shapleyShubik(council(361, groups)))
    expect(Math.abs(owen[0]! * 188 - quotient[0]!)).toBeLessThan(1e-12)
  })
})

describe('bad input to the bloc indices', () => {
  const madrid = council(65, [48, 37, 27, 17], ['PP', 'PSOE', 'Podemos', "C's"])
  const message = (e: E.Either<{ readonly _tag: string; readonly message: string }, unknown>): string => (E.isLeft(e) ? `${e.left._tag}: ${e.left.message}` : 'Right')
  it('names the bloc, the entry and the rule broken, with a suggestion for a misspelt label', () => {
    expect(message(owenIndex(madrid, [['PP', 'Cs']]))).toBe(`InvalidGame: owenIndex: blocs[0][1]: no player is labelled "Cs"; did you mean "C's"?`)
    expect(message(owenIndex(madrid, [['PP'], ['PP', 'PSOE']]))).toBe('InvalidGame: owenIndex: blocs[1][0]: "PP" is already in blocs[0]; a player belongs to one bloc at most')
    expect(message(banzhafOwenIndex(madrid, [[]]))).toBe('InvalidGame: banzhafOwenIndex: blocs[0] is empty; a bloc needs at least one member')
    expect(message(owenIndex(madrid, [[1, 4]] as unknown as string[][]))).toBe(
      'DecodeError: owenIndex: blocs[0][0] must be a player label (a string such as "PP"), got the number 1',
    )
    expect(message(symmetricCoalitionalBanzhaf(madrid, 'PP' as unknown as string[][]))).toMatch(/^DecodeError: symmetricCoalitionalBanzhaf: blocs must be a list/)
    expect(message(owenIndex({ quota: 3, weights: [1, 2] } as unknown as Council, []))).toMatch(/^DecodeError: owenIndex: expected a council/)
    expect(message(owenIndex(null as unknown as Council, []))).toMatch(/^DecodeError/)
  })
  it('refuses work past the bound with a TooLarge that says what to change, and never mutates the blocs', () => {
    const big = council(3_300_000, Array.from({ length: 190 }, (_, i) => 10_007 + i * 263))
    const e = owenIndex(big, [])
    expect(message(e)).toMatch(/^TooLarge: owenIndex: these blocs take about .* counting steps.*merge blocs/)
    const blocs = [['PSOE', 'Podemos', "C's"]]
    const frozen = JSON.stringify(blocs)
    right(owenIndex(madrid, blocs))
    expect(JSON.stringify(blocs)).toBe(frozen)
  })
})

describe('the Owen value of a TU game', () => {
  const randomGame = fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.array(fc.integer({ min: -50, max: 100 }), { minLength: 2 ** n - 1, maxLength: 2 ** n - 1 }).map((v) => right(makeGame([0, ...v]))),
  )
  /** Average marginal contribution over every order in which each bloc's members arrive together. */
  const byOrders = (g: Game, unions: number[][]): number[] => {
    const out = new Array<number>(g.n).fill(0)
    let orders = 0
    const perms = <T>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])))
    const inside = unions.map((u) => perms(u))
    const outer = perms(unions.map((_, k) => k))
    for (const o of outer) {
      const walk = (depth: number, order: number[]): void => {
        if (depth === o.length) {
          orders++
          let mask = 0
          for (const i of order) {
            out[i]! += g.values[mask | (1 << i)]! - g.values[mask]!
            mask |= 1 << i
          }
          return
        }
        for (const p of inside[o[depth]!]!) walk(depth + 1, [...order, ...p])
      }
      walk(0, [])
    }
    return out.map((x) => x / orders)
  }
  it('equals the average over bloc-consistent orders (Owen 1977, definition) and the formula, on random games', () => {
    fc.assert(
      fc.property(
        randomGame.chain((g) => fc.tuple(fc.constant(g), partition(g.n), fc.boolean())),
        ([g, unions, omit]) => {
          const ow = right(owenValue(g, asBlocs(g.players, unions, omit)))
          expectClose(ow, byOrders(g, unions), 1e-12)
          expectClose(ow, coalitionalByDefinition(g.n, (m) => g.values[m]!, unions, 'shapley', 'shapley'), 1e-12)
          expect(Math.abs(ow.reduce((s, x) => s + x, 0) - g.values[2 ** g.n - 1]!)).toBeLessThan(1e-10)
        },
      ),
      { numRuns: 200 },
    )
  })
  it('is the Shapley value with every player alone or all in one bloc', () => {
    fc.assert(
      fc.property(randomGame, (g) => {
        expectClose(right(owenValue(g, [])), shapley(g), 1e-12)
        expectClose(right(owenValue(g, [[...g.players]])), shapley(g), 1e-12)
      }),
    )
  })
  it('refuses what is not a game or not a partition', () => {
    const g = right(makeGame([0, 1, 1, 3], { players: ['US', 'UK'] }))
    expect(E.isLeft(owenValue({ n: 2 } as unknown as Game, []))).toBe(true)
    const e = owenValue(g, [['US', 'Uk']])
    expect(E.isLeft(e) && e.left.message).toBe('owenValue: blocs[0][1]: no player is labelled "Uk"; did you mean "UK"?')
  })
})

describe('progress reports of the counting indices', () => {
  const board = council(3_300_000, Array.from({ length: 190 }, (_, i) => 10_007 + i * 263))
  const eu = right(allOf(council(15, Array(27).fill(1)), council(650, Array.from({ length: 27 }, (_, i) => 10 + 3 * i))))
  const record = (run: (options: { onProgress: (done: number, total: number) => void }) => unknown): [number, number][] => {
    const calls: [number, number][] = []
    run({ onProgress: (done, total) => void calls.push([done, total]) })
    return calls
  }
  const expectSteady = (calls: [number, number][], total: number): void => {
    expect(calls.length).toBe(total)
    calls.forEach(([done, t], k) => {
      expect(t).toBe(total)
      expect(done).toBe(k + 1)
    })
  }
  it('shapleyShubik reports one call per node pair (weighted) or prime (compound), ending at done = total', () => {
    expectSteady(record((o) => right(shapleyShubik(board, o))), Math.ceil((Math.ceil(190 / 2) + 1) / 2))
    const calls = record((o) => right(shapleyShubik(eu, o)))
    expectSteady(calls, calls[0]![1])
  })
  it('banzhafSwings one per prime; banzhafIndex once for a weighted council; the bloc indices per node pair and bloc', () => {
    const swings = record((o) => right(banzhafSwings(board, o)))
    expect(swings.length).toBeGreaterThanOrEqual(4)
    expectSteady(swings, swings[0]![1])
    expectSteady(record((o) => right(banzhafIndex(board, o))), 1)
    const parliament = council(400, Array.from({ length: 120 }, (_, i) => 1 + (i % 7)))
    const blocs = [parliament.players.slice(0, 50), parliament.players.slice(50, 70)]
    // 52 blocs in all (two named, 50 voters alone): ⌈(⌈52/2⌉ + 1)/2⌉ = 14 node pairs, then one report per bloc.
    expectSteady(record((o) => right(owenIndex(parliament, blocs, o))), 14 + 52)
    expectSteady(record((o) => right(banzhafOwenIndex(eu, [eu.players.slice(0, 3)], o))), 1 + 25)
  })
  it('bad options: a DecodeError from every counting index, naming the key', () => {
    const said = (r: E.Either<{ readonly _tag: string; readonly message: string }, unknown>): string => (E.isLeft(r) ? `${r.left._tag}: ${r.left.message}` : 'Right')
    expect(said(shapleyShubik(board, { onProgres: () => {} } as never))).toBe('DecodeError: shapleyShubik: options.onProgres: unknown key; did you mean onProgress?')
    expect(said(banzhafIndex(board, { onProgress: 1 } as never))).toMatch(/^DecodeError: banzhafIndex: options.onProgress must be a function/)
    expect(said(banzhafSwings(board, [] as never))).toMatch(/^DecodeError: banzhafSwings: options must be an object/)
    expect(said(owenIndex(board, [], { onProgres: () => {} } as never))).toBe('DecodeError: owenIndex: options.onProgres: unknown key; did you mean onProgress?')
  })
  it('an onProgress that throws stops the count with an InvalidProblem quoting it (the error escaped the call)', () => {
    const stop = { onProgress: () => { throw new Error('cancelled by the user') } }
    for (const r of [shapleyShubik(board, stop), banzhafIndex(board, stop), banzhafSwings(board, stop), owenIndex(eu, [eu.players.slice(0, 3)], stop), shapleyShubik(eu, stop)])
      expect(E.isLeft(r) && `${r.left._tag}: ${r.left.message}`).toBe('InvalidProblem: options.onProgress: the callback threw: cancelled by the user')
  })
})
