/**
 * Cooperative games with transferable utility: building games, the Shapley and Banzhaf values, the
 * least core, nucleolus and prenucleolus (on HiGHS), the τ-value, properties, and cost allocation.
 *
 * @module coalitions/games
 */
export * from '../core/CoalitionError.js'
export { decodeGame, gameFromFunction, makeGame, MAX_EXACT_PLAYERS } from '../core/Game.js'
export type { DecodeGameOptions, Game, GameOptions } from '../core/Game.js'
export { loadLpSolver } from '../internal/lp.js'
export type { LoadLpSolverOptions, LpSolver } from '../internal/lp.js'
export { banzhaf } from './banzhaf.js'
export { banzhafNormalized } from './banzhafNormalized.js'
export { banzhafRaw } from './banzhafRaw.js'
export { coreIsNonEmpty } from './coreIsNonEmpty.js'
export { costNucleolus } from './costNucleolus.js'
export { costShapley } from './costShapley.js'
export { harsanyiDividends } from './harsanyiDividends.js'
export { isConvex } from './isConvex.js'
export { isEssential } from './isEssential.js'
export { isInCore } from './isInCore.js'
export { isSuperadditive } from './isSuperadditive.js'
export { labelAllocation } from './labelAllocation.js'
export { leastCore } from './leastCore.js'
export type { LeastCore } from './leastCore.js'
export { makeGameFromLexOrder } from './makeGameFromLexOrder.js'
export { nucleolus } from './nucleolus.js'
export { prenucleolus } from './prenucleolus.js'
export { savingsGame } from './savingsGame.js'
export { shapley } from './shapley.js'
export { shapleySample } from './shapleySample.js'
export type { ShapleyEstimate, WorthFunctionGame } from './shapleySample.js'
export { tauValue } from './tauValue.js'
export { toLexOrder } from './toLexOrder.js'
