/**
 * Defection: discrete-time exit hazards (cloglog or logit) in the spirit of Weisiger's *Exiting the
 * Coalition*, survival of a partner and of a coalition, retention payments and the hold-up game,
 * seeded Monte Carlo wars, and estimation on a researcher's own data (person-period expansion,
 * discrete-hazard fits checked against R's glm, Kaplan–Meier and log-rank checked against survival).
 *
 * @module coalitions/defection
 */
export { hazardModel } from './HazardModel.js'
export type { Baseline, HazardModel, Link } from './HazardModel.js'
export { coalitionSurvival } from './coalitionSurvival.js'
export type { CoalitionSurvival } from './coalitionSurvival.js'
export { fitDiscreteHazard } from './fitDiscreteHazard.js'
export { MAX_FIT_WORK } from '../internal/glm.js'
export type { FitOptions, HazardFit } from './fitDiscreteHazard.js'
export { hazard, hazards } from './hazard.js'
export { holdUp } from './holdUp.js'
export type { HoldUpOutcome } from './holdUp.js'
export { kaplanMeier } from './kaplanMeier.js'
export type { KaplanMeier } from './kaplanMeier.js'
export { logRank } from './logRank.js'
export type { LogRankTest } from './logRank.js'
export { retentionPayment } from './retentionPayment.js'
export { retentionPaymentUtility } from './retentionPaymentUtility.js'
export { MAX_SIMULATION_ROWS, MAX_SIMULATION_WORK, simulateCoalitionWar } from './simulateCoalitionWar.js'
export type { PartnerDay, SimulatedSpell, SimulationOptions, SimulationResult, WarConfig } from './simulateCoalitionWar.js'
export type { WarTerms } from './war.js'
export { survivalCurve } from './survivalCurve.js'
export type { SurvivalSummary } from './survivalCurve.js'
export { MAX_PERSON_PERIODS, toPersonPeriod } from './toPersonPeriod.js'
export type { PersonPeriod, Spell } from './toPersonPeriod.js'
