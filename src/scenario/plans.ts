// Every recruitment plan of up to 20 partners at once: for each set of willing partners, the plan
// `recruit` would choose from them, found by one pass over all 2^n subsets instead of one
// mixed-integer program per set. The program is recruit's: minimize payments plus the pivotal state's
// own troops at costPerSoldier, within the budget, meeting the legitimacy requirement, with every
// willing critical partner in.
import type { Candidate } from '../recruitment/Candidate.js'
import type { PlanMember, RecruitmentPlan } from '../recruitment/recruit.js'
import { dealFor, reservationOf, typeOf } from '../recruitment/pricing.js'
import type { scenario } from './scenario.js'

/**
 * The most partners a {@link scenario} with recruitment terms takes: every plan is enumerated at once,
 * 2^n sets of partners (about 50 ms and 40 MB at 20). With more, pass recruitment as a function of
 * the willing partners (e.g. one calling `recruit(lp)`); more with terms is `TooLarge`.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_ENUMERATED_PARTNERS } from 'coalitions/scenario'
 *
 * assert.equal(MAX_ENUMERATED_PARTNERS, 20)
 * ```
 *
 * @see Henke, "Buying allies: payment practices in multilateral military coalition-building", *International Security* 43 (2019): the plans enumerated.
 * @since 0.3.0
 * @category scenario
 */
export const MAX_ENUMERATED_PARTNERS = 20

export interface RecruitmentTerms {
  readonly pivotal: { readonly budget: number; readonly costPerSoldier?: number }
  readonly requirements: { readonly troops: number; readonly legitimacy?: number }
}

export interface Plans {
  /** The plan chosen from the willing set `mask` (bit i: partner i), or undefined when none is feasible. */
  readonly planFor: (mask: number) => RecruitmentPlan | undefined
  /** The chosen plan's member set for `mask` (−1 when infeasible). */
  readonly chosen: (mask: number) => number
}

export const enumeratePlans = (candidates: readonly Candidate[], terms: RecruitmentTerms, costPerSoldier: number): Plans => {
  const n = candidates.length
  const size = 2 ** n
  const deals = candidates.map((c) => dealFor(c, costPerSoldier))
  const pay = deals.map((d) => d.payment)
  const troops = candidates.map((c) => c.troops)
  const legit = candidates.map((c) => c.legitimacy ?? 0)
  let criticalMask = 0
  for (const [i, c] of candidates.entries()) if (c.critical === true) criticalMask |= 1 << i
  const budget = terms.pivotal.budget
  const T = terms.requirements.troops
  const L = terms.requirements.legitimacy ?? 0
  // Sums over each subset, adding the highest member last: the same order, and so the same rounding,
  // as summing the members in candidate order, which is how the plan's totals are reported.
  const sumPay = new Float64Array(size)
  const sumTroops = new Float64Array(size)
  const sumLegit = new Float64Array(size)
  const best = new Float64Array(size)
  const arg = new Int32Array(size)
  for (let mask = 0; mask < size; mask++) {
    if (mask > 0) {
      const h = 31 - Math.clz32(mask)
      const rest = mask ^ (1 << h)
      sumPay[mask] = sumPay[rest]! + pay[h]!
      sumTroops[mask] = sumTroops[rest]! + troops[h]!
      sumLegit[mask] = sumLegit[rest]! + legit[h]!
    }
    // The plan "exactly these members", if allowed; else the best plan dropping one non-critical member.
    let b = sumPay[mask]! <= budget && sumLegit[mask]! >= L ? sumPay[mask]! + costPerSoldier * Math.max(0, T - sumTroops[mask]!) : Infinity
    let a = b < Infinity ? mask : -1
    for (let rest = mask & ~criticalMask; rest !== 0; rest &= rest - 1) {
      const sub = mask ^ (rest & -rest)
      if (best[sub]! < b) {
        b = best[sub]!
        a = arg[sub]!
      }
    }
    best[mask] = b
    arg[mask] = a
  }
  const made = new Map<number, RecruitmentPlan>()
  const build = (plan: number): RecruitmentPlan => {
    const members: PlanMember[] = []
    let totalPayments = 0
    let partnerTroops = 0
    let legitimacy = 0
    for (let i = 0; i < n; i++) {
      if ((plan & (1 << i)) === 0) continue
      const c = candidates[i]!
      const d = deals[i]!
      totalPayments += d.payment
      partnerTroops += c.troops
      legitimacy += legit[i]!
      members.push({ name: c.name, troops: c.troops, payment: d.payment, subsidy: d.subsidy, sideDeal: d.sideDeal, received: d.received, reservation: reservationOf(c), recipientType: typeOf(c) })
    }
    const ownTroops = Math.max(0, T - partnerTroops)
    return Object.freeze({ members, ownTroops, partnerTroops, legitimacy, totalPayments, totalCost: totalPayments + ownTroops * costPerSoldier, unilateralCost: T * costPerSoldier })
  }
  return {
    chosen: (mask) => arg[mask]!,
    planFor: (mask) => {
      const plan = arg[mask]!
      if (plan < 0) return undefined
      let p = made.get(plan)
      if (p === undefined) made.set(plan, (p = build(plan)))
      return p
    },
  }
}
