// Benchmarks for voting power and claims rules (not timed tests). Run: npm run bench.
import {
  adjustedProportional, banzhafIndex, banzhafSwings, claimsProblem, constrainedEqualAwards, constrainedEqualLosses,
  proportional, randomArrival, shapleyShubik, talmud, weightedVotingGame,
} from '../src/index.js'
import { makeRng } from '../src/internal/random.js'
import { right, table, time } from './harness.js'

const voting: string[] = []
const unsc = right(weightedVotingGame({ quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }))
voting.push(`| UN Security Council (n = 15): Shapley–Shubik + Banzhaf | ${time(() => [right(shapleyShubik(unsc)), right(banzhafIndex(unsc))], 20).toFixed(2)} ms | |`)
for (const n of [300, 1000]) {
  const rng = makeRng(n)
  const weights = Array.from({ length: n }, () => 1 + rng.int(50))
  const g = right(weightedVotingGame({ quota: Math.floor(weights.reduce((s, w) => s + w, 0) / 2) + 1, weights }))
  const reps = n === 300 ? 5 : 1
  const ss = time(() => right(shapleyShubik(g)), reps)
  const bz = time(() => right(banzhafIndex(g)), reps)
  voting.push(`| ${n} members, weights 1–50, simple majority: Shapley–Shubik | ${ss.toFixed(1)} ms | Owen's multilinear extension, Gauss–Legendre nodes near the quota |`)
  voting.push(`| ${n} members, weights 1–50, simple majority: Banzhaf | ${bz.toFixed(1)} ms | one pass over the sums on the shorter side of the quota |`)
  voting.push(`| ${n} members: both indices | ${(ss + bz).toFixed(1)} ms | target: both < 500 ms |`)
  voting.push(`| ${n} members: exact BigInt swing counts (banzhafSwings) | ${time(() => right(banzhafSwings(g)), reps).toFixed(1)} ms | counts modulo primes, rebuilt by the Chinese remainder theorem |`)
}

const claims: string[] = []
const rng = makeRng(7)
const big = Array.from({ length: 100_000 }, () => rng.next() * 1000)
const p = right(claimsProblem({ estate: big.reduce((s, c) => s + c, 0) * 0.6, claims: big }))
for (const [name, rule] of Object.entries({ proportional, constrainedEqualAwards, constrainedEqualLosses, talmud, adjustedProportional }))
  claims.push(`| ${name}, 100,000 claimants | ${time(() => rule(p), 5).toFixed(1)} ms | |`)
const small = right(claimsProblem({ estate: 500, claims: Array.from({ length: 20 }, (_, i) => 10 + i * 7) }))
claims.push(`| randomArrival, 20 claimants (exact, 2^20 coalitions) | ${time(() => randomArrival(small), 5).toFixed(1)} ms | |`)
console.log(table('Voting power', voting))
console.log(table('Claims rules', claims))
