// The sequential-LP (Maschler–Peleg–Shapley) engine behind the least core, nucleolus and
// prenucleolus, with constraint generation: each LP holds a small active set of coalitions, and a
// scan of all 2^n excesses adds the most violated ones until none is violated.
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import type { Game } from '../core/Game.js'
import { coalitionSumsKernel } from '../kernel/coalitionSumsKernel.js'
import { createLp, type Lp, type LpSolver } from './lp.js'
import { largest } from './largest.js'
import { makeSpan, type Span } from './span.js'
import { toleranceOf } from './tolerance.js'

const FREE = 0
const ACTIVE = 1
const FIXED = 2
const SPANNED = 3

export interface Stage {
  /** The stage's minimal maximum excess. */
  readonly epsilon: number
  /** Coalitions (bitmasks) whose excess was fixed at `epsilon`. */
  readonly fixed: readonly number[]
}

export interface LexicographicResult {
  readonly allocation: Float64Array
  readonly stages: readonly Stage[]
  /** LPs solved, and scans of all 2^n excesses made. */
  readonly lpSolves: number
  readonly scans: number
}

/**
 * The most coalition evaluations (2^n per scan of the excesses) one least core or nucleolus may make
 * before it stops with a `TooLarge`: about a minute. The hard games of the literature need a few
 * dozen scans (24 players: 17 million coalitions a scan, under 8 s in all).
 */
export const MAX_SCAN_WORK = 4e9

const members = (mask: number, n: number): number[] => {
  const idx: number[] = []
  for (let i = 0; i < n; i++) if ((mask >>> i) & 1) idx.push(i)
  return idx
}

/** How many violated coalitions one scan may add (plus their complements). */
const batchSize = (n: number): number => Math.max(8, 2 * n)

/**
 * Minimises the largest excess, then the next, … over pre-imputations (`imputation: false`) or
 * imputations (`imputation: true`). With `firstStageOnly`, stops after the least core.
 */
export const lexicographicCenter = (
  solver: LpSolver,
  game: Game,
  imputation: boolean,
  firstStageOnly: boolean,
  // Only bench/nucleolus.bench.ts passes another span, to time the earlier one in the same run.
  spanOf: (n: number) => Span = makeSpan,
): E.Either<CoalitionError, LexicographicResult> => {
  const { n, values: v } = game
  const size = 1 << n
  const grand = size - 1
  const tol = toleranceOf(v)
  if (imputation) {
    let lower = 0
    for (let i = 0; i < n; i++) lower += v[1 << i]!
    if (lower > v[grand]! + tol)
      return E.left(
        coalitionError('Infeasible', `the imputation set is empty: the players' own worths sum to ${lower}, more than v(N) = ${v[grand]}`),
      )
  }
  if (n === 1) return E.right({ allocation: Float64Array.of(v[1]!), stages: [], lpSolves: 0, scans: 0 })

  const cols = n + 1
  const lp: Lp = createLp(solver, {
    cost: [...new Array<number>(n).fill(0), 1],
    lower: [...Array.from({ length: n }, (_, i) => (imputation ? v[1 << i]! : -Infinity)), -Infinity],
    upper: new Array<number>(cols).fill(Infinity),
  })
  try {
    const all = members(grand, n)
    lp.addRow(v[grand]!, v[grand]!, all, all.map(() => 1))
    const status = new Uint8Array(size)
    status[0] = FIXED
    status[grand] = FIXED
    const rowOf = new Map<number, number>()
    const span = spanOf(n)
    span.add(grand)
    const activate = (mask: number): void => {
      if (status[mask] !== FREE) return
      if (span.contains(mask)) {
        status[mask] = SPANNED
        return
      }
      const idx = members(mask, n)
      rowOf.set(mask, lp.addRow(v[mask]!, Infinity, [...idx, n], [...idx.map(() => 1), 1]))
      status[mask] = ACTIVE
    }
    const release = (mask: number, to: number): void => {
      const row = rowOf.get(mask)
      if (row !== undefined) lp.setRowBounds(row, -Infinity, Infinity)
      rowOf.delete(mask)
      status[mask] = to
    }
    for (let i = 0; i < n; i++) {
      activate(1 << i)
      activate(grand ^ (1 << i))
    }

    const stages: Stage[] = []
    let lpSolves = 0
    let scans = 0
    const xs = new Float64Array(size)
    let x = new Float64Array(n)
    for (let stage = 0; stage <= n; stage++) {
      let epsilon = 0
      let duals: Float64Array
      for (;;) {
        const res = lp.solve()
        lpSolves++
        if ((scans + 1) * size > MAX_SCAN_WORK)
          return E.left(
            coalitionError(
              'TooLarge',
              `stage ${stage + 1}: ${scans} scans of the ${size} coalitions (${lpSolves} LPs) without settling, above the ${MAX_SCAN_WORK.toExponential(0)} coalition evaluations allowed: this game has unusually many nearly tied excesses; please report it`,
            ),
          )
        scans++
        if (res.status !== 'optimal')
          return E.left(coalitionError('NoConvergence', `stage ${stage + 1}: ${res.detail} (this should not happen for a valid game; please report it)`))
        x = res.x.slice(0, n)
        epsilon = res.x[n]!
        duals = res.rowDual
        coalitionSumsKernel(x, n, xs)
        // The most violated coalitions only: a heap keeps a few times the batch, so a scan of 2^n
        // excesses is not followed by a sort of every violated one (half a million at n = 20).
        const score = (m: number): number => v[m]! - xs[m]!
        const keep = 4 * batchSize(n)
        let kept = largest(keep, score)
        let violatedCount = 0
        for (let m = 1; m < grand; m++) {
          if (status[m] !== FREE) continue
          if (score(m) > epsilon + tol) {
            violatedCount++
            kept.offer(m)
          }
        }
        if (violatedCount === 0) break
        let added = 0
        const take = (candidates: readonly number[]): void => {
          for (const m of candidates) {
            if (added >= batchSize(n)) break
            const before = status[m]
            activate(m)
            activate(grand ^ m)
            if (before === FREE && status[m] === ACTIVE) added++
          }
        }
        take(kept.sorted())
        if (added === 0 && violatedCount > keep) {
          // All kept ones lay in the span: look at every violated coalition before concluding.
          kept = largest(violatedCount, score)
          for (let m = 1; m < grand; m++) if (status[m] === FREE && score(m) > epsilon + tol) kept.offer(m)
          take(kept.sorted())
        }
        // Every violated coalition may have turned out to lie in the span already: nothing to re-solve.
        if (added === 0) break
      }
      const fixedNow: number[] = []
      const tight = [...rowOf.entries()]
        .filter(([m, row]) => duals[row]! > 1e-9 && Math.abs(v[m]! - xs[m]! - epsilon) <= tol * 10)
        .sort((a, b) => duals[b[1]]! - duals[a[1]]! || a[0] - b[0])
      for (const [m] of tight) {
        if (span.add(m)) {
          release(m, FIXED)
          const idx = members(m, n)
          lp.addRow(v[m]! - epsilon, v[m]! - epsilon, idx, idx.map(() => 1))
          fixedNow.push(m)
        } else release(m, SPANNED)
      }
      if (fixedNow.length === 0)
        return E.left(coalitionError('NoConvergence', `stage ${stage + 1}: no coalition could be fixed (numerical trouble; please report the game)`))
      stages.push({ epsilon, fixed: fixedNow })
      if (firstStageOnly || span.rank() === n) return E.right({ allocation: x, stages, lpSolves, scans })
      for (const m of [...rowOf.keys()]) if (span.contains(m)) release(m, SPANNED)
      if (rowOf.size === 0) {
        // Every active row was fixed: seed the next stage with the largest excesses among the rest.
        coalitionSumsKernel(x, n, xs)
        scans++
        const rest: Array<[number, number]> = []
        for (let m = 1; m < grand; m++) if (status[m] === FREE) rest.push([v[m]! - xs[m]!, m])
        rest.sort((a, b) => b[0] - a[0] || a[1] - b[1])
        for (const [, m] of rest) {
          if (rowOf.size >= 2 * batchSize(n)) break
          activate(m)
          activate(grand ^ m)
        }
        if (rowOf.size === 0) return E.right({ allocation: x, stages, lpSolves, scans })
      }
    }
    return E.left(coalitionError('NoConvergence', `did not finish in ${n + 1} stages (numerical trouble; please report the game)`))
  } finally {
    lp.dispose()
  }
}
