// The one use of mathjs: matrix inversion for the GLM fits, through create({ invDependencies }).
// `#mathjs` (package.json `imports`) requires mathjs on first use under Node, so importing the root
// entry stays fast, and gives bundlers a static import they can tree-shake.
import { loadMathjs } from '#mathjs'

type MathJs = ReturnType<ReturnType<typeof loadMathjs>['create']>

// Created on first use: a top-level call would evaluate mathjs whenever this module is imported.
let math: MathJs | undefined
const mathjs = (): MathJs => {
  if (math === undefined) {
    const { create, invDependencies } = loadMathjs()
    math = create({ invDependencies })
  }
  return math
}

/** The inverse of a small square matrix, or undefined when mathjs finds it singular. */
export const invert = (A: readonly (readonly number[])[]): number[][] | undefined => {
  try {
    const inv = mathjs().inv(A.map((row) => [...row])) as number[][]
    return inv.every((row) => row.every(Number.isFinite)) ? inv : undefined
  } catch {
    return undefined
  }
}
