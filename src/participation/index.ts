/**
 * Participation: who joins a coalition (a logit over the factors RAND and Tago name, with
 * coefficients you supply or fit), the exact distribution of how many join, the probability of
 * meeting a size or troop requirement, and spending a payment budget to raise it.
 *
 * @module coalitions/participation
 */
export { PARTICIPATION_FACTORS, joinModel, joinProbabilities, joinProbability } from './JoinModel.js'
export type { JoinModel, ParticipationFactor } from './JoinModel.js'
export { fitLogit } from './fitLogit.js'
export { MAX_FIT_WORK } from '../internal/glm.js'
export type { LogitFit, LogitOptions } from './fitLogit.js'
export { coalitionSizeDistribution } from './coalitionSizeDistribution.js'
export type { SizeDistribution } from './coalitionSizeDistribution.js'
export { requirementProbability } from './requirementProbability.js'
export type { Requirement } from './requirement.js'
export { allocatePayments } from './allocatePayments.js'
export type { PayableCandidate, PaymentAllocation, PaymentAllocationProblem } from './allocatePayments.js'
