import type { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import type { Blocs } from '../internal/blocs.js'
import type { Council } from './CompoundVotingGame.js'
import type { CountingOptions } from './CountingOptions.js'
import { blocPower } from './blocCounting.js'

/**
 * The symmetric coalitional Banzhaf index (Alonso-Meijide & Fiestras-Janeiro): each bloc receives
 * its Banzhaf index in the game between the blocs, and shares it among its members by their
 * Shapley–Shubik index inside the bloc, so a bloc's members together hold exactly what the bloc
 * holds in the game between blocs, and blocs in the same position get the same total:
 *
 * π_i = Σ_{R ⊆ M∖k} Σ_{T ⊆ P_k∖i} 2^−(m−1) · t!(p_k−t−1)!/p_k! · [i swings at Q_R ∪ T].
 *
 * With every voter alone it is the swing probability (the Banzhaf index before normalization); with
 * all voters in one bloc, the Shapley–Shubik index.
 * Counted as for {@link owenIndex}.
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
 * import { symmetricCoalitionalBanzhaf, weightedVotingGame } from 'coalitions/voting'
 *
 * // Madrid Assembly 2015–2019 with PSOE, Podemos and C's in one bloc: the bloc's 1 shared in thirds.
 * const madrid = weightedVotingGame({ quota: 65, weights: [48, 37, 27, 17], players: ['PP', 'PSOE', 'Podemos', "C's"] })
 * assert.ok(E.isRight(madrid))
 * const pi = symmetricCoalitionalBanzhaf(madrid.right, [['PSOE', 'Podemos', "C's"]])
 * assert.ok(E.isRight(pi))
 * assert.deepStrictEqual(pi.right.map((x) => Math.round(x * 3)), [0, 1, 1, 1])
 * ```
 *
 * @see Alonso-Meijide & Fiestras-Janeiro, "Modification of the Banzhaf value for games with a coalition structure", *Annals of Operations Research* 109 (2002).
 * @see Staudacher et al., "Dynamic programming for computing power indices for weighted voting games with precoalitions", *Games* 13 (2022).
 * @since 0.2.0
 * @category power indices
 */
export const symmetricCoalitionalBanzhaf = (game: Council, blocs: Blocs, options?: CountingOptions): E.Either<CoalitionError, number[]> =>
  blocPower('symmetricCoalitionalBanzhaf', game, blocs, options, { between: 'banzhaf', within: 'shapley' })
