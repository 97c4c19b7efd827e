/**
 * Burden sharing: the Olson–Zeckhauser public-good alliance and its Lindahl benchmark, Sandler's
 * joint products, the quasi-linear case, the disproportionality (rank correlation) test, and cost
 * allocation helpers (the airport game, fair-share gaps).
 *
 * @module coalitions/burden
 */
export { airportGame } from './airportGame.js'
export { airportShapley } from './airportShapley.js'
export { disproportionality } from './disproportionality.js'
export type { RankTest } from './disproportionality.js'
export { fairShareGap } from './fairShareGap.js'
export { jointProduct } from './jointProduct.js'
export { lindahl } from './lindahl.js'
export type { LindahlEquilibrium } from './lindahl.js'
export { olsonZeckhauser } from './olsonZeckhauser.js'
export type { Contributions } from './olsonZeckhauser.js'
export { partialSpearman } from './partialSpearman.js'
export type { PartialRankTest } from './partialSpearman.js'
export { quasiLinearPublicGood } from './quasiLinearPublicGood.js'
export { costShares } from './costShares.js'
export type { BurdenRule } from './costShares.js'
