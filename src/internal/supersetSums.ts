// For each player i, the compensated sum of c[S] over the coalitions S that contain i.
// The masks with bit b set come in runs of length b, so every read is sequential.
export const supersetSums = (c: Float64Array, n: number, out: Float64Array): void => {
  const size = 1 << n
  for (let i = 0; i < n; i++) {
    const b = 1 << i
    let s = 0
    let comp = 0
    for (let hi = b; hi < size; hi += b << 1) {
      const end = hi + b
      for (let m = hi; m < end; m++) {
        const x = c[m]!
        const t = s + x
        comp += (s >= 0 ? s : -s) >= (x >= 0 ? x : -x) ? s - t + x : x - t + s
        s = t
      }
    }
    out[i] = s + comp
  }
}

/** Compensated sum of all of `c`. */
export const totalSum = (c: Float64Array): number => {
  let s = 0
  let comp = 0
  for (let m = 0; m < c.length; m++) {
    const x = c[m]!
    const t = s + x
    comp += (s >= 0 ? s : -s) >= (x >= 0 ? x : -x) ? s - t + x : x - t + s
    s = t
  }
  return s + comp
}

/** Number of set bits of a 32-bit integer. */
export const popcount = (m: number): number => {
  m = m - ((m >>> 1) & 0x55555555)
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333)
  return (Math.imul((m + (m >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)
}
