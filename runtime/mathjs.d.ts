// Types of `#mathjs` (runtime/mathjs.*.js): the part of mathjs that coalitions uses.
import type { create, invDependencies } from 'mathjs'

export declare const loadMathjs: () => { readonly create: typeof create; readonly invDependencies: typeof invDependencies }
