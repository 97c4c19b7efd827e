import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { FiniteNumber, decodeWith } from '../internal/decode.js'
import { EXACT_LIMIT, averageRanks, exactUpper, pearson, tUpper } from './spearman.js'

/**
 * A one-sided rank-correlation test.
 *
 * @since 0.1.0
 * @category burden sharing
 */
export interface RankTest {
  /** Spearman's ρ (with average ranks for ties). */
  readonly rho: number
  /** P(ρ ≥ observed) under independence: the one-sided p-value for ρ > 0. */
  readonly pValue: number
  /** `'exact'`: every permutation enumerated (n ≤ 9); `'t'`: Student's t approximation. */
  readonly method: 'exact' | 't'
  /** Number of allies. */
  readonly n: number
}

const Codec = t.type(
  { gdp: t.array(FiniteNumber, 'a list of finite numbers'), burden: t.array(FiniteNumber, 'a list of finite numbers') },
  'an object { gdp, burden }',
)

/**
 * The disproportionality test of the exploitation hypothesis (Olson & Zeckhauser 1966): is an ally's
 * burden (defence spending as a share of GDP) positively rank-correlated with its size (GDP)?
 * Spearman's ρ with average ranks for ties; the one-sided p-value P(ρ ≥ observed) is exact (all
 * n! orderings, ties included) for n ≤ 9 and from Student's t with n − 2 degrees of freedom beyond,
 * as R's `cor.test(gdp, burden, method = "spearman", alternative = "greater")` does.
 *
 * @param input - `gdp` and `burden`, one entry per ally, at least 3, neither constant
 * @returns `{ rho, pValue, method, n }`, or a `DecodeError`/`InvalidProblem`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { disproportionality } from 'coalitions/burden'
 *
 * // Burden rises with size in four of five allies: ρ = 0.9, and 5 of the 120 orderings do as well.
 * const r = disproportionality({ gdp: [1, 2, 3, 4, 5], burden: [1.1, 1.0, 2.2, 3.0, 4.5] })
 * assert.ok(E.isRight(r))
 * assert.equal(r.right.rho, 0.9)
 * assert.equal(r.right.pValue, 5 / 120)
 * ```
 *
 * @see Olson & Zeckhauser, "An economic theory of alliances", *Review of Economics and Statistics* 48 (1966).
 * @see Sandler & Murdoch, "On sharing NATO defence burdens in the 1990s and beyond", *Fiscal Studies* 21 (2000).
 * @since 0.1.0
 * @category burden sharing
 */
export const disproportionality = (input: { readonly gdp: readonly number[]; readonly burden: readonly number[] }): E.Either<CoalitionError, RankTest> =>
  E.flatMap(({ gdp, burden }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, RankTest> => {
    const n = gdp.length
    if (burden.length !== n) return E.left(coalitionError('InvalidProblem', `burden: expected ${n} values, one per ally in gdp, got ${burden.length}`))
    if (n < 3) return E.left(coalitionError('InvalidProblem', `gdp: a rank correlation test needs at least 3 allies, got ${n}`))
    const rx = averageRanks(gdp)
    const ry = averageRanks(burden)
    const rho = pearson(rx, ry)
    if (Number.isNaN(rho)) return E.left(coalitionError('NotDefined', 'gdp, burden: a constant series has no rank correlation'))
    return E.right(
      n <= EXACT_LIMIT ? { rho, pValue: exactUpper(rx, ry, rho), method: 'exact', n } : { rho, pValue: tUpper(rho, n - 2), method: 't', n },
    )
  })(decodeWith(Codec)(input))
