/**
 * Recruitment and payments after Henke's *Buying Allies* (2019): candidate partners, their
 * reservation payments, bilateral bargains delivered by deployment subsidies or political side
 * deals, Henke's recipient types, and the pivotal state's cheapest recruitment plan, which never
 * pays more than its budget.
 *
 * @module coalitions/recruitment
 */
export { US_COST_PER_SOLDIER } from './Candidate.js'
export type { Candidate, RecipientType } from './Candidate.js'
export { bargainPayment } from './bargainPayment.js'
export type { Bargain } from './bargainPayment.js'
export { classifyRecipient } from './classifyRecipient.js'
export { recruit } from './recruit.js'
export type { PlanMember, RecruitmentPlan, RecruitOptions } from './recruit.js'
export { recruitmentProblem } from './RecruitmentProblem.js'
export type { RecruitmentProblem } from './RecruitmentProblem.js'
export { takeItOrLeaveIt } from './takeItOrLeaveIt.js'
export type { Offer } from './takeItOrLeaveIt.js'
