// Power with a priori unions (blocs): the Owen, Banzhaf–Owen and symmetric coalitional Banzhaf
// indices share one formula, Σ_{R ⊆ M∖k} Σ_{T ⊆ P_k∖i} α(|R|) β(|T|) [i swings at Q_R ∪ T], with
// α and β the Shapley weights r!(m−1−r)!/m! or the Banzhaf weight 2^−(m−1) at each level.
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { partitionOf } from '../internal/blocs.js'
import { gaussLegendre01 } from '../internal/gaussLegendre.js'
import { isCouncil, type Council } from './CompoundVotingGame.js'
import { planOf } from './compound.js'
import { modulusCount, primes } from '../internal/modular.js'
import { prefixSums } from './counting.js'
import { guarded, progressOf, type Progress } from './CountingOptions.js'
import { notACouncil } from './smallCouncil.js'

/** Which weights each level uses: Shapley (orders) or Banzhaf (coin flips). */
export interface Levels {
  readonly between: 'shapley' | 'banzhaf'
  readonly within: 'shapley' | 'banzhaf'
}

/**
 * The most counting steps a bloc index ({@link owenIndex}, {@link banzhafOwenIndex},
 * {@link symmetricCoalitionalBanzhaf}) may take, about fifteen seconds on a 2-core server; past it
 * the result is `TooLarge`.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_BLOC_WORK } from 'coalitions/voting'
 *
 * assert.equal(MAX_BLOC_WORK, 4e9)
 * ```
 *
 * @see Staudacher et al., "Dynamic programming for computing power indices for weighted voting games with precoalitions", *Games* 13 (2022): the work grows with the weight sums and the blocs.
 * @since 0.2.0
 * @category model
 */
export const MAX_BLOC_WORK = 4e9

/** The most numbers the bloc indices hold at once (8 bytes each): the other blocs' distributions. */
const MAX_BLOC_STATES = 2 ** 26

/**
 * Σ_S α(|S|)·[weight of S = x] over the subsets S of `items`, on the sums below `size`, with the
 * Shapley weights α(r) = r!(J−r)!/(J+1)! (J = number of items) or the Banzhaf weight 2^−J. The
 * Shapley form runs P(r, x) = C(r, x) / C(J, r), the share of the r-subsets that weigh x, through
 * P_j(r, x) = ((j−r)/j) P_{j−1}(r, x) + (r/j) P_{j−1}(r−1, x−u): every term is positive and at
 * most 1, so nothing overflows or cancels; then α(r)·C(r, x) = P(r, x) / (J + 1).
 */
const weightedSubsetSums = (items: readonly number[], size: number, level: 'shapley' | 'banzhaf'): Float64Array => {
  const out = new Float64Array(size)
  if (size === 0) return out
  if (level === 'banzhaf') {
    out[0] = 1
    let top = 0
    for (const u of items) {
      top = Math.min(size - 1, top + u)
      if (u === 0) continue
      for (let x = top; x >= u; x--) out[x] = 0.5 * (out[x]! + out[x - u]!)
      for (let x = Math.min(u, top + 1) - 1; x >= 0; x--) out[x] = 0.5 * out[x]!
    }
    return out
  }
  const J = items.length
  const p = new Float64Array((J + 1) * size)
  p[0] = 1
  let top = 0
  items.forEach((u, idx) => {
    const j = idx + 1
    top = Math.min(size - 1, top + u)
    for (let r = j; r >= 0; r--) {
      const keep = (j - r) / j
      const move = r / j
      const row = r * size
      const below = (r - 1) * size
      for (let x = top; x >= 0; x--) {
        const stay = keep * p[row + x]!
        p[row + x] = r > 0 && x >= u ? stay + move * p[below + x - u]! : stay
      }
    }
  })
  for (let r = 0; r <= J; r++) for (let x = 0; x < size; x++) out[x] = out[x]! + p[r * size + x]!
  for (let x = 0; x < size; x++) out[x] = out[x]! / (J + 1)
  return out
}

/** Prefix sums as double-double hi + lo, so that a window's difference keeps its digits. */
const prefix = (f: Float64Array): { hi: Float64Array; lo: Float64Array } => {
  const hi = new Float64Array(f.length)
  const lo = new Float64Array(f.length)
  prefixSums(f, f.length, hi, lo)
  return { hi, lo }
}


/**
 * The joint weight sums of a council: one axis per distinct weight vector (the last contiguous), and
 * for every row (every value of the other axes) the least last-axis sum that wins, which is all the
 * winning test needs because winning is monotone.
 */
interface Setting {
  readonly lengths: readonly number[]
  readonly strides: readonly number[]
  readonly states: number
  /** Per voter, its weight on every axis. */
  readonly vectors: readonly (readonly number[])[]
  /** Per row of the grid, the least last-axis sum that wins with that row's other sums (lengths[last] if none). */
  readonly threshold: Int32Array
}

const settingOf = (council: Council): Setting => {
  const plan = planOf(council)
  const lengths = plan.dims.map((d) => d.reduce((s, x) => s + x, 0) + 1)
  const strides = lengths.map((_, a) => lengths.slice(a + 1).reduce((s, l) => s * l, 1))
  const states = lengths.reduce((s, l) => s * l, 1)
  const last = lengths.length - 1
  const width = lengths[last]!
  const rows = states / width
  const threshold = new Int32Array(rows)
  const sums = new Float64Array(lengths.length)
  for (let row = 0; row < rows; row++) {
    let rest = row
    for (let a = last - 1; a >= 0; a--) {
      sums[a] = rest % lengths[a]!
      rest = Math.floor(rest / lengths[a]!)
    }
    let lo = 0
    let hi = width
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      sums[last] = mid
      if (plan.wins(sums)) hi = mid
      else lo = mid + 1
    }
    threshold[row] = lo
  }
  return { lengths, strides, states, vectors: Array.from({ length: council.n }, (_, i) => plan.dims.map((d) => d[i]!)), threshold }
}

/** The grid's coordinates of a flat index. */
const coordsOf = (flat: number, strides: readonly number[], out: Float64Array): void => {
  let rest = flat
  for (let a = 0; a < strides.length; a++) {
    out[a] = Math.floor(rest / strides[a]!)
    rest -= out[a]! * strides[a]!
  }
}

/**
 * Visits the grid's rows (descending or ascending) with, per row, the first last-axis sum from which
 * y − u stays on the grid (the row's width when some other axis is below u).
 */
const eachRow = (s: Setting, u: readonly number[], descending: boolean, visit: (base: number, from: number) => void): void => {
  const last = s.lengths.length - 1
  const width = s.lengths[last]!
  const coord = new Float64Array(s.lengths.length)
  const row = (base: number): void => {
    coordsOf(base, s.strides, coord)
    let fits = true
    for (let a = 0; a < last; a++) if (coord[a]! < u[a]!) fits = false
    visit(base, fits ? Math.min(u[last]!, width) : width)
  }
  if (descending) for (let base = s.states - width; base >= 0; base -= width) row(base)
  else for (let base = 0; base < s.states; base += width) row(base)
}

const offsetOf = (s: Setting, u: readonly number[]): number => u.reduce((acc, x, a) => acc + x * s.strides[a]!, 0)

/**
 * F ← F · ((1 − t) + t·x^u) on the grid: the distribution of the joint sums when a bloc of weight
 * vector u joins with probability t. Entries whose coordinates are below u on some axis only scale.
 */
const joinStep = (f: Float64Array, s: Setting, u: readonly number[], t: number): void => {
  const r = 1 - t
  const offset = offsetOf(s, u)
  if (offset === 0) return
  const width = s.lengths[s.lengths.length - 1]!
  eachRow(s, u, true, (base, from) => {
    for (let x = width - 1; x >= from; x--) f[base + x] = r * f[base + x]! + t * f[base + x - offset]!
    for (let x = from - 1; x >= 0; x--) f[base + x] = r * f[base + x]!
  })
}

/**
 * G = F / ((1 − t) + t·x^u) for t ≤ ½: the distribution without one bloc, by G(y) = (F(y) − t·G(y − u))
 * / (1 − t) in ascending order. Each step multiplies earlier errors by t/(1 − t) ≤ 1, so the
 * removal is stable (it is how every bloc's complement comes from one forward pass).
 */
const removeStep = (f: Float64Array, g: Float64Array, s: Setting, u: readonly number[], t: number): void => {
  const r = 1 - t
  const offset = offsetOf(s, u)
  if (offset === 0) {
    g.set(f)
    return
  }
  const width = s.lengths[s.lengths.length - 1]!
  eachRow(s, u, false, (base, from) => {
    for (let x = 0; x < from; x++) g[base + x] = f[base + x]! / r
    for (let x = from; x < width; x++) g[base + x] = (f[base + x]! - t * g[base + x - offset]!) / r
  })
}

/**
 * Which joint sums the other blocs can reach, exactly, for every bloc: subsets of all blocs counted
 * modulo primes below 2^50 (enough primes that no count of at most 2^m subsets vanishes), one bloc
 * removed at a time by exact modular subtraction. Where a sum is unreachable the quadrature's
 * distribution is rounding noise, set to 0, so a voter who never swings gets exactly 0.
 */
const reachable = (s: Setting, totals: readonly (readonly number[])[], range: readonly (readonly number[])[]): Uint8Array[] => {
  const out = range.map(([lo, hi]) => new Uint8Array(Math.max(0, hi! - lo! + 1)))
  const c = new Float64Array(s.states)
  const h = new Float64Array(s.states)
  const width = s.lengths[s.lengths.length - 1]!
  for (const mod of primes(modulusCount(totals.length))) {
    const p = Number(mod)
    c.fill(0)
    c[0] = 1
    for (const u of totals) {
      const offset = offsetOf(s, u)
      if (offset === 0) {
        for (let x = 0; x < s.states; x++) c[x] = (2 * c[x]!) % p
        continue
      }
      eachRow(s, u, true, (base, from) => {
        for (let x = width - 1; x >= from; x--) {
          const y = c[base + x]! + c[base + x - offset]!
          c[base + x] = y >= p ? y - p : y
        }
      })
    }
    totals.forEach((u, k) => {
      const offset = offsetOf(s, u)
      if (offset === 0) {
        // Halving modulo an odd p: a bloc of no weight doubled every count.
        for (let x = 0; x < s.states; x++) h[x] = c[x]! % 2 === 0 ? c[x]! / 2 : (c[x]! + p) / 2
      } else
        eachRow(s, u, false, (base, from) => {
          for (let x = 0; x < from; x++) h[base + x] = c[base + x]!
          for (let x = from; x < width; x++) {
            const y = c[base + x]! - h[base + x - offset]!
            h[base + x] = y < 0 ? y + p : y
          }
        })
      const [lo, hi] = range[k]! as [number, number]
      const mask = out[k]!
      for (let x = lo; x <= hi; x++) if (h[x] !== 0) mask[x - lo] = 1
    })
  }
  return out
}

const levelWork = (j: number, size: number, level: 'shapley' | 'banzhaf'): number => (level === 'shapley' ? ((j + 1) * (j + 2) / 2) * size : j * size + size)

const tooLargeBlocs = (name: string, what: string): CoalitionError =>
  coalitionError('TooLarge', `${name}: ${what}: merge blocs, or express the largest weights in coarser units (the cost grows with the joint weight sums and the number of blocs)`)

/**
 * The sizes the bloc indices would need for this council and these blocs, computed before any
 * counting: the numbers held at once and the counting steps (the `TooLarge` bounds compare these;
 * bench/maximums.bench.ts finds its inputs at the bound with it).
 */
export const blocSetup = (council: Council, blocs: readonly (readonly number[])[], levels: Levels) => {
  const s = settingOf(council)
  const D = s.lengths.length
  const last = D - 1
  const width = s.lengths[last]!
  const m = blocs.length
  const totals = blocs.map((b) => s.lengths.map((_, a) => b.reduce((acc, i) => acc + s.vectors[i]![a]!, 0)))
  const full = s.lengths.map((l) => l - 1)
  const rest = totals.map((tk) => full.map((x, a) => x - tk[a]!))
  const restFlat = rest.map((v) => v.reduce((acc, x, a) => acc + x * s.strides[a]!, 0))
  // Per bloc, the flat range of the other blocs' sums that a window can reach. One axis: below the
  // quota, no lower than the quota less the bloc's weight; several: all of the others' box.
  const range = blocs.map((_, k) =>
    D === 1 ? [Math.max(0, s.threshold[0]! - totals[k]![0]!), Math.min(s.threshold[0]! - 1, restFlat[k]!)] : [0, restFlat[k]!],
  )
  const held = range.reduce((acc, [lo, hi]) => acc + Math.max(0, hi! - lo! + 1), 0) + 2 * s.states
  const gl = levels.between === 'banzhaf' ? { nodes: Float64Array.of(0.5), weights: Float64Array.of(1) } : gaussLegendre01(Math.ceil(m / 2) + 1)
  const pairs = Math.ceil(gl.nodes.length / 2)
  let work = (pairs + modulusCount(m)) * 2 * m * s.states
  const rows = s.states / width
  blocs.forEach((bloc, k) => {
    const inner = totals[k]!.reduce((acc, x) => acc * (x + 1), 1)
    const distinct = new Set(bloc.map((i) => s.vectors[i]!.join(','))).size
    work += distinct * (levelWork(bloc.length - 1, inner, levels.within) + (D === 1 ? inner : inner * rows))
  })
  return { s, D, last, width, m, totals, full, rest, restFlat, range, held, gl, pairs, work, rows }
}

/**
 * Every voter's bloc index. Between the blocs: the distribution of the other blocs' joint sums,
 * weighted by α(|R|) (Shapley: ∫₀¹ t^r (1−t)^(m−1−r) dt by Gauss–Legendre over ⌈m/2⌉ + 1 nodes,
 * exact for the degree m − 1 integrand; Banzhaf: t = ½), from one forward pass over all blocs per
 * node pair t, 1 − t (the mirrored node is the reflected distribution) and a stable removal per bloc.
 * Within a bloc: the weighted subset sums of the voter's fellow members, exactly. A voter of weight
 * v swings where the combined last-axis sum lies in [θ(row + v) − v_last, θ(row) − 1]: a window of
 * the other blocs' distribution along one row, read from prefix sums in double-double.
 */
export const blocIndex = (
  name: string,
  council: Council,
  blocs: readonly (readonly number[])[],
  levels: Levels,
  progress?: Progress,
): E.Either<CoalitionError, number[]> => {
  const { s, D, last, width, m, totals, rest, restFlat, range, held, gl, pairs, work, rows } = blocSetup(council, blocs, levels)
  if (held > MAX_BLOC_STATES)
    return E.left(tooLargeBlocs(name, `these blocs need ${held.toExponential(1)} numbers held at once, above the ${MAX_BLOC_STATES} allowed`))
  if (work > MAX_BLOC_WORK)
    return E.left(tooLargeBlocs(name, `these blocs take about ${work.toExponential(1)} counting steps, above the ${MAX_BLOC_WORK.toExponential(0)} allowed`))

  // The other blocs' weighted distributions, accumulated over the nodes.
  const acc = range.map(([lo, hi]) => new Float64Array(Math.max(0, hi! - lo! + 1)))
  const f = new Float64Array(s.states)
  const g = new Float64Array(s.states)
  const coord = new Float64Array(D)
  for (let j = 0; j < pairs; j++) {
    const t = gl.nodes[j]!
    const mirror = gl.nodes.length - 1 - j
    f.fill(0)
    f[0] = 1
    for (const tk of totals) joinStep(f, s, tk, t)
    blocs.forEach((_, k) => {
      removeStep(f, g, s, totals[k]!, t)
      const [lo, hi] = range[k]! as [number, number]
      const out = acc[k]!
      const wT = gl.weights[j]!
      const wM = mirror !== j ? gl.weights[mirror]! : 0
      const flip = restFlat[k]!
      if (D === 1) {
        for (let x = lo; x <= hi; x++) out[x - lo] = out[x - lo]! + wT * g[x]! + wM * g[flip - x]!
        return
      }
      // Row by row, inside the others' box only: there the mirrored node's distribution is G at the
      // reflected sum.
      const top = rest[k]![last]!
      for (let base = 0; base <= hi; base += width) {
        coordsOf(base, s.strides, coord)
        let inside = true
        for (let a = 0; a < last; a++) if (coord[a]! > rest[k]![a]!) inside = false
        if (!inside) continue
        for (let x = base; x <= base + top; x++) out[x] = out[x]! + wT * g[x]! + wM * g[flip - x]!
      }
    })
    progress?.(j + 1, pairs + m)
  }

  const reach = reachable(s, totals, range)
  acc.forEach((a, k) => {
    const mask = reach[k]!
    for (let x = 0; x < a.length; x++) a[x] = mask[x] === 1 && a[x]! > 0 ? a[x]! : 0
  })
  const out = new Array<number>(council.n).fill(0)
  blocs.forEach((bloc, k) => {
    const [lo] = range[k]! as [number, number]
    const { hi: ph, lo: pl } = prefix(acc[k]!)
    // Σ of the others' distribution over flat [a, b] (a row segment when D > 1).
    const window = (a: number, b: number): number => {
      const top = Math.min(b, lo + ph.length - 1) - lo
      const bottom = Math.max(a, lo) - lo
      if (top < 0 || bottom > top) return 0
      if (bottom === 0) return ph[top]! + pl[top]!
      return ph[top]! - ph[bottom - 1]! + (pl[top]! - pl[bottom - 1]!)
    }
    // Row prefix sums for several axes: the accumulated array is the whole grid, so rows restart.
    const rowWindow =
      D === 1
        ? window
        : (() => {
            const h = new Float64Array(s.states)
            const l = new Float64Array(s.states)
            const a0 = acc[k]!
            for (let base = 0; base < s.states && base < a0.length; base += width) {
              prefixSums(a0.subarray(base, base + width), Math.min(width, a0.length - base), h.subarray(base, base + width), l.subarray(base, base + width))
            }
            return (a: number, b: number): number => {
              const base = a - (a % width)
              const from = a - base
              const to = Math.min(b - base, width - 1)
              if (from > to || base >= a0.length) return 0
              const hiSum = h[base + to]! + l[base + to]!
              return from === 0 ? hiSum : hiSum - (h[base + from - 1]! + l[base + from - 1]!)
            }
          })()
    const tk = totals[k]!
    const innerLengths = tk.map((x) => x + 1)
    const innerStrides = innerLengths.map((_, a) => innerLengths.slice(a + 1).reduce((acc2, l) => acc2 * l, 1))
    const innerStates = innerLengths.reduce((acc2, l) => acc2 * l, 1)
    const done = new Map<string, number>()
    const y = new Float64Array(D)
    for (const i of bloc) {
      const v = s.vectors[i]!
      const key = v.join(',')
      const known = done.get(key)
      if (known !== undefined) {
        out[i] = known
        continue
      }
      if (v.every((x) => x === 0)) {
        // A voter with no weight anywhere never swings.
        done.set(key, 0)
        continue
      }
      const mates = bloc.filter((j) => j !== i)
      const inner = weightedSubsetSums(
        mates.map((j) => s.vectors[j]!.reduce((acc2, x, a) => acc2 + x * innerStrides[a]!, 0)),
        innerStates,
        levels.within,
      )
      let value = 0
      let comp = 0
      const add = (term: number): void => {
        const sum = value + term
        comp += Math.abs(value) >= Math.abs(term) ? value - sum + term : term - sum + value
        value = sum
      }
      for (let yi = 0; yi < innerStates; yi++) {
        const p = inner[yi]!
        if (p === 0) continue
        coordsOf(yi, innerStrides, y)
        if (D === 1) {
          const q = s.threshold[0]!
          add(p * window(q - v[0]! - y[0]!, q - 1 - y[0]!))
          continue
        }
        // Every row of the others' box: the outer sums with and without the voter pick the thresholds.
        for (let row = 0; row < rows; row++) {
          coordsOf(row * width, s.strides, coord)
          let inside = true
          let rowWith = 0
          let rowWithout = 0
          for (let a = 0; a < last; a++) {
            if (coord[a]! > rest[k]![a]!) inside = false
            rowWithout += (coord[a]! + y[a]!) * (s.strides[a]! / width)
            rowWith += (coord[a]! + y[a]! + v[a]!) * (s.strides[a]! / width)
          }
          if (!inside) continue
          const a = Math.max(0, s.threshold[rowWith]! - y[last]! - v[last]!)
          const b = Math.min(rest[k]![last]!, s.threshold[rowWithout]! - y[last]! - 1)
          if (a > b) continue
          add(p * rowWindow(row * width + a, row * width + b))
        }
      }
      value += comp
      done.set(key, value)
      out[i] = value
    }
    progress?.(pairs + k + 1, pairs + m)
  })
  return E.right(out)
}

/** Checks the council and the blocs, then computes the index. */
export const blocPower = (name: string, game: unknown, blocs: unknown, options: unknown, levels: Levels): E.Either<CoalitionError, number[]> => {
  if (!isCouncil(game)) return E.left(notACouncil(name, game))
  const partition = partitionOf(name, game.players, blocs)
  if (E.isLeft(partition)) return partition
  const progress = progressOf(name, options)
  if (E.isLeft(progress)) return E.left(coalitionError('DecodeError', progress.left))
  return E.flatten(guarded(progress.right, (p) => blocIndex(name, game, partition.right, levels, p)))
}
