/**
 * `coalitions`: typed, side-effect-free coalition game theory for international relations.
 *
 * @module coalitions
 */
export * from './games/index.js'
export * from './voting/index.js'
export * from './claims/index.js'
export * from './bargaining/index.js'
export * from './burden/index.js'
export * from './defection/index.js'
export * from './recruitment/index.js'
export * from './participation/index.js'
export * from './data/index.js'
export * from './scenario/index.js'
