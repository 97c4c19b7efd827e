import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { Probabilities, decodeWith, nonEmpty } from '../internal/decode.js'
import { clampedDistribution } from './distribution.js'

/**
 * The distribution of a coalition's size when candidates join independently.
 *
 * @since 0.1.0
 * @category size
 */
export interface SizeDistribution {
  /** `pmf[k]` = P(exactly k join), k = 0…n. */
  readonly pmf: readonly number[]
  /** `atLeast[k]` = P(at least k join), k = 0…n (so `atLeast[0]` = 1), summed from the top for accuracy in the tail. */
  readonly atLeast: readonly number[]
  /** Expected size, Σ p_i. */
  readonly mean: number
  /** Variance of the size, Σ p_i (1 − p_i). */
  readonly variance: number
}

/** The largest number of candidates accepted (the recursion costs n²/2 steps). */
const MAX_CANDIDATES = 20_000

/**
 * The exact distribution of how many candidates join, when each joins independently with its own
 * probability: the Poisson-binomial distribution, by the recursion that adds one candidate at a time
 * (every step a convex combination of non-negative numbers, so nothing cancels and small tail
 * probabilities keep their relative accuracy). O(n²); up to 20,000 candidates.
 *
 * @param probabilities - each candidate's probability of joining, in [0, 1] (e.g. from {@link joinProbability})
 * @returns `{ pmf, atLeast, mean, variance }`, or a `DecodeError`/`TooLarge`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { coalitionSizeDistribution } from 'coalitions/participation'
 *
 * // Three invitations: a sure ally, a coin flip, and a long shot.
 * const d = coalitionSizeDistribution([1, 0.5, 0.1])
 * assert.ok(E.isRight(d))
 * assert.deepStrictEqual(d.right.pmf.map((x) => +x.toFixed(12)), [0, 0.45, 0.5, 0.05])
 * assert.ok(Math.abs(d.right.atLeast[2]! - 0.55) < 1e-15) // P(at least 2 join)
 * assert.ok(Math.abs(d.right.mean - 1.6) < 1e-15)
 * ```
 *
 * @see Chen & Liu, "Statistical applications of the Poisson-binomial and conditional Bernoulli distributions", *Statistica Sinica* 7 (1997).
 * @see Kavanagh et al., *Building Military Coalitions*, RAND RR-A859-1 (2021), on coalition size.
 * @since 0.1.0
 * @category size
 */
export const coalitionSizeDistribution = (probabilities: readonly number[]): E.Either<CoalitionError, SizeDistribution> =>
  E.flatMap((p: Float64Array): E.Either<CoalitionError, SizeDistribution> => {
    const n = p.length
    if (n > MAX_CANDIDATES)
      return E.left(coalitionError('TooLarge', `probabilities: ${n} candidates; at most ${MAX_CANDIDATES} (the exact recursion costs n²/2 steps)`))
    const pmf = Array.from(clampedDistribution(p, new Float64Array(n).fill(1), n))
    const atLeast = new Array<number>(n + 1)
    let s = 0
    for (let k = n; k >= 0; k--) atLeast[k] = s = Math.min(1, s + pmf[k]!)
    atLeast[0] = 1
    let mean = 0
    let variance = 0
    for (const x of p) {
      mean += x
      variance += x * (1 - x)
    }
    return E.right({ pmf, atLeast, mean, variance })
  })(E.flatMap(nonEmpty<Float64Array>('probabilities', 'candidate', (p) => p))(decodeWith(Probabilities, 'probabilities')(probabilities)))
