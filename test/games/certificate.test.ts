// The pieces of the nucleolus certificate against brute force: the span of coalition vectors
// (complement basis, floating point) against exact rank by fraction-free elimination in BigInt, and
// the balancedness test with generated columns against the same LP with every coalition a column.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadLpSolver } from '../../src/games/index.js'
import { fullBalanced, generatedBalanced } from '../../src/internal/kohlberg.js'
import { makeSpan } from '../../src/internal/span.js'

const lp = await loadLpSolver()

/** The exact rank of the indicator vectors of `masks` (Bareiss elimination: every entry stays an integer). */
const exactRank = (n: number, masks: readonly number[]): number => {
  const rows = masks.map((m) => Array.from({ length: n }, (_, i) => BigInt((m >>> i) & 1)))
  let rank = 0
  let prev = 1n
  for (let col = 0; col < n && rank < rows.length; col++) {
    const pivot = rows.findIndex((r, k) => k >= rank && r[col] !== 0n)
    if (pivot < 0) continue
    ;[rows[rank], rows[pivot]] = [rows[pivot]!, rows[rank]!]
    const p = rows[rank]!
    for (let k = rank + 1; k < rows.length; k++) {
      const r = rows[k]!
      const f = r[col]!
      for (let j = 0; j < n; j++) r[j] = (p[col]! * r[j]! - f * p[j]!) / prev
    }
    prev = p[col]!
    rank++
  }
  return rank
}

// Collections of coalitions of n = 2..10 players, drawn evenly over the proper coalitions, with repeats.
const collectionArb = fc.integer({ min: 2, max: 10 }).chain((n) =>
  fc.record({ n: fc.constant(n), masks: fc.array(fc.integer({ min: 1, max: (1 << n) - 2 }), { minLength: 1, maxLength: 40 }) }),
)

describe('the span of coalition vectors', () => {
  it('raises its rank exactly when the exact rank rises, and contains exactly the vectors in the exact span', () => {
    fc.assert(
      fc.property(collectionArb, fc.integer({ min: 1, max: 1022 }), ({ n, masks }, probe) => {
        const span = makeSpan(n)
        const added: number[] = []
        for (const m of masks) {
          const rises = exactRank(n, [...added, m]) > exactRank(n, added)
          expect(span.add(m)).toBe(rises)
          if (rises) added.push(m)
          expect(span.rank()).toBe(added.length)
        }
        const q = probe % ((1 << n) - 1) || 1
        expect(span.contains(q)).toBe(exactRank(n, [...added, q]) === added.length)
      }),
      { numRuns: 300 },
    )
  })
  it('reaches full rank on the singletons and then contains every coalition', () => {
    const span = makeSpan(24)
    for (let i = 0; i < 24; i++) expect(span.add(1 << i)).toBe(true)
    expect(span.rank()).toBe(24)
    expect(span.contains(0xabcdef)).toBe(true)
    expect(span.add(3)).toBe(false)
  })
})

describe('balancedness with generated columns', () => {
  it('agrees with the LP that has every coalition a column, with and without singletons at their floor', () => {
    let balancedCount = 0
    fc.assert(
      fc.property(collectionArb, fc.integer({ min: 0, max: 1023 }), ({ n, masks }, floorBits) => {
        const collection = [...new Set(masks)]
        const floor = Array.from({ length: n }, (_, i) => 1 << i).filter((_, i) => (floorBits >>> i) & 1)
        // Seeds as the check gives them: the coalitions that raised the rank, in order.
        const span = makeSpan(n)
        const seeds = collection.filter((m) => span.add(m))
        const full = fullBalanced(lp, n, collection, floor)
        if (full) balancedCount++
        expect(generatedBalanced(lp, n, collection, floor, seeds)).toBe(full)
      }),
      { numRuns: 400 },
    )
    // Both answers occur: the property compares more than one kind of collection.
    expect(balancedCount).toBeGreaterThan(0)
  })
  it('finds a partition balanced, and a collection missing a player not', () => {
    // {1,2}, {3}: weights 1 and 1. {1,2}, {2,3}: player 2 covered twice, 1 and 3 once: not balanced.
    expect(generatedBalanced(lp, 3, [0b011, 0b100], [], [0b011])).toBe(true)
    expect(fullBalanced(lp, 3, [0b011, 0b110], [])).toBe(false)
    expect(generatedBalanced(lp, 3, [0b011, 0b110], [], [0b011, 0b110])).toBe(false)
    // With player 2's singleton at its floor (weight may be zero) it is still not balanced; with 1 and 3's it is.
    expect(fullBalanced(lp, 3, [0b011, 0b110], [0b100, 0b001])).toBe(true)
    expect(generatedBalanced(lp, 3, [0b011, 0b110], [0b100, 0b001], [0b011])).toBe(true)
  })
})
