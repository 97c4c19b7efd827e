// Sums over the marginal contributions v(S) − v(S∖i) of each player, read straight from the table.
//
// Differencing first keeps small values exact beside large ones: v(S) − v(S∖i) is one rounding of the
// true difference (exact when the two are within a factor of two), where 2·Σ_{S∋i} v(S) − Σ_S v(S)
// would cancel the large worths and lose everything below their last digit. Within an aligned block
// of 32 masks the terms are summed plainly; the block sums are added with Neumaier compensation, so
// the error is at most about 32 roundings of the terms' magnitudes, not 2^(n−1).

const BLOCK = 32

/**
 * For each player i: Σ_{S∋i} weight(S)·(v(S) − v(S∖i)), with `weight` indexed by mask (or 1 when
 * omitted). Reads are sequential: the masks with bit i set come in runs of length 2^i.
 */
export const marginalSums = (values: Float64Array, n: number, out: Float64Array, weight?: Float64Array): Float64Array => {
  const size = 1 << n
  const block = Math.min(BLOCK, size)
  for (let i = 0; i < n; i++) {
    const b = 1 << i
    let s = 0
    let comp = 0
    const add = (x: number): void => {
      const t = s + x
      comp += (s >= 0 ? s : -s) >= (x >= 0 ? x : -x) ? s - t + x : x - t + s
      s = t
    }
    if (b >= block) {
      for (let hi = b; hi < size; hi += b << 1) {
        const end = hi + b
        for (let m0 = hi; m0 < end; m0 += block) {
          let x = 0
          const e = m0 + block
          if (weight === undefined) for (let m = m0; m < e; m++) x += values[m]! - values[m - b]!
          else for (let m = m0; m < e; m++) x += weight[m]! * (values[m]! - values[m - b]!)
          add(x)
        }
      }
    } else {
      // Runs shorter than a block: gather a block's runs before each compensated add.
      for (let c0 = 0; c0 < size; c0 += block) {
        let x = 0
        const cend = c0 + block
        for (let hi = c0 + b; hi < cend; hi += b << 1) {
          const e = hi + b
          if (weight === undefined) for (let m = hi; m < e; m++) x += values[m]! - values[m - b]!
          else for (let m = hi; m < e; m++) x += weight[m]! * (values[m]! - values[m - b]!)
        }
        add(x)
      }
    }
    out[i] = s + comp
  }
  return out
}

/** Number of set bits of a 32-bit integer. */
export const popcount = (m: number): number => {
  m = m - ((m >>> 1) & 0x55555555)
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333)
  return (Math.imul((m + (m >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)
}
