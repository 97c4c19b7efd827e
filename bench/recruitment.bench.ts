// Benchmarks for recruitment and participation (not timed tests). Run: npm run bench.
import { allocatePayments, coalitionSizeDistribution, fitLogit, loadLpSolver, recruit, requirementProbability, type Candidate } from '../src/index.js'
import { makeRng } from '../src/internal/random.js'
import { right, table, time } from './harness.js'

const lp = await loadLpSolver()
const rows: string[] = []

/** A random recruitment problem: n candidates of 200–5,000 troops at $5,000–25,000 a soldier, a fifth with side deals, a tenth critical. */
const problem = (n: number, seed: number) => {
  const rng = makeRng(seed)
  const candidates: Candidate[] = Array.from({ length: n }, (_, i) => {
    const troops = 200 + rng.int(4801)
    const deploymentCost = troops * (5_000 + rng.int(20_001))
    return {
      name: `C${i}`,
      troops,
      deploymentCost,
      ownBenefit: Math.floor(deploymentCost * rng.next() * 0.8),
      legitimacy: rng.int(4),
      critical: rng.next() < 0.1,
      bargainingPower: rng.next() < 0.5 ? 0 : 0.3,
      ...(rng.next() < 0.2 ? { sideDeal: { valueToRecipient: Math.floor(deploymentCost * rng.next()), costToPivotal: Math.floor(deploymentCost * rng.next() * 0.5) } } : {}),
    }
  })
  const allTroops = candidates.reduce((s, c) => s + c.troops, 0)
  const reservations = candidates.reduce((s, c) => s + Math.max(0, c.deploymentCost - c.ownBenefit), 0)
  // A budget of 40% of all reservations, for 40% of all troops and a quarter of the legitimacy points on offer.
  return { pivotal: { budget: Math.floor(0.4 * reservations), costPerSoldier: 138_465 }, requirements: { troops: Math.floor(allTroops * 0.4), legitimacy: n / 4 }, candidates }
}

for (const n of [20, 40, 60, 100, 200]) {
  // The median over 7 random problems of each one's median time.
  const times = Array.from({ length: 7 }, (_, s) => {
    const p = problem(n, 100 + s)
    return time(() => right(recruit(lp)(p)), 3)
  }).sort((a, b) => a - b)
  const note = n <= 60 ? 'exact (HiGHS MIP, gap 0); median of 7 random problems' : `beyond the issue's 60 (slowest of 7: ${times[6]!.toFixed(0)} ms)`
  rows.push(`| recruit, ${n} candidates | ${times[3]!.toFixed(1)} ms | ${note} |`)
}

const rng = makeRng(9)
const p200 = Array.from({ length: 200 }, () => rng.next())
rows.push(`| coalitionSizeDistribution, 200 candidates | ${time(() => right(coalitionSizeDistribution(p200)), 50).toFixed(2)} ms | exact Poisson-binomial |`)
const p5000 = Array.from({ length: 5000 }, () => rng.next())
rows.push(`| coalitionSizeDistribution, 5,000 candidates | ${time(() => right(coalitionSizeDistribution(p5000)), 5).toFixed(0)} ms | O(n²) |`)
const troopCandidates = Array.from({ length: 60 }, () => ({ probability: rng.next(), troops: 100 + rng.int(2000) }))
rows.push(
  `| requirementProbability, 60 candidates, 30,000 troops | ${time(() => right(requirementProbability({ candidates: troopCandidates, requirement: { troops: 30_000 } })), 5).toFixed(1)} ms | exact, troops in ones |`,
)
const payable = Array.from({ length: 40 }, (_, i) => ({ name: `C${i}`, probability: rng.next(), paymentEffect: rng.next() * 1e-7, troops: 100 + rng.int(900) }))
rows.push(
  `| allocatePayments, 40 candidates, size ≥ 25, 100 steps | ${time(() => right(allocatePayments({ budget: 50e6, requirement: { size: 25 }, candidates: payable })), 5).toFixed(1)} ms | greedy steps + local search, exact evaluation |`,
)
rows.push(
  `| allocatePayments, 40 candidates, 12,000 troops, 100 steps | ${time(() => right(allocatePayments({ budget: 50e6, requirement: { troops: 12_000 }, candidates: payable })), 3).toFixed(0)} ms | greedy steps + local search, exact evaluation |`,
)
const invitations = Array.from({ length: 10_000 }, () => {
  const x = [rng.next() < 0.5 ? 1 : 0, rng.next() < 0.3 ? 1 : 0, rng.next() < 0.4 ? 1 : 0, rng.normal()]
  const eta = -0.5 + x[0]! - 0.8 * x[1]! + 0.9 * x[2]! + 0.4 * x[3]!
  return { joined: rng.next() < 1 / (1 + Math.exp(-eta)) ? 1 : 0, un: x[0]!, domestic: x[1]!, alliance: x[2]!, capability: x[3]! }
})
rows.push(
  `| fitLogit, 10,000 invitations, 4 covariates | ${time(() => right(fitLogit({ outcome: 'joined', covariates: ['un', 'domestic', 'alliance', 'capability'] })(invitations)), 5).toFixed(1)} ms | IRLS |`,
)
console.log(table('Recruitment and participation', rows))
