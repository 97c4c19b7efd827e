/**
 * One record of a coalition partner, read by every family that models partners.
 *
 * @module
 */
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from './CoalitionError.js'
import { FiniteNumber, Label, NonNegative, Probability, decodeWith, unknownKeys } from '../internal/decode.js'

/**
 * A coalition partner, described once and passed as it is to every step of a study: who joins
 * (`joinProbability`, or `covariates` under a join model), what recruiting it costs (`troops`,
 * `deploymentCost`, `ownBenefit` and the rest of a recruitment candidate), how the burden is shared
 * (`gdp`, `troops`) and how likely it is to leave (`front`, `covariates` under a hazard model). Every
 * field but `name` is optional here; a step that needs a field says so, naming the partner, when it
 * is missing. Money in one currency and one period (say US$ a year).
 *
 * @since 0.3.0
 * @category model
 */
export interface Partner {
  readonly name: string
  /** Troops it would deploy. */
  readonly troops?: number
  /** What deploying costs it (transport, equipment, allowances…). */
  readonly deploymentCost?: number
  /** What joining is worth to it on its own account (its interest in the mission, in money). */
  readonly ownBenefit?: number
  /** What it can spend on the deployment itself; default: enough (at least the deployment cost). */
  readonly ownResources?: number
  /** What its flag is worth to the pivotal state (legitimacy, in money); default 0. */
  readonly legitimacy?: number
  /** The mission needs it: a recruitment plan must include it. */
  readonly critical?: boolean
  /** Its share θ in [0, 1] of the gains from the deal (generalized Nash); default 0. */
  readonly bargainingPower?: number
  /** A political side deal it would accept: worth `valueToRecipient` to it, costs the pivotal `costToPivotal`. */
  readonly sideDeal?: { readonly valueToRecipient: number; readonly costToPivotal: number }
  /** Its probability of joining, when it is known rather than modelled. */
  readonly joinProbability?: number
  /** Named covariates, read by join models and hazard models alike (e.g. `democracy`, `allianceTies`). */
  readonly covariates?: Readonly<Record<string, number>>
  /** Whether it fights on the pivotal state's front or a separate one (Weisiger 2016); default `'common'`. */
  readonly front?: 'common' | 'separate'
  /** Its gross domestic product, for sharing costs by ability to pay. */
  readonly gdp?: number
}

/** @internal Every key a partner record may have, for unknown-key checks. */
export const PARTNER_KEYS: readonly string[] = [
  'name',
  'troops',
  'deploymentCost',
  'ownBenefit',
  'ownResources',
  'legitimacy',
  'critical',
  'bargainingPower',
  'sideDeal',
  'joinProbability',
  'covariates',
  'front',
  'gdp',
]

const Share = t.refinement(t.number, (x) => x >= 0 && x <= 1, 'a share in [0, 1]')

/** @internal The codec of a partner record (every field checked when present). */
export const PartnerCodec = t.intersection(
  [
    t.type({ name: Label }),
    t.partial({
      troops: NonNegative,
      deploymentCost: NonNegative,
      ownBenefit: NonNegative,
      ownResources: NonNegative,
      legitimacy: NonNegative,
      critical: t.boolean,
      bargainingPower: Share,
      sideDeal: t.type({ valueToRecipient: NonNegative, costToPivotal: NonNegative }),
      joinProbability: Probability,
      covariates: t.record(t.string, FiniteNumber, 'a record of finite numbers'),
      front: t.keyof({ common: null, separate: null }, "'common' or 'separate'"),
      gdp: NonNegative,
    }),
  ],
  'a partner { name, troops?, deploymentCost?, … }',
)

/**
 * @internal Checks a list of partner records under `path`: every field present is valid, no key is
 * unknown (the nearest known one is suggested) and no name is used twice. An empty list is the
 * caller's to judge.
 */
export const decodePartners = (input: unknown, path: string): E.Either<CoalitionError, readonly Partner[]> => {
  const list = decodeWith(t.array(PartnerCodec, 'a list of partners'), path)(input)
  if (E.isLeft(list)) return list
  const strays = (input as readonly unknown[]).flatMap((p, i) => unknownKeys(p, PARTNER_KEYS, `${path}[${i}]`))
  if (strays.length > 0) return E.left(coalitionError('DecodeError', strays.join('\n')))
  const seen = new Map<string, number>()
  for (const [i, p] of list.right.entries()) {
    const before = seen.get(p.name)
    if (before !== undefined) return E.left(coalitionError('InvalidProblem', `${path}[${i}].name: "${p.name}" already used by ${path}[${before}]`))
    seen.set(p.name, i)
  }
  return E.right(list.right as readonly Partner[])
}
