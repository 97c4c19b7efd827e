import type { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import type { Council } from './CompoundVotingGame.js'
import { compoundShapleyShubik } from './compound.js'
import { countingSteps, ratio, shapleyShubikOwen } from './counting.js'
import { counted, type CountingOptions } from './CountingOptions.js'

/**
 * The Shapley–Shubik power index of every voter: the probability that the voter is pivotal when
 * voters join in a uniformly random order. Sums to 1.
 *
 * A weighted council is computed from Owen's multilinear extension with Gauss–Legendre quadrature
 * (⌈n/2⌉ + 1 nodes: exact for the degree n − 1 integrand). The nodes come in pairs t, 1 − t that
 * share one pass over the weight sums below max(q, W − q + 1): at t the yes-voters are counted
 * below the quota, at 1 − t the no-voters, so every removal divides by the larger of t and 1 − t.
 * Each distinct weight's pivot probability is read from the prefix sums by a cumulative chain
 * in double-double arithmetic. O(n² · L / 2) for the longer side L; no enumeration of coalitions or
 * orders. A compound council is computed exactly: coalitions counted by size and joint weight
 * sums modulo primes ({@link allOf}), the index Σ_k k!(n−1−k)!·swings_k / n! rounded once.
 *
 * @param game - a council from {@link weightedVotingGame}, {@link allOf} or {@link anyOf}
 * @param options - `onProgress(done, total)`, called after each pass (a node pair, or a prime for a compound council)
 * @returns the indices, in voter order; `TooLarge` past {@link MAX_COUNTING_WORK} counting steps,
 * `DecodeError` for a council or options this module did not make, `InvalidProblem` if `onProgress` throws
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { shapleyShubik, weightedVotingGame } from 'coalitions/voting'
 *
 * // UN Security Council: 421/2145 per permanent member, 4/2145 per elected member.
 * const unsc = weightedVotingGame({ quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] })
 * assert.ok(E.isRight(unsc))
 * const ss = shapleyShubik(unsc.right)
 * assert.ok(E.isRight(ss))
 * assert.ok(Math.abs(ss.right[0]! - 421 / 2145) < 1e-15)
 * assert.ok(Math.abs(ss.right[14]! - 4 / 2145) < 1e-15)
 * ```
 *
 * @see Shapley & Shubik, "A method for evaluating the distribution of power in a committee system", *American Political Science Review* 48 (1954).
 * @see Owen, "Multilinear extensions of games", *Management Science* 18 (1972).
 * @since 0.1.0
 * @category power indices
 */
export const shapleyShubik = (game: Council, options?: CountingOptions): E.Either<CoalitionError, number[]> =>
  counted('shapleyShubik', game, options, (g) => countingSteps.shapleyShubik(g.integerQuota, g.integerWeights), (g, progress) => {
    if (g.kind === 'weighted') return shapleyShubikOwen(g.integerQuota, g.integerWeights, progress)
    const { numerators, denominator } = compoundShapleyShubik(g, progress)
    return numerators.map((x) => ratio(x, denominator))
  })
