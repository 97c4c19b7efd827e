/**
 * Claims (bankruptcy) problems: how allies share a budget or an estate too small for their claims.
 * Proportional, constrained equal awards and losses, Talmud, random arrival and adjusted
 * proportional rules, and the bankruptcy game that links them to the nucleolus and Shapley value.
 *
 * @module coalitions/claims
 */
export { claimsProblem } from './ClaimsProblem.js'
export type { ClaimsProblem } from './ClaimsProblem.js'
export { adjustedProportional } from './adjustedProportional.js'
export { bankruptcyGame } from './bankruptcyGame.js'
export { constrainedEqualAwards } from './constrainedEqualAwards.js'
export { constrainedEqualLosses } from './constrainedEqualLosses.js'
export { proportional } from './proportional.js'
export { randomArrival } from './randomArrival.js'
export { talmud } from './talmud.js'
