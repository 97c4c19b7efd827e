import type { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import type { Blocs } from '../internal/blocs.js'
import type { Council } from './CompoundVotingGame.js'
import type { CountingOptions } from './CountingOptions.js'
import { blocPower } from './blocCounting.js'

/**
 * The Owen index (the Shapley–Shubik index with a priori unions): voters join in a random order in
 * which every bloc's members arrive together, the blocs in a uniformly random order and each bloc's
 * members in a uniformly random order among themselves; a voter's index is the probability that it
 * is pivotal. Equivalently each bloc first receives its Shapley–Shubik index in the game between
 * the blocs, and shares it among its members by their Shapley–Shubik index inside the bloc:
 *
 * Ow_i = Σ_{R ⊆ M∖k} Σ_{T ⊆ P_k∖i} r!(m−r−1)!/m! · t!(p_k−t−1)!/p_k! · [i swings at Q_R ∪ T],
 *
 * for voter i in bloc P_k of p_k members, m blocs, Q_R the members of the blocs in R. Sums to 1
 * (when some coalition wins); with every voter alone, or all in one bloc, it is {@link shapleyShubik}.
 *
 * Computed for weighted and compound councils alike over the joint weight sums of the conditions:
 * between the blocs, the distribution of the other blocs' sums with the Shapley weights (an
 * integral over t of blocs joining with probability t, by Gauss–Legendre quadrature, exact for its
 * degree m − 1), from one pass over all blocs per pair of nodes and a stable removal of each bloc;
 * within a bloc, the weighted sums of the voter's fellow members, exactly; the swings are windows
 * of the first read from prefix sums. Every term is positive except the windows' differences, taken
 * in double-double. A 720-seat parliament in 8 groups takes milliseconds, the EU Council with
 * regional blocs a fraction of a second. The work is bounded: past `MAX_BLOC_WORK` = 4·10⁹ steps
 * (about fifteen seconds), or 2^26 numbers held, the result is `TooLarge`.
 *
 * @param game - a council from {@link weightedVotingGame}, {@link allOf} or {@link anyOf}
 * @param blocs - the blocs as lists of voter labels; voters named in no bloc stand alone
 * @param options - `onProgress(done, total)`, called after each node pair and each bloc
 * @returns the indices in voter order, or `DecodeError` (not a council, blocs not lists of labels), `InvalidGame` (an unknown label, a voter in two blocs, an empty bloc), `TooLarge`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { owenIndex, weightedVotingGame } from 'coalitions/voting'
 *
 * // Madrid Assembly 2015–2019, [65; 48, 37, 27, 17]: with PP and C's in one bloc, PP has 2/3 and C's 1/3.
 * const madrid = weightedVotingGame({ quota: 65, weights: [48, 37, 27, 17], players: ['PP', 'PSOE', 'Podemos', "C's"] })
 * assert.ok(E.isRight(madrid))
 * const owen = owenIndex(madrid.right, [['PP', "C's"]])
 * assert.ok(E.isRight(owen))
 * assert.deepStrictEqual(owen.right.map((x) => Math.round(x * 6)), [4, 0, 0, 2])
 * ```
 *
 * @see Owen, "Values of games with a priori unions", in Henn & Moeschlin (eds.), *Mathematical Economics and Game Theory* (1977).
 * @see Staudacher et al., "Dynamic programming for computing power indices for weighted voting games with precoalitions", *Games* 13 (2022).
 * @see Giménez & Puente, "The Owen and the Owen–Banzhaf values applied to the study of the Madrid Assembly and the Andalusian Parliament in legislature 2015–2019", *ICORES* (2019), Table 1: the example's values.
 * @since 0.2.0
 * @category power indices
 */
export const owenIndex = (game: Council, blocs: Blocs, options?: CountingOptions): E.Either<CoalitionError, number[]> =>
  blocPower('owenIndex', game, blocs, options, { between: 'shapley', within: 'shapley' })
