// Seeded generators of the large councils the voting benchmarks and tests use.
import { makeRng } from '../src/internal/random.js'

/**
 * An IMF-like Board of Governors: 190 members, every member 1,430 basic votes (the IMF's basic votes
 * are an equal share for every member) plus quota votes drawn log-normally (σ = 1.6) and scaled so
 * that the largest member holds 16.5% of about 5,000,000 votes, as the United States does.
 */
export const imfLikeWeights = (seed = 2026): number[] => {
  const rng = makeRng(seed)
  const n = 190
  const totalVotes = 5_000_000
  const basic = 1_430
  const largest = Math.round(0.165 * totalVotes)
  const draws = Array.from({ length: n - 1 }, () => Math.exp(1.6 * rng.normal()))
  const sum = draws.reduce((s, x) => s + x, 0)
  const rest = totalVotes - largest - n * basic
  const others = draws.map((x) => basic + Math.round((x / sum) * rest))
  // The log-normal tail can exceed the largest member: cap at just below it.
  return [largest, ...others.map((w) => Math.min(w, largest - 1))]
}

/** n members with integer weights drawn uniformly from 1..maxWeight. */
export const uniformWeights = (n: number, maxWeight: number, seed = 1): number[] => {
  const rng = makeRng(seed)
  return Array.from({ length: n }, () => 1 + rng.int(maxWeight))
}
