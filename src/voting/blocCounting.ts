// Power with a priori unions (blocs): the Owen, Banzhaf–Owen and symmetric coalitional Banzhaf
// indices share one formula, Σ_{R ⊆ M∖k} Σ_{T ⊆ P_k∖i} α(|R|) β(|T|) [i swings at Q_R ∪ T], with
// α and β the Shapley weights r!(m−1−r)!/m! or the Banzhaf weight 2^−(m−1) at each level.
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { partitionOf } from '../internal/blocs.js'
import { isCouncil, type Council } from './CompoundVotingGame.js'
import { planOf } from './compound.js'
import { prefixSums } from './counting.js'

/** Which weights each level uses: Shapley (orders) or Banzhaf (coin flips). */
export interface Levels {
  readonly between: 'shapley' | 'banzhaf'
  readonly within: 'shapley' | 'banzhaf'
}

/**
 * The most counting steps a bloc index may take (about five seconds on a 2-core server); past it
 * the result is `TooLarge`.
 */
export const MAX_BLOC_WORK = 2e9

/** The most quotient coalitions a compound council's bloc index enumerates per bloc. */
const MAX_QUOTIENT = 2 ** 20

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

const levelWork = (j: number, size: number, level: 'shapley' | 'banzhaf'): number => (level === 'shapley' ? ((j + 1) * (j + 2) / 2) * size : j * size + size)

const tooLargeBlocs = (name: string, work: number, hint: string): CoalitionError =>
  coalitionError('TooLarge', `${name}: these blocs take about ${work.toExponential(1)} counting steps, above the ${MAX_BLOC_WORK.toExponential(0)} allowed: ${hint}`)

/**
 * A weighted council: per bloc, the others' blocs' weighted subset sums below the quota and, per
 * distinct weight inside the bloc, the weighted subset sums of the bloc's other members; a voter
 * of weight w swings when the two sums add to a value in [q − w, q − 1], read off prefix sums.
 */
const weightedBlocIndex = (
  name: string,
  quota: number,
  weights: readonly number[],
  blocs: readonly (readonly number[])[],
  levels: Levels,
): E.Either<CoalitionError, number[]> => {
  const totals = blocs.map((b) => b.reduce((s, i) => s + weights[i]!, 0))
  const size = quota
  let work = 0
  blocs.forEach((bloc, k) => {
    work += levelWork(blocs.length - 1, size, levels.between)
    const distinct = new Set(bloc.map((i) => weights[i]!)).size
    work += distinct * levelWork(bloc.length - 1, Math.min(size, totals[k]! + 1), levels.within)
  })
  if (work > MAX_BLOC_WORK)
    return E.left(tooLargeBlocs(name, work, 'merge blocs, or express the weights in coarser units (the cost grows with the quota and the square of the number of blocs)'))
  const out = new Array<number>(weights.length).fill(0)
  blocs.forEach((bloc, k) => {
    const others = totals.filter((_, j) => j !== k)
    const { hi, lo } = prefix(weightedSubsetSums(others, size, levels.between))
    const window = (a: number, b: number): number => {
      // Mass of the others' sums in [a, b], clipped to [0, size − 1].
      const top = Math.min(b, size - 1)
      if (top < 0 || a > top) return 0
      if (a <= 0) return hi[top]! + lo[top]!
      return hi[top]! - hi[a - 1]! + (lo[top]! - lo[a - 1]!)
    }
    const done = new Map<number, number>()
    for (const i of bloc) {
      const w = weights[i]!
      const known = done.get(w)
      if (known !== undefined) {
        out[i] = known
        continue
      }
      let value = 0
      if (w > 0) {
        const mates = [...bloc]
        mates.splice(mates.indexOf(i), 1)
        const inner = weightedSubsetSums(
          mates.map((j) => weights[j]!),
          Math.min(size, totals[k]! - w + 1),
          levels.within,
        )
        let comp = 0
        for (let y = 0; y < inner.length; y++) {
          const f = inner[y]!
          if (f === 0) continue
          const term = f * window(quota - w - y, quota - 1 - y)
          const s = value + term
          comp += Math.abs(value) >= Math.abs(term) ? value - s + term : term - s + value
          value = s
        }
        value += comp
      }
      done.set(w, value)
      out[i] = value
    }
  })
  return E.right(out)
}

/**
 * A compound council: per bloc, every coalition R of the other blocs (at most 2^20) with its
 * weight α(|R|), and the weighted subset sums of the bloc's other members over their joint weight
 * sums on every condition; a voter swings where the formula holds with it and fails without.
 */
const compoundBlocIndex = (name: string, council: Council, blocs: readonly (readonly number[])[], levels: Levels): E.Either<CoalitionError, number[]> => {
  const plan = planOf(council)
  const dims = plan.dims.length
  const m = blocs.length
  if (m - 1 > 20)
    return E.left(
      coalitionError('TooLarge', `${name}: a compound council with blocs enumerates the coalitions of the other blocs, at most 2^20; these ${m} blocs (voters named in no bloc count as blocs of one) need 2^${m - 1}: group more voters into blocs`),
    )
  // Per bloc: its members' joint sums, one axis per dimension, last axis contiguous.
  let work = 0
  const grids = blocs.map((bloc) => {
    const lengths = plan.dims.map((d) => bloc.reduce((s, i) => s + d[i]!, 0) + 1)
    const states = lengths.reduce((s, l) => s * l, 1)
    const distinct = new Set(bloc.map((i) => plan.dims.map((d) => d[i]!).join(','))).size
    work += distinct * (2 ** (m - 1) * states + levelWork(bloc.length - 1, states, levels.within))
    return { lengths, states }
  })
  if (work > MAX_BLOC_WORK || 2 ** (m - 1) > MAX_QUOTIENT)
    return E.left(tooLargeBlocs(name, work, 'merge blocs, or express the largest weights in coarser units'))
  const totals = blocs.map((bloc) => plan.dims.map((d) => bloc.reduce((s, i) => s + d[i]!, 0)))
  const out = new Array<number>(council.n).fill(0)
  const sums = new Float64Array(dims)
  const withI = new Float64Array(dims)
  blocs.forEach((bloc, k) => {
    const { lengths, states } = grids[k]!
    const strides = lengths.map((_, a) => lengths.slice(a + 1).reduce((s, l) => s * l, 1))
    const others = blocs.map((_, j) => j).filter((j) => j !== k)
    // The quotient coalitions' joint sums and weights.
    const count = 2 ** others.length
    const ext = new Float64Array(count * dims)
    const alpha = new Float64Array(count)
    const fact = [1]
    for (let r = 1; r <= m; r++) fact.push(fact[r - 1]! * r)
    for (let mask = 0; mask < count; mask++) {
      let r = 0
      for (let b = 0; b < others.length; b++)
        if (mask & (1 << b)) {
          r++
          for (let d = 0; d < dims; d++) ext[mask * dims + d]! += totals[others[b]!]![d]!
        }
      alpha[mask] = levels.between === 'banzhaf' ? 2 ** -(m - 1) : (fact[r]! * fact[m - 1 - r]!) / fact[m]!
    }
    const done = new Map<string, number>()
    for (const i of bloc) {
      const v = plan.dims.map((d) => d[i]!)
      const key = v.join(',')
      const known = done.get(key)
      if (known !== undefined) {
        out[i] = known
        continue
      }
      const mates = bloc.filter((j) => j !== i)
      // One flat index per joint sum: the mates' weighted subset sums over the bloc's grid.
      const flat = mates.map((j) => plan.dims.reduce((s, d, a) => s + d[j]! * strides[a]!, 0))
      const inner = weightedSubsetSums(flat, states, levels.within)
      let value = 0
      const coord = new Float64Array(dims)
      for (let y = 0; y < states; y++) {
        const f = inner[y]!
        if (f === 0) continue
        let rest = y
        for (let a = 0; a < dims; a++) {
          coord[a] = Math.floor(rest / strides[a]!)
          rest -= coord[a]! * strides[a]!
        }
        for (let mask = 0; mask < count; mask++) {
          for (let a = 0; a < dims; a++) {
            sums[a] = ext[mask * dims + a]! + coord[a]!
            withI[a] = sums[a]! + v[a]!
          }
          if (plan.wins(withI) && !plan.wins(sums)) value += alpha[mask]! * f
        }
      }
      done.set(key, value)
      out[i] = value
    }
  })
  return E.right(out)
}

/** The bloc index of every voter, by the weighted or the compound route. */
export const blocIndex = (name: string, council: Council, blocs: readonly (readonly number[])[], levels: Levels): E.Either<CoalitionError, number[]> =>
  council.kind === 'weighted'
    ? weightedBlocIndex(name, council.integerQuota, council.integerWeights, blocs, levels)
    : compoundBlocIndex(name, council, blocs, levels)

/** Checks the council and the blocs, then computes the index. */
export const blocPower = (name: string, game: unknown, blocs: unknown, levels: Levels): E.Either<CoalitionError, number[]> => {
  if (!isCouncil(game))
    return E.left(coalitionError('DecodeError', `${name}: expected a council made by weightedVotingGame, allOf or anyOf, got ${game === null ? 'null' : Array.isArray(game) ? 'an array' : typeof game}`))
  const partition = partitionOf(name, game.players, blocs)
  if (E.isLeft(partition)) return partition
  return blocIndex(name, game, partition.right, levels)
}
