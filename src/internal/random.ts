// Seeded randomness: xoshiro128** seeded through splitmix32. No Math.random anywhere in the library.

/** A stream of uniform doubles in [0, 1) determined by its seed. */
export interface Rng {
  /** The next uniform double in [0, 1), with 53 random bits. */
  readonly next: () => number
  /** A uniform integer in 0..k-1 (k ≤ 2^32), without modulo bias. */
  readonly int: (k: number) => number
  /** 32 random bits as an unsigned integer, for fast comparisons against thresholds × 2^32. */
  readonly u32: () => number
  /** A standard normal draw (Box–Muller on two uniforms; the second value is kept for the next call). */
  readonly normal: () => number
}

const splitmix32 = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x9e3779b9) >>> 0
    let z = a
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

/**
 * Creates a generator from a safe-integer seed; equal seeds give equal streams. The seed's low 32
 * bits seed the state through splitmix32 and its high bits (two's complement, so −1 is not 0) are
 * mixed in through a second splitmix32 stream: seeds that share their low word (1 and 2³², 0 and −1)
 * give different streams. Seeds in [0, 2³²) give the streams they always did.
 */
export const makeRng = (seed: number): Rng => {
  const init = splitmix32(seed >>> 0)
  const high = Math.floor(seed / 2 ** 32) >>> 0
  const mix = high === 0 ? () => 0 : splitmix32(high ^ 0x6a09e667)
  let s0 = (init() ^ mix()) >>> 0
  let s1 = (init() ^ mix()) >>> 0
  let s2 = (init() ^ mix()) >>> 0
  let s3 = (init() ^ mix()) >>> 0
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1
  const u32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0
    const t = s1 << 9
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotl(s3, 11)
    return result
  }
  const next = (): number => ((u32() >>> 5) * 67108864 + (u32() >>> 6)) / 9007199254740992
  const int = (k: number): number => {
    // Rejection sampling on 32-bit draws removes the bias of floor(u * k).
    const limit = 4294967296 - (4294967296 % k)
    for (;;) {
      const x = u32()
      if (x < limit) return x % k
    }
  }
  let spare: number | undefined
  const normal = (): number => {
    if (spare !== undefined) {
      const z = spare
      spare = undefined
      return z
    }
    const u = 1 - next()
    const v = next()
    const r = Math.sqrt(-2 * Math.log(u))
    spare = r * Math.sin(2 * Math.PI * v)
    return r * Math.cos(2 * Math.PI * v)
  }
  return { next, int, u32, normal }
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k))
