/**
 * Unchecked hot loops on `Float64Array`s, for callers who need raw speed and have validated their
 * inputs already. Each documents its preconditions and writes into an array it is given.
 *
 * @module coalitions/kernel
 */
export { shapleyKernel } from './shapleyKernel.js'
export { banzhafKernel } from './banzhafKernel.js'
export { mobiusKernel } from './mobiusKernel.js'
export { coalitionSumsKernel } from './coalitionSumsKernel.js'
