// Benchmarks for defection: hazard fits and war simulation (not timed tests). Run: npm run bench.
import { fitDiscreteHazard, simulateCoalitionWar } from '../src/index.js'
import { makeRng } from '../src/internal/random.js'
import { right, table, time } from './harness.js'
import { previousSimulateCoalitionWar } from './previous-war.js'

const rows: string[] = []
const rng = makeRng(5)
const draw = (length: number) => Array.from({ length }, () => {
  const x = [rng.next() < 0.4 ? 1 : 0, rng.normal(), rng.normal(), rng.next() < 0.5 ? 1 : 0, Math.log(1 + rng.int(365))]
  const eta = -4 + 0.7 * x[0]! + 0.4 * x[1]! - 0.3 * x[2]! + 0.2 * x[3]! - 0.1 * x[4]!
  return { exit: rng.next() < 1 - Math.exp(-Math.exp(eta)) ? 1 : 0, separate: x[0]!, worsening: x[1]!, capability: x[2]!, democracy: x[3]!, logday: x[4]! }
})
const data = draw(100_000)
const options = { event: 'exit', covariates: ['separate', 'worsening', 'capability', 'democracy', 'logday'] }
for (const link of ['cloglog', 'logit'] as const)
  rows.push(`| fitDiscreteHazard, 100,000 rows, 5 covariates, ${link} | ${time(() => right(fitDiscreteHazard({ ...options, link })(data)), 5).toFixed(0)} ms | target < 1,500 ms |`)
// The target of the robustness issue: 1.5 million rows × 5 covariates, one fit each (rows drawn first).
const big = draw(1_500_000)
for (const link of ['cloglog', 'logit'] as const) {
  let iterations = 0
  const ms = time(() => (iterations = right(fitDiscreteHazard({ ...options, link })(big)).iterations), 1)
  rows.push(`| fitDiscreteHazard, 1,500,000 rows, 5 covariates, ${link} | ${(ms / 1000).toFixed(1)} s | target < 3 s; ${iterations} scoring iterations${link === 'cloglog' ? ', then the Newton finish' : ''} |`)
}

const partners = Array.from({ length: 20 }, (_, i) => ({ name: `P${i}`, front: i % 2 === 0 ? ('common' as const) : ('separate' as const) }))
const model = { link: 'cloglog' as const, intercept: -7, coefficients: { separateFront: 0.8, worsening: 0.5 } }
const war = { days: 365, model, partners }
const before = previousSimulateCoalitionWar(war)
rows.push(`| simulateCoalitionWar, 10,000 wars × 20 partners × 365 days | ${time(() => right(simulateCoalitionWar({ seed: 1, runs: 10_000 })(war)), 3).toFixed(0)} ms | target < 2,000 ms; release 0.2 (before the shared kernel) in this run: ${time(() => right(before({ seed: 1, runs: 10_000 })), 3).toFixed(0)} ms |`)
const paying = { days: 365, model, partners, retention: { paymentCoefficient: -0.5, targetHazard: 0.001, valuePerDay: 2 } }
rows.push(`| the same, with the pivotal state paying retention | ${time(() => right(simulateCoalitionWar({ seed: 1, runs: 10_000 })(paying)), 3).toFixed(0)} ms | target < 2,000 ms |`)
console.log(table('Defection', rows))
