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

/**
 * The EU-27's population shares for 2025 (1 January 2024 populations), in percent to two decimals, as
 * in test/voting/councils.test.ts (Agence Europe, 12 December 2024, from the Council's figures).
 */
export const EU27: Record<string, number> = {
  Germany: 18.49, France: 15.17, Italy: 13.23, Spain: 10.78, Poland: 8.33, Romania: 4.23, Netherlands: 4.01, Belgium: 2.62,
  Czechia: 2.42, Portugal: 2.36, Sweden: 2.34, Greece: 2.31, Hungary: 2.13, Austria: 2.02, Bulgaria: 1.43, Denmark: 1.32,
  Finland: 1.25, Slovakia: 1.21, Ireland: 1.19, Croatia: 0.86, Lithuania: 0.64, Slovenia: 0.47, Latvia: 0.42, Estonia: 0.30,
  Cyprus: 0.21, Luxembourg: 0.15, Malta: 0.12,
}

/** Four regional groups of EU members; the rest stand alone. */
export const regional = [
  ['France', 'Italy', 'Spain', 'Portugal', 'Greece', 'Croatia', 'Slovenia', 'Cyprus', 'Malta'],
  ['Poland', 'Czechia', 'Hungary', 'Slovakia'],
  ['Sweden', 'Denmark', 'Finland', 'Lithuania', 'Latvia', 'Estonia'],
  ['Netherlands', 'Belgium', 'Luxembourg'],
]
