// Shared decoding and the replacement-function solver for voluntary contributions to a public good.
import * as t from 'io-ts'
import { Positive } from '../internal/decode.js'

export const IncomesCodec = t.array(Positive, 'a list of incomes > 0')
const interval = (name: string, ok: (x: number) => boolean) =>
  new t.Type<number, number, unknown>(name, (u): u is number => typeof u === 'number' && ok(u), (u, c) => (typeof u === 'number' && ok(u) ? t.success(u) : t.failure(u, c)), t.identity)
/** The weight on the public good: strictly between 0 and 1. */
export const Share = interval('a number strictly between 0 and 1', (x) => x > 0 && x < 1)
/** The weight on a private benefit: 0 or more, below 1. */
export const PrivateShare = interval('a number in [0, 1)', (x) => x >= 0 && x < 1)

/**
 * A player's contribution when the total is Q, from the first-order condition of
 * U = (1 − α − β) ln(I − q) + α ln Q + β ln q with Q_{−i} = Q − q:
 * α q² + ((1 − α) Q − α I) q − β Q I = 0, the non-negative root (0 ∨ (I − kQ) when β = 0).
 */
export const contributionAt = (I: number, Q: number, alpha: number, beta: number): number => {
  const b = (1 - alpha) * Q - alpha * I
  if (beta === 0) return Math.max(0, I - ((1 - alpha) * Q) / alpha)
  const c = beta * Q * I
  const root = Math.sqrt(b * b + 4 * alpha * c)
  // Of the two algebraically equal forms, use the one without cancellation.
  return b > 0 ? (2 * c) / (b + root) : (root - b) / (2 * alpha)
}
