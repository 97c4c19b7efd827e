// One place for the tolerances of every comparison on worths, stated relative to the game's scale.

/** Relative tolerance for comparing worths, excesses and allocations. */
export const RELATIVE_TOLERANCE = 1e-9

/** The scale of a table of worths: max(1, max |v(S)|). */
export const scaleOf = (values: Float64Array): number => {
  let s = 1
  for (let m = 0; m < values.length; m++) {
    const a = Math.abs(values[m]!)
    if (a > s) s = a
  }
  return s
}

/** Absolute tolerance for a game: RELATIVE_TOLERANCE × its scale. */
export const toleranceOf = (values: Float64Array): number => RELATIVE_TOLERANCE * scaleOf(values)
