/**
 * Voting power in weighted councils: Shapley–Shubik and Banzhaf indices by exact counting over
 * weight sums (hundreds of members), and the Deegan–Packel, Johnston and public good indices for
 * small councils.
 *
 * @module coalitions/voting
 */
export { weightedVotingGame, MAX_TOTAL_WEIGHT } from './WeightedVotingGame.js'
export type { WeightedVotingGame } from './WeightedVotingGame.js'
export { banzhafIndex } from './banzhafIndex.js'
export { banzhafSwings } from './banzhafSwings.js'
export { deeganPackel } from './deeganPackel.js'
export { johnston } from './johnston.js'
export { publicGoodIndex } from './publicGoodIndex.js'
export { shapleyShubik } from './shapleyShubik.js'
export { toGame } from './toGame.js'
export { allOf, anyOf } from './CompoundVotingGame.js'
export type { CompoundVotingGame, Council } from './CompoundVotingGame.js'
export { MAX_COMPOUND_STATES, MAX_COMPOUND_WORK } from './compound.js'
export { euQualifiedMajority } from './euQualifiedMajority.js'
export { owenIndex } from './owenIndex.js'
export { banzhafOwenIndex } from './banzhafOwenIndex.js'
export { symmetricCoalitionalBanzhaf } from './symmetricCoalitionalBanzhaf.js'
export { MAX_BLOC_WORK } from './blocCounting.js'
export type { Blocs } from '../internal/blocs.js'
export type { CountingOptions } from './CountingOptions.js'
export { MAX_COUNTING_WORK } from './CountingOptions.js'
