/**
 * The cases and cost figures of the source documents, typed, frozen and cited: every payment
 * episode in Henke's *Buying Allies* (2019) and its per-soldier cost figures.
 *
 * @module coalitions/data
 */
export type { AmountBasis, Instrument, PaymentCase, SoldierCost } from './PaymentCase.js'
export { paymentCases } from './paymentCases.js'
export { SIKORSKI_SAVING_PER_YEAR, soldierCostPerYear } from './soldierCosts.js'
