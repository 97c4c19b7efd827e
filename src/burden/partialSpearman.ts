import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { FiniteNumber, decodeWith } from '../internal/decode.js'
import { averageRanks, pearson, tUpper } from './spearman.js'

/**
 * A partial rank correlation and its one-sided test.
 *
 * @since 0.1.0
 * @category burden sharing
 */
export interface PartialRankTest {
  /** The partial Spearman correlation of x and y given z. */
  readonly rho: number
  /** P(ρ ≥ observed) from Student's t with n − 3 degrees of freedom. */
  readonly pValue: number
  /** Number of allies. */
  readonly n: number
}

const Numbers = t.array(FiniteNumber, 'a list of finite numbers')
const Codec = t.type({ x: Numbers, y: Numbers, z: Numbers }, 'an object { x, y, z }')

/**
 * The partial Spearman correlation of x and y controlling for z,
 * (ρ_xy − ρ_xz ρ_yz) / √((1 − ρ_xz²)(1 − ρ_yz²)), with a one-sided t test on n − 3 degrees of
 * freedom: for instance, does burden rise with GDP once exposure to the threat is held fixed?
 *
 * @param input - `x`, `y`, `z` of equal length, at least 4
 * @returns `{ rho, pValue, n }`, or a `DecodeError`/`InvalidProblem`/`NotDefined` (a constant series, or z ranked exactly like x or y)
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { partialSpearman } from 'coalitions/burden'
 *
 * const r = partialSpearman({ x: [1, 2, 3, 4, 5, 6], y: [2, 1, 4, 3, 6, 5], z: [1, 3, 2, 5, 4, 6] })
 * assert.ok(E.isRight(r))
 * assert.ok(r.right.rho > 0 && r.right.pValue < 0.5)
 * ```
 *
 * @see Conover, *Practical Nonparametric Statistics* (3rd ed., 1999), §5.4.
 * @since 0.1.0
 * @category burden sharing
 */
export const partialSpearman = (input: {
  readonly x: readonly number[]
  readonly y: readonly number[]
  readonly z: readonly number[]
}): E.Either<CoalitionError, PartialRankTest> =>
  E.flatMap(({ x, y, z }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, PartialRankTest> => {
    const n = x.length
    if (y.length !== n || z.length !== n) return E.left(coalitionError('InvalidProblem', `x, y, z: expected equal lengths, got ${n}, ${y.length}, ${z.length}`))
    if (n < 4) return E.left(coalitionError('InvalidProblem', `x: a partial correlation test needs at least 4 observations, got ${n}`))
    const [rx, ry, rz] = [averageRanks(x), averageRanks(y), averageRanks(z)]
    const [xy, xz, yz] = [pearson(rx, ry), pearson(rx, rz), pearson(ry, rz)]
    const denom = Math.sqrt((1 - xz * xz) * (1 - yz * yz))
    const rho = (xy - xz * yz) / denom
    if (!Number.isFinite(rho) || denom === 0)
      return E.left(coalitionError('NotDefined', 'x, y, z: a series is constant or z ranks exactly like x or y, so the partial correlation is undefined'))
    return E.right({ rho, pValue: tUpper(rho, n - 3), n })
  })(decodeWith(Codec)(input))
