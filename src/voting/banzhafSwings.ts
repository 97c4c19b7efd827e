import type { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import type { Council } from './CompoundVotingGame.js'
import { compoundSwings } from './compound.js'
import { countingSteps, swingCounts } from './counting.js'
import { counted, type CountingOptions } from './CountingOptions.js'

/**
 * The raw Banzhaf swing count of every voter: how many coalitions without the voter lose, yet
 * win once it joins. Exact for any council size: coalitions are counted by integer weight below
 * the shorter side L of the quota (L = q, or W − q + 1 counting the no-voters), modulo primes
 * below 2^50, in O(n · L) additions per prime, one prime per 49 voters; each distinct weight's
 * swings are read from the prefix sums in L/w steps, and the Chinese remainder theorem rebuilds the
 * counts (Kakimura & Terai 2025). Compound councils are counted over the joint weight sums of
 * their conditions ({@link allOf}).
 *
 * @param game - a council from {@link weightedVotingGame}, {@link allOf} or {@link anyOf}
 * @param options - `onProgress(done, total)`, called after each prime
 * @returns the swing counts, in voter order; `TooLarge` past {@link MAX_COUNTING_WORK} counting steps,
 * `DecodeError` for a council or options this module did not make, `InvalidProblem` if `onProgress` throws
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { banzhafSwings, weightedVotingGame } from 'coalitions/voting'
 *
 * // UN Security Council: 848 swings per permanent member, 84 per elected member.
 * const unsc = weightedVotingGame({ quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] })
 * assert.ok(E.isRight(unsc))
 * assert.deepStrictEqual(E.map((s: bigint[]) => s.slice(4, 6))(banzhafSwings(unsc.right)), E.right([848n, 84n]))
 * ```
 *
 * @see Banzhaf, "Weighted voting doesn't work: a mathematical analysis", *Rutgers Law Review* 19 (1965).
 * @see Kakimura & Terai, "Computing power indices in weighted majority games with formal power series" (2025).
 * @see Brams & Affuso, "Power and size: a new paradox", *Theory and Decision* 7 (1976).
 * @since 0.1.0
 * @category power indices
 */
export const banzhafSwings = (game: Council, options?: CountingOptions): E.Either<CoalitionError, bigint[]> =>
  counted('banzhafSwings', game, options, (g) => countingSteps.swings(g.integerQuota, g.integerWeights), (g, progress) =>
    g.kind === 'weighted' ? swingCounts(g.integerQuota, g.integerWeights, progress) : compoundSwings(g, progress),
  )
