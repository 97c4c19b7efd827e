// Benchmarks for scenarios and studies (issue 15; not timed tests). Run: npm run bench (after a build:
// the study's workers load the built package).
import { createHash } from 'node:crypto'
import { either as E } from 'fp-ts'
import { grid, scenario, toCsv, type Partner, type Scenario } from '../src/scenario/index.js'
import { runStudy } from '../src/study/index.js'
import { makeRng } from '../src/internal/random.js'
import { machine, right, table, time } from './harness.js'

const partnersOf = (n: number, seed: number): Partner[] => {
  const rng = makeRng(seed)
  return Array.from({ length: n }, (_, i) => ({
    name: `P${i}`,
    troops: 500 + rng.int(3000),
    deploymentCost: 1e6 + rng.next() * 4e7,
    ownBenefit: rng.next() * 1e7,
    joinProbability: 0.3 + 0.6 * rng.next(),
    front: rng.next() < 0.3 ? 'separate' : 'common',
    gdp: 100 + rng.next() * 1000,
    covariates: { democracy: rng.int(2) },
  }))
}
const exit = {
  days: 365,
  model: { link: 'cloglog' as const, intercept: -7, coefficients: { separateFront: 0.7, worsening: 0.4, democracy: -0.5 } },
  retention: { paymentCoefficient: -1e-6, targetHazard: 0.0005, valuePerDay: 2e5 },
}
const spec = (partners: Partner[], budget: number): Scenario => ({
  partners,
  joining: 'given',
  recruitment: { pivotal: { budget, costPerSoldier: 50_000 }, requirements: { troops: 1500 * partners.length } },
  burden: { rule: 'proportional', by: 'gdp', pivotal: { name: 'US', gdp: 20_000 } },
  exit,
})

const withoutExit = ({ exit: _, ...rest }: Scenario): Scenario => rest

const rows: string[] = []
const twenty = partnersOf(20, 7)
rows.push(`| scenario, 20 partners × 10,000 runs, 365-day war with retention (plans enumerated once included) | ${time(() => right(scenario({ seed: 1, runs: 10_000 })(spec(twenty, 150e6))), 3).toFixed(0)} ms | target < 3,000 ms |`)
rows.push(`| the same without the war | ${time(() => right(scenario({ seed: 1, runs: 10_000 })(withoutExit(spec(twenty, 150e6)))), 3).toFixed(0)} ms | |`)

// A 100-point sweep (10 budgets × 10 requirement levels) × 100 seeds, 10 partners, 40 runs per task.
const ten = partnersOf(10, 8)
const points = right(grid({ budget: Array.from({ length: 10 }, (_, k) => k * 20e6), troopsPerPartner: Array.from({ length: 10 }, (_, k) => 500 + 250 * k) })).map((g) => ({
  ...g,
  runs: 40,
  scenario: { ...spec(ten, Number(g.budget)), recruitment: { pivotal: { budget: Number(g.budget), costPerSoldier: 50_000 }, requirements: { troops: Number(g.troopsPerPartner) * 10 } } },
}))
const seeds = Array.from({ length: 100 }, (_, k) => k + 1)
const timed = async (threads: number) => {
  const t0 = performance.now()
  const r = await runStudy({ points, seeds }, { threads })
  const ms = performance.now() - t0
  if (E.isLeft(r)) throw new Error(r.left.message)
  const csv = right(toCsv(r.right))
  return { ms, rows: r.right.length, hash: createHash('sha256').update(csv).digest('hex').slice(0, 16) }
}
// Alternate the thread counts so that the machine's noise falls on both.
const one: number[] = []
const two: number[] = []
const hashes = new Set<string>()
for (let rep = 0; rep < 2; rep++)
  for (const [threads, into] of [[1, one], [2, two]] as const) {
    const r = await timed(threads)
    into.push(r.ms)
    hashes.add(r.hash)
  }
const best = (xs: number[]) => Math.min(...xs)
rows.push(`| runStudy, 100 points × 100 seeds (10,000 tasks of 40 runs), 1 worker thread | ${best(one).toFixed(0)} ms | best of 2 |`)
rows.push(`| the same, 2 worker threads | ${best(two).toFixed(0)} ms | ${(best(one) / best(two)).toFixed(2)}× faster; target ≥ 1.6× |`)
rows.push(`| CSV identical across thread counts and repeats | ${hashes.size === 1 ? 'yes' : 'NO'} (sha256 ${[...hashes].join(', ')}) | |`)
console.log(machine())
console.log(table('Scenarios and studies', rows))
