import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { PARTNER_KEYS } from '../core/Partner.js'
import { NonNegative, decodeWith, unknownKeys } from '../internal/decode.js'
import { frozenCopy } from '../internal/arrays.js'
import { CandidateCodec, type Candidate } from './Candidate.js'

/**
 * The pivotal state's recruitment problem. Money in one currency and period (say US$ a year).
 *
 * @since 0.1.0
 * @category recruitment
 */
export interface RecruitmentProblem {
  readonly pivotal: {
    /** What it can pay partners in all (its own troops are paid from its defence budget, not from this). */
    readonly budget: number
    /** What each soldier it sends itself costs; default US$138,465 (Henke 2019, citing Gaibulloev et al.). */
    readonly costPerSoldier?: number
  }
  readonly requirements: {
    /** Troops the mission needs; what partners do not send, the pivotal state sends itself. */
    readonly troops: number
    /** Legitimacy the mission needs, in the units of the candidates' `legitimacy`; default 0. */
    readonly legitimacy?: number
  }
  readonly candidates: readonly Candidate[]
}

const ProblemCodec = t.type(
  {
    pivotal: t.intersection([t.type({ budget: NonNegative }), t.partial({ costPerSoldier: NonNegative })]),
    requirements: t.intersection([t.type({ troops: NonNegative }), t.partial({ legitimacy: NonNegative })]),
    candidates: t.array(CandidateCodec, 'a list of candidates'),
  },
  'an object { pivotal, requirements, candidates }',
)

// The problems recruitmentProblem made: recruit uses them without checking them again.
const made = new WeakSet<object>()

/**
 * Checks a recruitment problem once: every field decoded with its path, a misspelt key an error
 * naming the nearest one (a partner record's fields for other families are accepted unread), and
 * candidates' names distinct. The result is a frozen copy that {@link recruit} runs without checking
 * it again, so a problem solved under many budgets or solvers is checked once.
 *
 * @param input - `{ pivotal: { budget, costPerSoldier? }, requirements: { troops, legitimacy? }, candidates }`
 * @returns the checked problem, or a `DecodeError`/`InvalidProblem` naming the field
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { loadLpSolver } from 'coalitions'
 * import { recruit, recruitmentProblem } from 'coalitions/recruitment'
 *
 * const problem = recruitmentProblem({
 *   pivotal: { budget: 80e6, costPerSoldier: 13_000 },
 *   requirements: { troops: 15_000 },
 *   candidates: [{ name: 'Thailand', troops: 10_000, deploymentCost: 50e6, ownBenefit: 0 }],
 * })
 * assert.ok(E.isRight(problem))
 * const plan = recruit(await loadLpSolver())(problem.right)
 * assert.ok(E.isRight(plan) && plan.right.ownTroops === 5_000)
 * const typo = recruitmentProblem({ pivotal: { budjet: 1 }, requirements: { troops: 1 }, candidates: [] })
 * assert.ok(E.isLeft(typo) && typo.left.message.includes('problem.pivotal.budjet: unknown key; did you mean budget?'))
 * ```
 *
 * @see Henke, "Buying allies: payment practices in multilateral military coalition-building", *International Security* 43 (2019).
 * @since 0.3.0
 * @category recruitment
 */
export const recruitmentProblem = (input: unknown): E.Either<CoalitionError, RecruitmentProblem> => {
  // A misspelt field would be dropped by the codec and change the plan silently; a partner record's
  // other fields (covariates, front, gdp, …) belong to other families and are accepted unread. It is
  // named first, before the field it stands for is reported missing.
  const raw = input as { readonly pivotal?: unknown; readonly requirements?: unknown; readonly candidates?: unknown } | null | undefined
  const listed = Array.isArray(raw?.candidates) ? (raw.candidates as unknown[]) : []
  const strays = [
    ...unknownKeys(raw, ['pivotal', 'requirements', 'candidates'], 'problem'),
    ...unknownKeys(raw?.pivotal, ['budget', 'costPerSoldier'], 'problem.pivotal'),
    ...unknownKeys(raw?.requirements, ['troops', 'legitimacy'], 'problem.requirements'),
    ...listed.flatMap((c, i) => unknownKeys(c, PARTNER_KEYS, `problem.candidates[${i}]`)),
  ]
  const decoded = decodeWith(ProblemCodec, 'problem')(input)
  if (strays.length > 0) return E.left(coalitionError('DecodeError', [...strays, ...(E.isLeft(decoded) ? [decoded.left.message] : [])].join('\n')))
  if (E.isLeft(decoded)) return decoded
  const { pivotal, requirements, candidates } = decoded.right as unknown as RecruitmentProblem
  const seen = new Map<string, number>()
  for (const [i, c] of candidates.entries()) {
    const before = seen.get(c.name)
    if (before !== undefined)
      return E.left(coalitionError('InvalidProblem', `problem.candidates[${i}].name: "${c.name}" already used by candidates[${before}]`))
    seen.set(c.name, i)
  }
  const problem: RecruitmentProblem = frozenCopy({ pivotal, requirements, candidates })
  made.add(problem)
  return E.right(problem)
}

/** @internal `problem` if {@link recruitmentProblem} made it, else the result of checking it now. */
export const checkedRecruitmentProblem = (problem: unknown): E.Either<CoalitionError, RecruitmentProblem> =>
  typeof problem === 'object' && problem !== null && made.has(problem) ? E.right(problem as RecruitmentProblem) : recruitmentProblem(problem)
