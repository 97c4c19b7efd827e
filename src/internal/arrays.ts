// Array helpers that hold for any length: `Math.max(...xs)` spreads its argument onto the call
// stack and throws a RangeError beyond about 100,000 elements.

/** The largest of xs (−Infinity for none). */
export const maxOf = (xs: ArrayLike<number>): number => {
  let m = -Infinity
  for (let i = 0; i < xs.length; i++) if (xs[i]! > m) m = xs[i]!
  return m
}
