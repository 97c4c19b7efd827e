// The one import site of mathjs, through create({...Dependencies}) so only matrix inversion is bundled.
// Only the estimation entry points reach this module.
import { create, invDependencies } from 'mathjs'

// Created on first use: a top-level call would keep mathjs in every bundle that shares this chunk.
let math: ReturnType<typeof create> | undefined
const mathjs = (): ReturnType<typeof create> => (math ??= create({ invDependencies }))

/** The inverse of a small square matrix, or undefined when mathjs finds it singular. */
export const invert = (A: readonly (readonly number[])[]): number[][] | undefined => {
  try {
    const inv = mathjs().inv(A.map((row) => [...row])) as number[][]
    return inv.every((row) => row.every(Number.isFinite)) ? inv : undefined
  } catch {
    return undefined
  }
}
