// Exact big counts from several small ones: arithmetic modulo primes just below 2^50, held in
// doubles (a sum of two residues stays below 2^51, so every addition is exact), and the
// Chinese remainder theorem to rebuild the count as a BigInt.

const LIMIT = 2n ** 50n

const powMod = (b: bigint, e: bigint, m: bigint): bigint => {
  let r = 1n
  b %= m
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m
    b = (b * b) % m
    e >>= 1n
  }
  return r
}

/** Miller–Rabin with the first twelve prime bases: deterministic below 3.3·10^24, far above 2^50. */
const isPrime = (n: bigint): boolean => {
  const bases = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]
  for (const p of bases) if (n % p === 0n) return n === p
  let d = n - 1n
  let s = 0
  while ((d & 1n) === 0n) {
    d >>= 1n
    s++
  }
  for (const a of bases) {
    let x = powMod(a, d, n)
    if (x === 1n || x === n - 1n) continue
    let composite = true
    for (let r = 1; r < s; r++) {
      x = (x * x) % n
      if (x === n - 1n) {
        composite = false
        break
      }
    }
    if (composite) return false
  }
  return true
}

const found: bigint[] = []

/** The `count` largest primes below 2^50, found once and kept. */
export const primes = (count: number): readonly bigint[] => {
  let candidate = found.length === 0 ? LIMIT - 1n : found[found.length - 1]! - 2n
  while (found.length < count) {
    if (isPrime(candidate)) found.push(candidate)
    candidate -= 2n
  }
  return found.slice(0, count)
}

/** How many primes below 2^50 (each above 2^49) it takes for their product to exceed 2^bits. */
export const modulusCount = (bits: number): number => Math.max(1, Math.ceil((bits + 1) / 49))

/**
 * The unique x in [0, ∏ m) with x ≡ residues[k] (mod moduli[k]), by Garner's mixed-radix
 * construction. Residues are whole numbers below their modulus.
 */
export const crt = (residues: readonly number[], moduli: readonly bigint[]): bigint => {
  let x = 0n
  let radix = 1n
  for (let k = 0; k < moduli.length; k++) {
    const m = moduli[k]!
    const r = BigInt(residues[k]!)
    // Next digit d: x + radix·d ≡ r (mod m).
    const diff = (((r - (x % m)) % m) + m) % m
    const d = (diff * powMod(radix % m, m - 2n, m)) % m
    x += radix * d
    radix *= m
  }
  return x
}
