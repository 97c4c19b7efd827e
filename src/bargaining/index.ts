/**
 * Bargaining: the Nash (symmetric and weighted), Kalai–Smorodinsky and egalitarian solutions of
 * two-player problems given by a frontier or a set of outcomes; Nash with transferable utility for
 * n players; Rubinstein's alternating offers with outside options, rotating proposers and
 * Baron–Ferejohn majority bargaining.
 *
 * @module coalitions/bargaining
 */
export { bargainingProblem } from './BargainingProblem.js'
export type { BargainingProblem, FrontierProblem, OutcomeSetProblem } from './BargainingProblem.js'
export { baronFerejohn } from './baronFerejohn.js'
export type { BaronFerejohnSplit } from './baronFerejohn.js'
export { egalitarian } from './egalitarian.js'
export { kalaiSmorodinsky } from './kalaiSmorodinsky.js'
export { nashBargaining } from './nashBargaining.js'
export { nashBargainingTU } from './nashBargainingTU.js'
export { MAX_PROPOSERS, rotatingProposer } from './rotatingProposer.js'
export { rubinstein } from './rubinstein.js'
