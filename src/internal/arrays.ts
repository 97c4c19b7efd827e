// Array helpers that hold for any length: `Math.max(...xs)` spreads its argument onto the call
// stack and throws a RangeError beyond about 100,000 elements.

/** The largest of xs (−Infinity for none). */
export const maxOf = (xs: ArrayLike<number>): number => {
  let m = -Infinity
  for (let i = 0; i < xs.length; i++) if (xs[i]! > m) m = xs[i]!
  return m
}

/**
 * A frozen deep copy of plain data (arrays and plain objects, to any depth); functions, class
 * instances and primitives are kept as they are. A checked value built from it cannot be changed by
 * later edits to the caller's objects. Cycles are kept as cycles.
 */
export const frozenCopy = <A>(value: A, seen = new Map<object, unknown>()): A => {
  if (typeof value !== 'object' || value === null) return value
  const known = seen.get(value)
  if (known !== undefined) return known as A
  const proto = Object.getPrototypeOf(value)
  if (Array.isArray(value)) {
    const out: unknown[] = []
    seen.set(value, out)
    for (const x of value) out.push(frozenCopy(x, seen))
    return Object.freeze(out) as A
  }
  if (proto !== Object.prototype && proto !== null) return value
  const out: Record<string, unknown> = {}
  seen.set(value, out)
  for (const key of Object.keys(value)) out[key] = frozenCopy((value as Record<string, unknown>)[key], seen)
  return Object.freeze(out) as A
}
