// The size-then-lexicographic order of the non-empty coalitions that R's CoopGame and GameTheory use:
// {1}, {2}, …, {n}, {1,2}, {1,3}, …, {n−1,n}, …, N.
const cache = new Map<number, Uint32Array>()

/** The bitmasks of the 2^n − 1 non-empty coalitions, in size-then-lexicographic order. */
export const lexOrderMasks = (n: number): Uint32Array => {
  const hit = cache.get(n)
  if (hit !== undefined) return hit
  const out = new Uint32Array(2 ** n - 1)
  let k = 0
  const walk = (start: number, left: number, mask: number): void => {
    if (left === 0) {
      out[k++] = mask
      return
    }
    for (let i = start; i <= n - left; i++) walk(i + 1, left - 1, mask | (1 << i))
  }
  for (let size = 1; size <= n; size++) walk(0, size, 0)
  cache.set(n, out)
  return out
}
