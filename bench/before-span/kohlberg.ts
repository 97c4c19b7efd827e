// The kohlberg.ts.ts from before the complement-basis span and the generated balancedness columns, kept only so bench/nucleolus.bench.ts can time old and new in one run.
// Kohlberg's criterion, as an independent check of a computed (pre)nucleolus: for every excess level
// α, the coalitions with excess ≥ α must form a balanced collection (for the nucleolus: balanced
// with the help of the singletons held at their individual worth, whose weights may be zero).
import type { Game } from '../../src/core/Game.js'
import { coalitionSumsKernel } from '../../src/kernel/coalitionSumsKernel.js'
import { createLp, type LpSolver } from '../../src/internal/lp.js'
import { makeSpan } from './span.js'
import { toleranceOf } from '../../src/internal/tolerance.js'

/** What the check found: the levels it tested, and the coalitions in the last (largest) collection. */
export interface Certificate {
  readonly levels: number
  readonly coalitions: number
}

/** Returns undefined when `x` passes, else a sentence saying which level fails. */
export const kohlbergViolation = (solver: LpSolver, game: Game, x: Float64Array, imputation: boolean, cutoff?: number): string | undefined =>
  kohlbergCheck(solver, game, x, imputation, cutoff).failure

/** Kohlberg's check with its size: `failure` is undefined when `x` passes. */
export const kohlbergCheck = (
  solver: LpSolver,
  game: Game,
  x: Float64Array,
  imputation: boolean,
  cutoff?: number,
): Certificate & { readonly failure: string | undefined } => {
  let levels = 0
  const collection: number[] = []
  const failure = check(solver, game, x, imputation, cutoff, collection, () => levels++)
  return { failure, levels, coalitions: collection.length }
}

const check = (
  solver: LpSolver,
  game: Game,
  x: Float64Array,
  imputation: boolean,
  cutoff: number | undefined,
  collection: number[],
  counted: () => void,
): string | undefined => {
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
  // Only the largest excesses matter: the levels are checked from the top until the collection spans
  // R^n. Coalitions at or above `cutoff` are sorted first; if they do not reach full rank, the rest follow.
  const excess = new Float64Array(size)
  let top = -Infinity
  for (let m = 1; m < grand; m++) {
    excess[m] = v[m]! - xs[m]!
    if (excess[m]! > top) top = excess[m]!
  }
  const span = makeSpan(n)
  const inCollection = new Uint8Array(size)
  const passed = (from: number): boolean | string => {
    let count = 0
    for (let m = 1; m < grand; m++) if (excess[m]! >= from && inCollection[m] === 0) count++
    const order = new Uint32Array(count)
    count = 0
    for (let m = 1; m < grand; m++) if (excess[m]! >= from && inCollection[m] === 0) order[count++] = m
    order.sort((a, b) => excess[b]! - excess[a]!)
    let k = 0
    while (k < order.length && span.rank() < n) {
      const level = excess[order[k]!]!
      // A level reaching below `from` may have members not in `order`: leave it to the next pass.
      if (level - tol < from) return false
      while (k < order.length && excess[order[k]!]! >= level - tol) {
        const m = order[k]!
        collection.push(m)
        inCollection[m] = 1
        if (span.rank() < n) span.add(m)
        k++
      }
      counted()
      if (!balanced(solver, n, collection, atFloor)) return `the ${collection.length} coalitions with excess ≥ ${level} are not balanced (Kohlberg's criterion fails)`
    }
    return span.rank() === n
  }
  const first = passed(cutoff === undefined ? -Infinity : Math.min(top, cutoff) - 2 * tol)
  if (typeof first === 'string') return first
  if (!first) {
    // The levels above the cutoff did not span R^n: continue below it, level by level, where the first pass stopped.
    const rest = passed(-Infinity)
    if (typeof rest === 'string') return rest
  }
  return undefined
}

// Balanced iff some λ_S > 0 (and μ_i ≥ 0 on the floor) give Σ_S λ_S 1_S + Σ μ_i e_i = 1_N. With
// λ_S = t + ν_S, ν ≥ 0: maximise t subject to the n rows Σ_{S∋i} ν_S + deg_i·t + μ_i = 1, t ≤ 1, and
// the collection is balanced iff t > 0. Writing λ_S ≥ t as a row per coalition made a 7,000-row LP for
// the Security Council; this one has n rows.
const balanced = (solver: LpSolver, n: number, collection: readonly number[], floor: readonly number[]): boolean => {
  const k = collection.length
  const f = floor.length
  // Columns: ν_0..ν_{k−1}, μ_0..μ_{f−1}, t. Minimise −t.
  const lp = createLp(solver, {
    cost: [...new Array<number>(k + f).fill(0), -1],
    lower: [...new Array<number>(k + f).fill(0), -Infinity],
    upper: [...new Array<number>(k + f).fill(Infinity), 1],
  })
  try {
    for (let i = 0; i < n; i++) {
      const idx: number[] = []
      const val: number[] = []
      let degree = 0
      for (let j = 0; j < k; j++)
        if ((collection[j]! >>> i) & 1) {
          idx.push(j)
          val.push(1)
          degree++
        }
      for (let j = 0; j < f; j++)
        if ((floor[j]! >>> i) & 1) {
          idx.push(k + j)
          val.push(1)
        }
      if (degree > 0) {
        idx.push(k + f)
        val.push(degree)
      }
      lp.addRow(1, 1, idx, val)
    }
    const res = lp.solve()
    return res.status === 'optimal' && -res.objective > 1e-9
  } finally {
    lp.dispose()
  }
}
