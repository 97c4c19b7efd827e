import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { optionsShapeProblem, show } from '../internal/decode.js'
import { maxOf } from '../internal/arrays.js'
import { createLp, type LpSolver, isLpSolver, notASolver } from '../internal/lp.js'
import { US_COST_PER_SOLDIER, type RecipientType } from './Candidate.js'
import { checkedRecruitmentProblem, type RecruitmentProblem } from './RecruitmentProblem.js'
import { dealFor, reservationOf, typeOf, type Delivery } from './pricing.js'

/**
 * One recruited partner: what it is paid and how.
 *
 * @since 0.1.0
 * @category recruitment
 */
export interface PlanMember {
  readonly name: string
  readonly troops: number
  /** What the pivotal state pays: subsidy + sideDeal. */
  readonly payment: number
  /** The deployment subsidy, never more than the partner's deployment cost. */
  readonly subsidy: number
  /** The side deal's cost to the pivotal state (0 when none is used). */
  readonly sideDeal: number
  /** What the partner receives: subsidy + the side deal's value to it; at least its reservation. */
  readonly received: number
  readonly reservation: number
  readonly recipientType: RecipientType
}

/**
 * The pivotal state's plan.
 *
 * @since 0.1.0
 * @category recruitment
 */
export interface RecruitmentPlan {
  /** The partners recruited, in candidate order. */
  readonly members: PlanMember[]
  /** Troops the pivotal state sends itself: max(0, required − partners' troops). */
  readonly ownTroops: number
  /** Troops the partners send. */
  readonly partnerTroops: number
  /** Legitimacy the partners bring. */
  readonly legitimacy: number
  /** Σ payments to partners: never more than the budget. */
  readonly totalPayments: number
  /** totalPayments + ownTroops × costPerSoldier. */
  readonly totalCost: number
  /** What sending every required soldier itself would cost: troops × costPerSoldier. */
  readonly unilateralCost: number
}

/**
 * Options of {@link recruit}.
 *
 * @since 0.1.0
 * @category recruitment
 */
export interface RecruitOptions {
  /** Cap on HiGHS's branch and bound, in seconds (default 60); when reached, the result is `NoConvergence`. */
  readonly timeLimitSeconds?: number
}

// The options object from any caller: an object with at most a positive, finite time limit.
const optionsProblem = (options: unknown): string | undefined => {
  const shape = optionsShapeProblem(options, ['timeLimitSeconds'])
  if (shape !== undefined) return shape
  const limit = (options as { timeLimitSeconds?: unknown }).timeLimitSeconds
  if (limit !== undefined && !(typeof limit === 'number' && Number.isFinite(limit) && limit > 0))
    return `options.timeLimitSeconds: expected a number of seconds above 0, got ${show(limit)}`
  return undefined
}

const money = (x: number): string => `$${x.toLocaleString('en-US', { maximumFractionDigits: 2 })}`

/** Picks members by solving min Σ pay·x + cps·own s.t. the rows; returns the chosen indices or a failure. */
const solvePlan = (
  lp: LpSolver,
  pay: readonly number[],
  troops: readonly number[],
  legit: readonly number[],
  critical: readonly boolean[],
  rows: { readonly budget: number | undefined; readonly troops: number; readonly legitimacy: number; readonly costPerSoldier: number },
  timeLimitSeconds: number | undefined,
): { readonly chosen: number[] } | { readonly status: string; readonly detail: string } => {
  const n = pay.length
  // In a covering row a partner never counts for more than the whole requirement (one that brings
  // more meets it alone either way), so capping changes no plan; it keeps a partner with 1e300
  // troops from scaling the requirement below the solver's tolerance.
  troops = troops.map((x) => Math.min(x, rows.troops))
  legit = legit.map((x) => Math.min(x, rows.legitimacy))
  // Scale money, troops and legitimacy to order 1, for HiGHS's absolute tolerances: money by the
  // largest single price (not by totals, so that a dollar's difference between plans stays visible),
  // in whatever unit the user counts it (a floor of 1 put prices in billionths of a dollar inside the
  // tolerance).
  const M = Math.max(maxOf(pay), rows.costPerSoldier) || 1
  const S = Math.max(rows.troops, maxOf(troops)) || 1
  const problem = createLp(lp, {
    cost: [...pay.map((p) => p / M), (rows.costPerSoldier * S) / M],
    lower: [...critical.map((c) => (c ? 1 : 0)), 0],
    upper: [...pay.map(() => 1), Infinity],
    integer: [...pay.map(() => true), false],
    ...(timeLimitSeconds === undefined ? {} : { timeLimitSeconds }),
  })
  try {
    const all = Array.from({ length: n }, (_, i) => i)
    if (rows.budget !== undefined) problem.addRow(-Infinity, rows.budget / M, all, pay.map((p) => p / M))
    problem.addRow(rows.troops / S, Infinity, [...all, n], [...troops.map((x) => x / S), 1])
    // Legitimacy is in the user's units, however small: the row is scaled by the requirement itself
    // (no partner counts for more, after the cap), so Σ legitimacy / requirement ≥ 1. A floor of 1 on
    // the scale let a requirement of 1e-9 fall within the solver's tolerance and be met by nobody.
    const L = rows.legitimacy
    if (L > 0) problem.addRow(1, Infinity, all, legit.map((x) => x / L))
    const r = problem.solve()
    if (r.status !== 'optimal') return r
    return { chosen: all.filter((i) => r.x[i]! > 0.5) }
  } finally {
    problem.dispose()
  }
}

/**
 * The pivotal state's cheapest recruitment plan: which candidates to recruit, what to pay each and by
 * which instrument, and how many troops to send itself. Each partner's price comes from its bilateral
 * bargain (its reservation plus its bargaining power's share of the surplus, capped by what a subsidy
 * and its side deal can deliver, delivered as cheaply as possible); the plan then minimizes payments
 * plus the cost of the pivotal state's own troops, subject to:
 *
 * - every critical candidate is in;
 * - partners' troops plus its own meet the troop requirement, and partners' legitimacy meets the legitimacy requirement;
 * - every member receives at least its reservation, and no subsidy exceeds a deployment cost;
 * - **total payments never exceed the budget** (so neither does any single payment), checked again in
 *   exact arithmetic on the returned plan.
 *
 * Solved exactly as a mixed-integer program on HiGHS (branch and bound to a proven optimum). Typical
 * problems of 20–60 candidates take 10–25 ms and 200 candidates under 0.2 s (see the README's
 * benchmarks). The program is a covering knapsack, so no size comes with a time guarantee: when every
 * partner's price is nearly proportional to its troops, proving which of many almost equally cheap
 * plans is cheapest took 15 s at 60 candidates on the benchmark machine. `timeLimitSeconds` (default
 * 60) caps the search, and reaching it is a `NoConvergence` error rather than an unproven plan.
 *
 * The solver and options come first and the problem last: `pipe(problem, recruit(lp))`. A problem
 * from {@link recruitmentProblem} is used as it is; any other is checked on each call.
 *
 * @param lp - the loaded solver from `loadLpSolver`
 * @param options - `{ timeLimitSeconds? }`
 * @returns a function of the problem giving the plan; `Infeasible` says which constraint
 * cannot be met and by how much; `DecodeError` names a bad field
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { loadLpSolver } from 'coalitions'
 * import { recruit } from 'coalitions/recruitment'
 *
 * const lp = await loadLpSolver()
 * // More Flags, Vietnam (Henke 2019): a U.S. soldier cost about $13,000 a year; Thailand sent ~10,000
 * // troops for ~$50M a year, the Philippines ~2,000 for $9.13M. Need 15,000 troops, budget $80M.
 * const plan = recruit(lp)({
 *   pivotal: { budget: 80e6, costPerSoldier: 13_000 },
 *   requirements: { troops: 15_000 },
 *   candidates: [
 *     { name: 'Thailand', troops: 10_000, deploymentCost: 50e6, ownBenefit: 0 },
 *     { name: 'Philippines', troops: 2_000, deploymentCost: 9.13e6, ownBenefit: 0 },
 *   ],
 * })
 * assert.ok(E.isRight(plan))
 * assert.deepStrictEqual(plan.right.members.map((m) => m.name), ['Thailand', 'Philippines'])
 * assert.equal(plan.right.ownTroops, 3_000)
 * assert.equal(plan.right.totalPayments, 59.13e6)
 * assert.equal(plan.right.unilateralCost, 195e6)
 * ```
 *
 * @see Henke, "Buying allies: payment practices in multilateral military coalition-building", *International Security* 43 (2019).
 * @since 0.1.0
 * @category recruitment
 */
export const recruit =
  (lp: LpSolver, options: RecruitOptions = {}) =>
  (problem: RecruitmentProblem, ...rest: readonly never[]): E.Either<CoalitionError, RecruitmentPlan> => {
    if (!isLpSolver(lp)) return E.left(coalitionError('DecodeError', notASolver('recruit', lp)))
    // The options moved to the first call; one passed after the problem would be ignored silently.
    if (rest.length > 0) return E.left(coalitionError('DecodeError', 'recruit: the options come with the solver, recruit(lp, { timeLimitSeconds })(problem); the problem is the only argument of the second call'))
    const badOptions = optionsProblem(options)
    if (badOptions !== undefined) return E.left(coalitionError('DecodeError', badOptions))
    const checked = checkedRecruitmentProblem(problem)
    if (E.isLeft(checked)) return checked
    const { pivotal, requirements, candidates } = checked.right
    const budget = pivotal.budget
    const costPerSoldier = pivotal.costPerSoldier ?? US_COST_PER_SOLDIER
    const neededTroops = requirements.troops
    const neededLegitimacy = requirements.legitimacy ?? 0
    const deals: Delivery[] = candidates.map((c) => dealFor(c, costPerSoldier))
    const pay = deals.map((d) => d.payment)
    const troops = candidates.map((c) => c.troops)
    const legit = candidates.map((c) => c.legitimacy ?? 0)
    const critical = candidates.map((c) => c.critical === true)
    const sum = (xs: readonly number[], idx: readonly number[]) => idx.reduce((s, i) => s + xs[i]!, 0)
    const criticalIdx = candidates.flatMap((c, i) => (c.critical === true ? [i] : []))

    const criticalPay = sum(pay, criticalIdx)
    if (criticalPay > budget)
      return E.left(
        coalitionError(
          'Infeasible',
          `budget: the critical partners' payments total ${money(criticalPay)}, above the budget of ${money(budget)} by ${money(criticalPay - budget)}`,
        ),
      )
    const allLegit = legit.reduce((s, x) => s + x, 0)
    if (allLegit < neededLegitimacy)
      return E.left(
        coalitionError(
          'Infeasible',
          `requirements.legitimacy: ${money(neededLegitimacy)} of legitimacy exceeds the ${money(allLegit)} that all candidates together bring, by ${money(neededLegitimacy - allLegit)}`,
        ),
      )

    const rows = { budget, troops: neededTroops, legitimacy: neededLegitimacy, costPerSoldier }
    let solved = solvePlan(lp, pay, troops, legit, critical, rows, options.timeLimitSeconds)
    // The returned plan must be within budget in exact arithmetic, not only within the solver's tolerance.
    // Each retry lowers the budget row by more than the solver's tolerance on it (1e-9 of the row's
    // scale, which is the largest payment or soldier's cost; ten times more each time): lowering it
    // by twice the overrun alone was less than that tolerance, so the same plan came back three times
    // and no plan was returned.
    const tolerance = 2e-9 * (Math.max(budget, maxOf(pay), costPerSoldier) || 1)
    for (let attempt = 0; attempt < 3 && 'chosen' in solved && sum(pay, solved.chosen) > budget; attempt++) {
      const over = sum(pay, solved.chosen) - budget
      rows.budget -= Math.max(2 * over, tolerance * 10 ** attempt)
      solved = solvePlan(lp, pay, troops, legit, critical, rows, options.timeLimitSeconds)
    }
    if (!('chosen' in solved)) {
      if (solved.status === 'infeasible') {
        // Only the legitimacy row can bind against the budget: say what reaching it would cost.
        const cheapest = solvePlan(lp, pay, troops, legit, critical, { ...rows, budget: undefined, troops: 0, costPerSoldier: 0 }, options.timeLimitSeconds)
        const need = 'chosen' in cheapest ? sum(pay, cheapest.chosen) : NaN
        return E.left(
          coalitionError(
            'Infeasible',
            Number.isFinite(need)
              ? `requirements.legitimacy: reaching ${money(neededLegitimacy)} of legitimacy takes at least ${money(need)} in payments, above the budget of ${money(budget)} by ${money(need - budget)}`
              : 'the requirements cannot all be met within the budget',
          ),
        )
      }
      return E.left(coalitionError('NoConvergence', `the recruitment program was not solved: ${solved.detail}`))
    }
    const chosen = solved.chosen
    const totalPayments = sum(pay, chosen)
    if (totalPayments > budget)
      return E.left(coalitionError('NoConvergence', `the solver's plan pays ${money(totalPayments)}, above the budget of ${money(budget)}; no plan is returned`))
    const partnerTroops = sum(troops, chosen)
    const ownTroops = Math.max(0, neededTroops - partnerTroops)
    const members = chosen.map((i): PlanMember => {
      const c = candidates[i]!
      const d = deals[i]!
      return { name: c.name, troops: c.troops, payment: d.payment, subsidy: d.subsidy, sideDeal: d.sideDeal, received: d.received, reservation: reservationOf(c), recipientType: typeOf(c) }
    })
    return E.right({
      members,
      ownTroops,
      partnerTroops,
      legitimacy: sum(legit, chosen),
      totalPayments,
      totalCost: totalPayments + ownTroops * costPerSoldier,
      unilateralCost: neededTroops * costPerSoldier,
    })
  }
