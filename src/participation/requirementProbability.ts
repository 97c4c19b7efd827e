import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import type { CoalitionError } from '../core/CoalitionError.js'
import { decodeWith, nonEmpty, NonNegative, Probability } from '../internal/decode.js'
import { clampedDistribution, sparseTail } from './distribution.js'
import { MAX_WORK, RequirementCodec, tooFine, unitsOf, type Grid, type Requirement } from './requirement.js'

// The grid of troop totals one evaluation may hold (two arrays of 8-byte cells: 160 MB), and the
// distinct totals the sparse evaluation may hold for a few candidates (2^22: about 130 MB at the peak).
const MAX_GRID = 10_000_000
const MAX_SPARSE_SUMS = 2 ** 22

const Codec = t.type(
  {
    candidates: t.array(t.intersection([t.type({ probability: Probability }), t.partial({ troops: NonNegative })], 'a candidate { probability, troops? }')),
    requirement: RequirementCodec,
  },
  'an object { candidates, requirement }',
)

/**
 * The probability that a coalition meets its requirement (at least `size` partners, or at least
 * `troops` soldiers) when candidates join independently with the given probabilities. Exact: the
 * Poisson-binomial recursion, on troop totals clamped at the requirement for a troop requirement
 * (troops as whole numbers). Troops in round numbers are counted in their greatest common divisor
 * (exact: 100 brigades of 100,000 against 5,000,000 is a grid of 51 totals), and a few candidates
 * (at most 22) with large troop numbers are evaluated on their distinct totals instead of a grid.
 * Otherwise the grid is capped at 10,000,000 troop totals in memory and 400,000,000 cells of work
 * (candidates × requirement, about a second): count troops in hundreds for large armies. A
 * requirement the candidates cannot meet even if all join has probability 0.
 *
 * @param input - `{ candidates: [{ probability, troops? }], requirement: { size } | { troops } }`
 * @returns P(requirement met) in [0, 1], or a `DecodeError`/`InvalidProblem`/`TooLarge`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { requirementProbability } from 'coalitions/participation'
 *
 * // 3,000 troops needed: a large partner (2,500, p = 0.6) and two small ones (1,000 each, p = 0.5).
 * const candidates = [{ probability: 0.6, troops: 2500 }, { probability: 0.5, troops: 1000 }, { probability: 0.5, troops: 1000 }]
 * const p = requirementProbability({ candidates, requirement: { troops: 3000 } })
 * // The large partner and at least one small one (0.6 × 0.75), or none of it and both small ones: no (2,000).
 * assert.ok(E.isRight(p) && Math.abs(p.right - 0.45) < 1e-15)
 * ```
 *
 * @see Chen & Liu, "Statistical applications of the Poisson-binomial and conditional Bernoulli distributions", *Statistica Sinica* 7 (1997).
 * @since 0.1.0
 * @category size
 */
export const requirementProbability = (input: {
  readonly candidates: readonly { readonly probability: number; readonly troops?: number }[]
  readonly requirement: Requirement
}): E.Either<CoalitionError, number> =>
  E.flatMap(({ candidates, requirement }: t.TypeOf<typeof Codec>) =>
    E.flatMap(({ units, target, offered, wanted, unit }: Grid): E.Either<CoalitionError, number> => {
      if (offered < wanted) return E.right(0)
      const n = candidates.length
      const p = Float64Array.from(candidates, (c) => c.probability)
      // A few candidates have few distinct troop totals (at most 2^n): hold those, not a grid of target + 1.
      if (n <= 30 && 2 ** n <= MAX_SPARSE_SUMS && 4 * 2 ** n < target + 1) return E.right(sparseTail(p, units, target))
      if (target + 1 > MAX_GRID) return E.left(tooFine(n, target, MAX_GRID, 'troops' in requirement, unit, `${MAX_GRID.toLocaleString('en-US')} troop totals in memory`))
      if (n * (target + 1) > MAX_WORK) return E.left(tooFine(n, target, MAX_WORK, 'troops' in requirement, unit))
      return E.right(Math.min(1, clampedDistribution(p, units, target)[target]!))
    })(unitsOf(requirement, candidates.map((c) => c.troops))),
  )(E.flatMap(nonEmpty<t.TypeOf<typeof Codec>>('candidates', 'candidate'))(decodeWith(Codec)(input)))
