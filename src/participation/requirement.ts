import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'

/**
 * What the pivotal state needs: at least `size` partners, or at least `troops` soldiers from them.
 *
 * @since 0.1.0
 * @category size
 */
export type Requirement = { readonly size: number } | { readonly troops: number }

const Whole = t.refinement(t.number, (x) => Number.isSafeInteger(x) && x >= 0, 'a whole number ≥ 0')

/** @internal */
export const RequirementCodec = t.union([t.type({ size: Whole }), t.type({ troops: Whole })], 'a requirement { size } or { troops }')

/** @internal The grid `allocatePayments` may hold in memory twice over: (candidates + 1) × (requirement + 1) cells. */
export const MAX_CELLS = 2_000_000

/** @internal The work one exact evaluation may do, candidates × (requirement + 1) cells (about a second). */
export const MAX_WORK = 400_000_000

/** @internal The `TooLarge` error for a grid of candidates × requirement beyond `limit` cells. */
export const tooFine = (n: number, target: number, limit: number, troops: boolean): CoalitionError =>
  coalitionError(
    'TooLarge',
    `requirement: ${n} candidates × a requirement of ${target} is too fine a grid (at most ${limit.toLocaleString('en-US')} cells)${troops ? '; count troops in hundreds or companies instead' : ''}`,
  )

/**
 * @internal Each candidate's contribution in the requirement's unit (1 per partner, or its troops)
 * and the target; a troop requirement needs whole troop numbers.
 */
export const unitsOf = (
  requirement: t.TypeOf<typeof RequirementCodec>,
  troops: readonly (number | undefined)[],
): E.Either<CoalitionError, { readonly units: Float64Array; readonly target: number; readonly offered: number }> => {
  const n = troops.length
  if ('size' in requirement) return E.right({ units: new Float64Array(n).fill(1), target: requirement.size, offered: n })
  const units = new Float64Array(n)
  let offered = 0
  for (let i = 0; i < n; i++) {
    const x = troops[i]
    if (x === undefined) return E.left(coalitionError('InvalidProblem', `candidates[${i}].troops: a troop requirement needs every candidate's troops`))
    if (!Number.isSafeInteger(x)) return E.left(coalitionError('InvalidProblem', `candidates[${i}].troops: a troop requirement counts whole soldiers, got ${x}`))
    units[i] = Math.min(x, requirement.troops)
    offered += x
  }
  return E.right({ units, target: requirement.troops, offered })
}
