import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { nearestName } from '../internal/decode.js'

/**
 * What the pivotal state needs: at least `size` partners, or at least `troops` soldiers from them.
 *
 * @since 0.1.0
 * @category size
 */
export type Requirement = { readonly size: number } | { readonly troops: number }

const Whole = t.refinement(t.number, (x) => Number.isSafeInteger(x) && x >= 0, 'a whole number ≥ 0')

/**
 * @internal A requirement is exactly one of `{ size }` (partners) or `{ troops }` (soldiers): both at
 * once is ambiguous and refused, and any other key is an error with the nearest known key.
 */
export const RequirementCodec = new t.Type<Requirement, Requirement, unknown>(
  'a requirement { size } or { troops }',
  (u): u is Requirement => typeof u === 'object' && u !== null && ('size' in u) !== ('troops' in u),
  (u, c) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, c)
    for (const key of Object.keys(u))
      if (key !== 'size' && key !== 'troops') {
        const near = nearestName(key, ['size', 'troops'])
        return t.failure((u as Record<string, unknown>)[key], t.appendContext(c, key, t.unknown, u), `unknown key; ${near === undefined ? 'expected size or troops' : `did you mean ${near}?`}`)
      }
    const hasSize = 'size' in u
    const hasTroops = 'troops' in u
    if (hasSize && hasTroops) return t.failure(u, c, 'give { size } (partners) or { troops } (soldiers), not both')
    if (!hasSize && !hasTroops) return t.failure(u, c)
    const key = hasSize ? 'size' : 'troops'
    const value = (u as Record<string, unknown>)[key]
    return Whole.is(value) ? t.success(hasSize ? { size: value } : { troops: value }) : t.failure(value, t.appendContext(c, key, Whole, value))
  },
  t.identity,
)

/** @internal The grid `allocatePayments` may hold in memory twice over: (candidates + 1) × (requirement + 1) cells. */
export const MAX_CELLS = 2_000_000

/** @internal The work one exact evaluation may do, candidates × (requirement + 1) cells (about a second). */
export const MAX_WORK = 400_000_000

/** @internal The `TooLarge` error for a grid of candidates × requirement beyond `limit` cells. */
export const tooFine = (n: number, target: number, limit: number, troops: boolean, unit = 1, what = `${limit.toLocaleString('en-US')} cells`): CoalitionError =>
  coalitionError(
    'TooLarge',
    `requirement: ${n} candidates × a requirement of ${target}${unit > 1 ? ` units of ${unit} troops` : ''} is too fine a grid (at most ${what})${troops ? '; count troops in hundreds or companies instead' : ''}`,
  )

/** @internal The requirement as a grid: contributions and target in a common unit of troops (or partners). */
export interface Grid {
  /** Each candidate's contribution in `unit`s, capped at the target. */
  readonly units: Float64Array
  /** The requirement in `unit`s, rounded up. */
  readonly target: number
  /** What all candidates offer together, and the requirement, in troops (or partners). */
  readonly offered: number
  readonly wanted: number
  /** The common divisor of the contributions (1 for a size requirement). */
  readonly unit: number
}

/**
 * @internal Each candidate's contribution in the requirement's unit (1 per partner, or its troops)
 * and the target; a troop requirement needs whole troop numbers.
 */
export const unitsOf = (
  requirement: t.TypeOf<typeof RequirementCodec>,
  troops: readonly (number | undefined)[],
): E.Either<CoalitionError, Grid> => {
  const n = troops.length
  if ('size' in requirement) return E.right({ units: new Float64Array(n).fill(1), target: requirement.size, offered: n, wanted: requirement.size, unit: 1 })
  const units = new Float64Array(n)
  let offered = 0
  let common = 0
  for (let i = 0; i < n; i++) {
    const x = troops[i]
    if (x === undefined) return E.left(coalitionError('InvalidProblem', `candidates[${i}].troops: a troop requirement needs every candidate's troops`))
    if (!Number.isSafeInteger(x)) return E.left(coalitionError('InvalidProblem', `candidates[${i}].troops: a troop requirement counts whole soldiers, got ${x}`))
    units[i] = Math.min(x, requirement.troops)
    common = gcd(common, units[i]!)
    offered += x
  }
  // Troops in round numbers count in their common unit: Σ u_i ≥ T ⇔ Σ u_i/g ≥ ⌈T/g⌉, exactly, and the
  // grid shrinks by g (100 brigades of 100,000 against 5,000,000 is 100 × 51 cells, not 100 × 5,000,001).
  const wanted = requirement.troops
  if (common <= 1) return E.right({ units, target: wanted, offered, wanted, unit: 1 })
  const target = Math.ceil(wanted / common)
  return E.right({ units: units.map((u) => Math.min(u / common, target)), target, offered, wanted, unit: common })
}

const gcd = (a: number, b: number): number => {
  while (b !== 0) [a, b] = [b, a % b]
  return a
}
