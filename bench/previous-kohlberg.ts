// Kohlberg's check of the previous release, kept only for bench/nucleolus.bench.ts (see previous-lexicographic.ts).
// Kohlberg's criterion, as an independent check of a computed (pre)nucleolus: for every excess level
// α, the coalitions with excess ≥ α must form a balanced collection (for the nucleolus: balanced
// with the help of the singletons held at their individual worth, whose weights may be zero).
import type { Game } from '../src/core/Game.js'
import { coalitionSumsKernel } from '../src/kernel/coalitionSumsKernel.js'
import { createLp, type LpSolver } from '../src/internal/lp.js'
import { makeSpan } from '../src/internal/span.js'
import { toleranceOf } from '../src/internal/tolerance.js'

/** Returns undefined when `x` passes, else a sentence saying which level fails. */
export const kohlbergViolation = (solver: LpSolver, game: Game, x: Float64Array, imputation: boolean): string | undefined => {
  const { n, values: v } = game
  if (n === 1) return undefined
  const size = 1 << n
  const grand = size - 1
  const tol = toleranceOf(v)
  const xs = coalitionSumsKernel(x, n, new Float64Array(size))
  if (Math.abs(xs[grand]! - v[grand]!) > tol) return `the allocation sums to ${xs[grand]}, not v(N) = ${v[grand]}`
  const atFloor: number[] = []
  if (imputation)
    for (let i = 0; i < n; i++) {
      if (x[i]! < v[1 << i]! - tol) return `player ${i + 1} gets ${x[i]}, less than its own worth ${v[1 << i]}`
      if (x[i]! <= v[1 << i]! + tol) atFloor.push(1 << i)
    }
  const order: Array<[number, number]> = []
  for (let m = 1; m < grand; m++) order.push([v[m]! - xs[m]!, m])
  order.sort((a, b) => b[0] - a[0])
  const span = makeSpan(n)
  const collection: number[] = []
  let k = 0
  while (k < order.length && span.rank() < n) {
    const level = order[k]![0]
    while (k < order.length && order[k]![0] >= level - tol) {
      const m = order[k]![1]
      collection.push(m)
      span.add(m)
      k++
    }
    if (!balanced(solver, n, collection, atFloor))
      return `the ${collection.length} coalitions with excess ≥ ${level} are not balanced (Kohlberg's criterion fails)`
  }
  return undefined
}

// max t s.t. Σ_S λ_S 1_S + Σ_{floor} μ_i e_i = 1_N, λ_S ≥ t, μ ≥ 0, t ≤ 1: balanced iff t > 0.
const balanced = (solver: LpSolver, n: number, collection: readonly number[], floor: readonly number[]): boolean => {
  const k = collection.length
  const f = floor.length
  // Columns: λ_0..λ_{k−1}, μ_0..μ_{f−1}, t. Minimise −t.
  const lp = createLp(solver, {
    cost: [...new Array<number>(k + f).fill(0), -1],
    lower: [...new Array<number>(k + f).fill(0), -Infinity],
    upper: [...new Array<number>(k + f).fill(Infinity), 1],
  })
  try {
    for (let i = 0; i < n; i++) {
      const idx: number[] = []
      for (let j = 0; j < k; j++) if ((collection[j]! >>> i) & 1) idx.push(j)
      for (let j = 0; j < f; j++) if ((floor[j]! >>> i) & 1) idx.push(k + j)
      lp.addRow(1, 1, idx, idx.map(() => 1))
    }
    for (let j = 0; j < k; j++) lp.addRow(0, Infinity, [j, k + f], [1, -1])
    const res = lp.solve()
    return res.status === 'optimal' && -res.objective > 1e-9
  } finally {
    lp.dispose()
  }
}
