import type { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import type { Blocs } from '../internal/blocs.js'
import type { Council } from './CompoundVotingGame.js'
import type { CountingOptions } from './CountingOptions.js'
import { blocPower } from './blocCounting.js'

/**
 * The Banzhaf–Owen index (Owen's modified Banzhaf index for a priori unions): the probability that
 * a voter swings when every other bloc joins with probability ½ as a whole and every other member
 * of the voter's own bloc joins with probability ½ on its own:
 *
 * BO_i = Σ_{R ⊆ M∖k} Σ_{T ⊆ P_k∖i} 2^−(m−1) · 2^−(p_k−1) · [i swings at Q_R ∪ T].
 *
 * Not normalized (like {@link banzhafSwings} / 2^(n−1)): with every voter alone it is the swing
 * probability, with all in one bloc as well; a voter's index does not change when a fellow member
 * leaves its bloc to stand alone. Counted as for {@link owenIndex}.
 *
 * @param game - a council from {@link weightedVotingGame}, {@link allOf} or {@link anyOf}
 * @param blocs - the blocs as lists of voter labels; voters named in no bloc stand alone
 * @param options - `onProgress(done, total)`, called after each node pair and each bloc
 * @returns the indices in voter order, or `DecodeError`, `InvalidGame`, `TooLarge` as for {@link owenIndex}
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { banzhafOwenIndex, weightedVotingGame } from 'coalitions/voting'
 *
 * // Madrid Assembly 2015–2019 with PSOE, Podemos and C's in one bloc: 0 for PP, 1/4 for each of the others.
 * const madrid = weightedVotingGame({ quota: 65, weights: [48, 37, 27, 17], players: ['PP', 'PSOE', 'Podemos', "C's"] })
 * assert.ok(E.isRight(madrid))
 * assert.deepStrictEqual(banzhafOwenIndex(madrid.right, [['PSOE', 'Podemos', "C's"]]), E.right([0, 0.25, 0.25, 0.25]))
 * ```
 *
 * @see Owen, "Modification of the Banzhaf–Coleman index for games with a priori unions", in Holler (ed.), *Power, Voting, and Voting Power* (1981).
 * @see Staudacher et al., "Dynamic programming for computing power indices for weighted voting games with precoalitions", *Games* 13 (2022).
 * @since 0.2.0
 * @category power indices
 */
export const banzhafOwenIndex = (game: Council, blocs: Blocs, options?: CountingOptions): E.Either<CoalitionError, number[]> =>
  blocPower('banzhafOwenIndex', game, blocs, options, { between: 'banzhaf', within: 'banzhaf' })
