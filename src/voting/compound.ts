// Exact counting for compound councils: coalitions counted over the joint weight sums of their
// conditions, modulo primes below 2^50, and the winning test for enumeration.
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { crt, modulusCount, primes } from '../internal/modular.js'
import type { Council, CompoundVotingGame } from './CompoundVotingGame.js'
import type { WeightedVotingGame } from './WeightedVotingGame.js'

/**
 * The most joint weight sums a compound council may have: its counting arrays hold 8 bytes per sum.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_COMPOUND_STATES } from 'coalitions/voting'
 *
 * assert.equal(MAX_COMPOUND_STATES, 2 ** 25)
 * ```
 *
 * @see Kakimura & Terai, "Computing power indices in weighted majority games with formal power series" (2025).
 * @since 0.2.0
 * @category model
 */
export const MAX_COMPOUND_STATES = 2 ** 25

/**
 * The most counting steps (joint sums × passes × primes) a compound council may take, about ten
 * seconds on a 2-core server.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_COMPOUND_WORK } from 'coalitions/voting'
 *
 * assert.equal(MAX_COMPOUND_WORK, 4e9)
 * ```
 *
 * @see Kakimura & Terai, "Computing power indices in weighted majority games with formal power series" (2025).
 * @since 0.2.0
 * @category model
 */
export const MAX_COMPOUND_WORK = 4e9

/** A condition of the formula: dimension `dim` must reach `quota`. */
interface Leaf {
  readonly op: 'leaf'
  readonly dim: number
  readonly quota: number
}
interface Node {
  readonly op: 'allOf' | 'anyOf'
  readonly children: readonly Formula[]
}
type Formula = Leaf | Node

/** A compound council reduced to weight dimensions and a formula over them. */
export interface Plan {
  readonly n: number
  /** Per dimension, the integer weight of every voter. */
  readonly dims: readonly (readonly number[])[]
  readonly formula: Formula
  /** Does the formula hold for these per-dimension sums? */
  readonly wins: (sums: ArrayLike<number>) => boolean
}

const isWeighted = (c: Council): c is WeightedVotingGame => c.kind === 'weighted'

const sameWeights = (a: readonly number[], b: readonly number[]): boolean => a.every((x, i) => x === b[i])

const evaluate = (f: Formula, sums: ArrayLike<number>): boolean => {
  if (f.op === 'leaf') return sums[f.dim]! >= f.quota
  if (f.op === 'allOf') {
    for (const c of f.children) if (!evaluate(c, sums)) return false
    return true
  }
  for (const c of f.children) if (evaluate(c, sums)) return true
  return false
}

/** The conditions' weight dimensions (one per distinct integer weight vector) and the formula. */
export const planOf = (council: Council): Plan => {
  const dims: number[][] = []
  const walk = (c: Council): Formula => {
    if (isWeighted(c)) {
      let dim = dims.findIndex((d) => sameWeights(d, c.integerWeights))
      if (dim < 0) dim = dims.push([...c.integerWeights]) - 1
      return { op: 'leaf', dim, quota: c.integerQuota }
    }
    return { op: c.kind, children: c.parts.map(walk) }
  }
  const formula = walk(council)
  return { n: council.n, dims, formula, wins: (sums) => evaluate(formula, sums) }
}

/** The counting grid: one axis per dimension (0..total), plus a head count when no axis gives it. */
interface Grid {
  readonly plan: Plan
  /** Voters whose weight is 0 in every dimension: they never swing and double every count. */
  readonly dummies: readonly number[]
  readonly active: readonly number[]
  /** Axis lengths and strides (last axis contiguous); axis `sizeAxis` may be the head count. */
  readonly lengths: readonly number[]
  readonly strides: readonly number[]
  readonly states: number
  /** Per active voter, its weight on every axis. */
  readonly vectors: readonly (readonly number[])[]
  /** How the head count k of a state is read: from one axis, from the sum of 0/1 axes, or not needed. */
  readonly sizeAxes: readonly number[]
  readonly work: number
  readonly moduli: number
}

const gridOf = (plan: Plan, withSize: boolean): Grid => {
  const active: number[] = []
  const dummies: number[] = []
  for (let i = 0; i < plan.n; i++) (plan.dims.some((d) => d[i]! > 0) ? active : dummies).push(i)
  const axes = plan.dims.map((d) => [...d])
  let sizeAxes: number[] = []
  if (withSize) {
    // A head count from the conditions themselves: an axis of all ones, or 0/1 axes that partition the voters.
    const ones = axes.findIndex((d) => active.every((i) => d[i] === 1))
    const binary = axes.map((d, a) => (active.every((i) => d[i] === 0 || d[i] === 1) ? a : -1)).filter((a) => a >= 0)
    if (ones >= 0) sizeAxes = [ones]
    else if (binary.length > 0 && active.every((i) => binary.reduce((s, a) => s + axes[a]![i]!, 0) === 1)) sizeAxes = binary
    else {
      axes.push(Array.from({ length: plan.n }, (_, i) => (active.includes(i) ? 1 : 0)))
      sizeAxes = [axes.length - 1]
    }
  }
  const lengths = axes.map((d) => active.reduce((s, i) => s + d[i]!, 0) + 1)
  const strides = new Array<number>(lengths.length).fill(1)
  for (let a = lengths.length - 2; a >= 0; a--) strides[a] = strides[a + 1]! * lengths[a + 1]!
  const states = lengths.reduce((s, l) => s * l, 1)
  const vectors = active.map((i) => axes.map((d) => d[i]!))
  const moduli = modulusCount(Math.max(0, active.length - 1))
  const distinct = new Set(vectors.map((v) => v.join(','))).size
  return { plan, dummies, active, lengths, strides, states, vectors, sizeAxes, work: states * (active.length + 2 * distinct) * moduli, moduli }
}

/** The joint sums and counting steps of a compound council's counting (with the head-count axis), as its bounds see them. */
export const compoundSize = (council: CompoundVotingGame): { readonly states: number; readonly work: number } => {
  const grid = gridOf(planOf(council), true)
  return { states: grid.states, work: grid.work }
}

/** Checks that a compound council's counting fits the bounds, with the size axis the Shapley–Shubik index may need. */
export const planGrid = (council: CompoundVotingGame): E.Either<CoalitionError, Plan> => {
  const plan = planOf(council)
  const grid = gridOf(plan, true)
  if (grid.states > MAX_COMPOUND_STATES || grid.work > MAX_COMPOUND_WORK) {
    const totals = plan.dims.map((d) => d.reduce((s, x) => s + x, 0))
    const heads = grid.lengths.length > plan.dims.length ? ` and ${grid.active.length + 1} head counts` : ''
    return E.left(
      coalitionError(
        'TooLarge',
        `${council.kind}: the conditions' weight totals (${totals.join(' × ')}${heads}) give ${grid.states.toExponential(2)} joint sums and ${grid.work.toExponential(2)} counting steps, above the ${MAX_COMPOUND_STATES} sums and ${MAX_COMPOUND_WORK.toExponential(0)} steps the exact method takes: express the largest weights in coarser units (populations in thousands or as shares in hundredths of a percent)`,
      ),
    )
  }
  return E.right(plan)
}

/** Per distinct voter weight vector, the exact swing counts by the head count of the coalition joined. */
interface SwingTable {
  readonly grid: Grid
  /** For each active voter, its swing counts by k = |S| (S the losing coalition it turns winning). */
  readonly byVoter: readonly (readonly bigint[])[]
}

const swingTable = (plan: Plan, withSize: boolean, progress?: (done: number, total: number) => void): SwingTable => {
  const grid = gridOf(plan, withSize)
  const { lengths, strides, states, vectors, sizeAxes } = grid
  const axes = lengths.length
  const last = axes - 1
  const width = lengths[last]!
  const rows = states / width
  const outer = lengths.slice(0, last)
  // Row r holds the states whose outer coordinates are those of r; winning is monotone in every
  // coordinate, so within a row it starts at a threshold, found by bisection.
  const coordsOf = (row: number): number[] => {
    const coord = new Array<number>(last).fill(0)
    let rest = row
    for (let a = last - 1; a >= 0; a--) {
      coord[a] = rest % outer[a]!
      rest = Math.floor(rest / outer[a]!)
    }
    return coord
  }
  const rowOf = (coord: readonly number[]): number => coord.reduce((r, x, a) => r * outer[a]! + x, 0)
  const dims = plan.dims.length
  const sums = new Float64Array(dims)
  const threshold = new Int32Array(rows)
  const kOuter = new Int32Array(rows)
  const lastIsSize = sizeAxes.includes(last)
  for (let row = 0; row < rows; row++) {
    const coord = coordsOf(row)
    const winsAt = (x: number): boolean => {
      for (let d = 0; d < dims; d++) sums[d] = d === last ? x : coord[d]!
      return plan.wins(sums)
    }
    let lo = 0
    let hi = width
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (winsAt(mid)) hi = mid
      else lo = mid + 1
    }
    threshold[row] = lo
    kOuter[row] = sizeAxes.reduce((k, a) => (a === last ? k : k + coord[a]!), 0)
  }
  const keys = vectors.map((v) => v.join(','))
  const distinct = [...new Set(keys)]
  const kMax = sizeAxes.length === 0 ? 0 : grid.active.length
  const moduli = primes(grid.moduli)
  const residues = distinct.map(() => Array.from({ length: kMax + 1 }, () => new Array<number>(moduli.length).fill(0)))
  const c = new Float64Array(states)
  const maxCoord = lengths.map((l) => l - 1)
  // fits[j][row]: the row's outer coordinates are at least voter j's, so the voter can be added into it.
  const fits = vectors.map((v) => {
    const ok = new Uint8Array(rows)
    for (let row = 0; row < rows; row++) ok[row] = coordsOf(row).every((x, a) => x >= v[a]!) ? 1 : 0
    return ok
  })
  moduli.forEach((mod, m) => {
    const p = Number(mod)
    c.fill(0)
    c[0] = 1
    vectors.forEach((v, j) => {
      const vLast = v[last]!
      const back = v.reduce((s, x, a) => s + x * strides[a]!, 0)
      for (let row = rows - 1; row >= 0; row--) {
        if (!fits[j]![row]) continue
        const base = row * width
        for (let i = base + width - 1, end = base + vLast; i >= end; i--) {
          const y = c[i]! + c[i - back]!
          c[i] = y >= p ? y - p : y
        }
      }
    })
    // Prefix sums along each row (unless the row's own coordinate is the head count, read entry by entry).
    if (!lastIsSize)
      for (let base = 0; base < states; base += width)
        for (let x = 1; x < width; x++) {
          const y = c[base + x]! + c[base + x - 1]!
          c[base + x] = y >= p ? y - p : y
        }
    const at = (row: number, x: number): number => (x < 0 ? 0 : c[row * width + x]!)
    distinct.forEach((key, d) => {
      const v = vectors[keys.indexOf(key)]!
      const vOuter = v.slice(0, last)
      const vLast = v[last]!
      const acc = residues[d]!
      // The counts without this voter are c / (1 + x^v): an entry is Σ_j (−1)^j c[σ − j·v], so a
      // row's window of entries is an alternating chain of prefix-sum differences.
      const chain = (coord: readonly number[], x: number): number => {
        let total = 0
        let sign = true
        const cur = [...coord]
        for (let xs = x; xs >= 0; xs -= vLast) {
          const term = at(rowOf(cur), xs)
          total = sign ? total + term : total - term
          total = total >= p ? total - p : total < 0 ? total + p : total
          sign = !sign
          let inside = true
          for (let a = 0; a < last; a++) {
            cur[a] = cur[a]! - vOuter[a]!
            if (cur[a]! < 0) inside = false
          }
          if (!inside || vLast === 0 && xs === 0 && vOuter.every((o) => o === 0)) break
        }
        return total
      }
      for (let row = 0; row < rows; row++) {
        const coord = coordsOf(row)
        const up = coord.map((x, a) => x + vOuter[a]!)
        if (up.some((x, a) => x > maxCoord[a]!)) continue
        const from = Math.max(0, threshold[rowOf(up)]! - vLast)
        const to = Math.min(threshold[row]! - 1, maxCoord[last]! - vLast)
        if (from > to) continue
        if (!lastIsSize) {
          const cell = acc[kOuter[row]!]!
          const y = cell[m]! + chain(coord, to) - chain(coord, from - 1) + p
          cell[m] = y % p
        } else
          for (let x = from; x <= to; x++) {
            const cell = acc[kOuter[row]! + x]!
            // One entry: the chain of the row's prefix sums is the entry itself when the row is not summed.
            const y = cell[m]! + chain(coord, x)
            cell[m] = y >= p ? y - p : y
          }
      }
    })
    progress?.(m + 1, moduli.length)
  })
  const byKey = distinct.map((_, d) => residues[d]!.map((r) => crt(r, moduli)))
  return { grid, byVoter: keys.map((key) => byKey[distinct.indexOf(key)]!) }
}

/** Exact Banzhaf swing counts of every voter of a compound council. */
export const compoundSwings = (council: CompoundVotingGame, progress?: (done: number, total: number) => void): bigint[] => {
  const { grid, byVoter } = swingTable(planOf(council), false, progress)
  const out = new Array<bigint>(council.n).fill(0n)
  const doubling = BigInt(grid.dummies.length)
  grid.active.forEach((i, j) => {
    out[i] = byVoter[j]!.reduce((s, x) => s + x, 0n) << doubling
  })
  return out
}

/**
 * Exact Shapley–Shubik numerators Σ_k k!(n'−1−k)! · swings_k over the n' voters who carry weight
 * somewhere (dummies change no one's index), and the denominator n'!.
 */
export const compoundShapleyShubik = (
  council: CompoundVotingGame,
  progress?: (done: number, total: number) => void,
): { readonly numerators: bigint[]; readonly denominator: bigint } => {
  const { grid, byVoter } = swingTable(planOf(council), true, progress)
  const n = grid.active.length
  const fact = [1n]
  for (let k = 1; k <= n; k++) fact.push(fact[k - 1]! * BigInt(k))
  const numerators = new Array<bigint>(council.n).fill(0n)
  grid.active.forEach((i, j) => {
    numerators[i] = byVoter[j]!.reduce((s, x, k) => (k <= n - 1 ? s + x * fact[k]! * fact[n - 1 - k]! : s), 0n)
  })
  return { numerators, denominator: fact[n]! }
}

/** The enumeration view of any council: per-voter weight vectors and the winning test on their sums. */
export const winningTest = (council: Council): { readonly vectors: readonly (readonly number[])[]; readonly wins: (sums: ArrayLike<number>) => boolean } => {
  const plan = planOf(council)
  return { vectors: Array.from({ length: council.n }, (_, i) => plan.dims.map((d) => d[i]!)), wins: plan.wins }
}
