// What a partner must be paid and how the pivotal state delivers it most cheaply: the economics shared
// by bargainPayment, classifyRecipient and recruit.
import type { Candidate, RecipientType } from './Candidate.js'

/** max(0, deploymentCost − ownBenefit): the least it accepts to join. */
export const reservationOf = (c: Candidate): number => Math.max(0, c.deploymentCost - c.ownBenefit)

/** The pivotal state's value of the partner: its flag plus the own soldiers its troops replace. */
export const valueOf = (c: Candidate, costPerSoldier: number): number => (c.legitimacy ?? 0) + c.troops * costPerSoldier

/** The value the partner receives in the generalized Nash split: r + θ·max(0, V − r). */
export const agreedValue = (c: Candidate, costPerSoldier: number): number => {
  const r = reservationOf(c)
  return r + (c.bargainingPower ?? 0) * Math.max(0, valueOf(c, costPerSoldier) - r)
}

/** How a payment worth `value` to the partner is delivered, and what it costs the pivotal state. */
export interface Delivery {
  /** Deployment subsidy: face value to both sides, at most the deployment cost. */
  readonly subsidy: number
  /** The side deal's cost to the pivotal state (0 when none is used). */
  readonly sideDeal: number
  /** The side deal's value to the partner (0 when none is used). */
  readonly sideDealValue: number
  /** subsidy + sideDeal: what the pivotal state pays. */
  readonly payment: number
  /** subsidy + sideDealValue: what the partner receives. */
  readonly received: number
}

/**
 * The cheapest delivery of `value`: a subsidy alone (if `value` ≤ the deployment cost), or the side
 * deal topped up by a subsidy. A partner that cannot pay for its own deployment (ownResources below
 * the deployment cost) must get at least the gap as a subsidy. `undefined` when neither delivers it.
 */
export const cheapestDelivery = (c: Candidate, value: number): Delivery | undefined => {
  const gap = Math.max(0, c.deploymentCost - (c.ownResources ?? Infinity))
  const options: Delivery[] = []
  const bySubsidy = Math.max(value, gap)
  if (bySubsidy <= c.deploymentCost) options.push({ subsidy: bySubsidy, sideDeal: 0, sideDealValue: 0, payment: bySubsidy, received: bySubsidy })
  if (c.sideDeal !== undefined) {
    const subsidy = Math.max(gap, value - c.sideDeal.valueToRecipient, 0)
    if (subsidy <= c.deploymentCost)
      options.push({
        subsidy,
        sideDeal: c.sideDeal.costToPivotal,
        sideDealValue: c.sideDeal.valueToRecipient,
        payment: subsidy + c.sideDeal.costToPivotal,
        received: subsidy + c.sideDeal.valueToRecipient,
      })
  }
  return options.reduce<Delivery | undefined>((best, o) => (best === undefined || o.payment < best.payment ? o : best), undefined)
}

/** The most the pivotal state can deliver: the whole deployment cost as subsidy, plus the side deal's value. */
export const maxDeliverable = (c: Candidate): number => c.deploymentCost + (c.sideDeal?.valueToRecipient ?? 0)

/**
 * The deal struck with a partner: the agreed value, capped by what the instruments can deliver (a
 * subsidy never exceeds the deployment cost), delivered as cheaply as possible. Always defined: the
 * reservation never exceeds the deployment cost.
 */
export const dealFor = (c: Candidate, costPerSoldier: number): Delivery =>
  cheapestDelivery(c, Math.min(agreedValue(c, costPerSoldier), maxDeliverable(c)))!

/** Henke's typology, by a stated rule (see classifyRecipient). */
export const typeOf = (c: Candidate): RecipientType => {
  if (c.critical === true) return 'critical contributor'
  if (c.ownBenefit >= c.deploymentCost) return (c.ownResources ?? Infinity) >= c.deploymentCost ? 'volunteer' : 'willing but inadequately resourced'
  return 'opportunistic'
}
