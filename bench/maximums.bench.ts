// Every family at its documented maximum (not a timed test): each bound named in the errors guide,
// with an input at or just inside it, to show the work finishes and how long it takes. Run:
// npx tsx bench/maximums.bench.ts (part of npm run bench).
import { readFileSync } from 'node:fs'
import * as lib from '../src/index.js'
import { makeRng } from '../src/internal/random.js'
import { hardGames } from '../test/fixtures/hardGames.js'
import { machine, right, table } from './harness.js'

const once = (f: () => unknown): string => {
  const t0 = performance.now()
  f()
  const ms = performance.now() - t0
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`
}
const rows: string[] = []
const row = (bound: string, input: string, f: () => unknown): void => {
  rows.push(`| ${bound} | ${input} | ${once(f)} |`)
  console.error(rows.at(-1))
}
const rng = makeRng(11)
const lpSolver = await lib.loadLpSolver()

// Exact tables: 24 players.
// Inputs are built before the clock starts.
const g24 = right(lib.gameFromFunction(lib.MAX_EXACT_PLAYERS, (S) => S.length ** 2))
const hard24 = hardGames.perSize(24, 1)
const additive20 = right(lib.gameFromFunction(20, (S) => S.length))
row('`MAX_EXACT_PLAYERS` = 24', 'shapley of a 24-player game', () => lib.shapley(g24))
row('`MAX_EXACT_PLAYERS` = 24', 'nucleolus of a hard 24-player game (perSize, seed 1)', () => right(lib.nucleolus(lpSolver)(hard24)))
row('`MAX_SUPERADDITIVE_PLAYERS` = 20', 'isSuperadditive, additive 20-player game (no early exit)', () => right(lib.isSuperadditive(additive20)))
row('`MAX_POSITION_LINKS` = 20', 'positionValue, 12 players, 20 links', () => {
  const g = hardGames.flat(12, 1)
  const links: [string, string][] = []
  for (let a = 0; a < 12 && links.length < 20; a++) for (let b = a + 1; b < 12 && links.length < 20; b += 3) links.push([g.players[a]!, g.players[b]!])
  right(lib.positionValue(g, links))
})
row('`MAX_SAMPLE_EVALUATIONS` = 1e8', 'shapleySample, 1,000 players × 100,000 orders', () =>
  right(lib.shapleySample({ samples: 100_000, seed: 1 })({ n: 1000, worth: (S) => S.length })),
)
row('`MAX_PROPOSERS` = 1,000', 'rotatingProposer with 1,000 players', () => right(lib.rotatingProposer({ deltas: Array.from({ length: 1000 }, () => 0.5 + 0.49 * rng.next()) })))

// Voting: the counting bound, with a board just inside it.
const board = (n: number, mean: number) => {
  let x = n
  const weights = Array.from({ length: n }, () => mean + ((x = (x * 1103515245 + 12345) % 2 ** 31) % mean))
  return right(lib.weightedVotingGame({ quota: { share: 0.5 }, weights }))
}
const big = board(4000, 1600)
const swingBoard = board(600, 700)
row('`MAX_COUNTING_WORK` = 1e10 steps, `MAX_TOTAL_WEIGHT` = 1e7', 'banzhafIndex, 4,000 voters, 9.6 million votes', () => right(lib.banzhafIndex(big)))
const imf = (JSON.parse(readFileSync(new URL('../test/fixtures/imf-like.json', import.meta.url), 'utf8')) as { weights: number[] }).weights
row('`MAX_COUNTING_WORK` = 1e10 steps', `shapleyShubik, the IMF-like board (190 members, ${imf.reduce((a, b) => a + b, 0).toLocaleString('en-US')} votes)`, () =>
  right(lib.shapleyShubik(right(lib.weightedVotingGame({ quota: { share: 0.5 }, weights: imf })))),
)
row('`MAX_COUNTING_WORK` = 1e10 steps', 'banzhafSwings, 600 voters, 600,000 votes', () => right(lib.banzhafSwings(swingBoard)))

// Participation.
row('20,000 candidates (coalitionSizeDistribution)', 'size distribution of 20,000 candidates', () =>
  right(lib.coalitionSizeDistribution(Array.from({ length: 20_000 }, () => rng.next()))),
)
row('4e8 cells, 1e7 troop totals (requirementProbability)', '40 candidates, a requirement of 9,999,999 troops', () =>
  right(lib.requirementProbability({ candidates: Array.from({ length: 40 }, (_, i) => ({ probability: 0.5, troops: 300_001 + i })), requirement: { troops: 9_999_999 } })),
)
// The rows are built before the clock starts.
const fitRows = Array.from({ length: 3_000_000 }, () => {
  const x = Array.from({ length: 10 }, () => rng.normal())
  return { y: rng.next() < 0.3 ? 1 : 0, ...Object.fromEntries(x.map((v, k) => [`x${k}`, v])) }
})
row('`MAX_FIT_WORK` = 5e8', 'fitLogit, 3,000,000 rows × 11 coefficients (3.6e8)', () =>
  right(lib.fitLogit(fitRows, { outcome: 'y', covariates: Array.from({ length: 10 }, (_, k) => `x${k}`) })),
)

// Defection.
row('`MAX_PERSON_PERIODS` = 5e6 rows', 'toPersonPeriod, 5,000 spells of 1,000 days', () =>
  right(lib.toPersonPeriod(Array.from({ length: 5000 }, (_, i) => ({ id: `s${i}`, entry: 0, exit: 1000, event: 1 as const, covariates: { x: i % 7 } })))),
)
row('`MAX_SIMULATION_WORK` = 1e9 partner-days', 'simulateCoalitionWar, 13,698 runs × 20 partners × 3,650 days', () =>
  right(
    lib.simulateCoalitionWar({
      days: 3650,
      model: { link: 'cloglog', intercept: -9, coefficients: { separateFront: 0.8, worsening: 0.5 } },
      partners: Array.from({ length: 20 }, (_, i) => ({ name: `P${i}`, front: i % 2 === 0 ? ('common' as const) : ('separate' as const) })),
    })({ seed: 1, runs: 13_698 }),
  ),
)

// Scenarios: 20 partners (MAX_ENUMERATED_PARTNERS) and a war at MAX_SIMULATION_WORK.
const scenarioPartners = Array.from({ length: lib.MAX_ENUMERATED_PARTNERS }, (_, i) => ({
  name: `P${i}`,
  troops: 500 + rng.int(3000),
  deploymentCost: 1e6 + rng.next() * 4e7,
  ownBenefit: rng.next() * 1e7,
  joinProbability: 1,
  front: i % 2 === 0 ? ('common' as const) : ('separate' as const),
}))
row('`MAX_ENUMERATED_PARTNERS` = 20, `MAX_SIMULATION_WORK` = 1e9 partner-days', 'scenario, 20 partners who all join × 136,986 runs × 365 days', () =>
  right(
    lib.scenario({
      partners: scenarioPartners,
      joining: 'given',
      recruitment: { pivotal: { budget: 1e12, costPerSoldier: 1e6 }, requirements: { troops: 60_000 } },
      exit: { days: 365, model: { link: 'cloglog', intercept: -9, coefficients: { separateFront: 0.8, worsening: 0.5 } } },
    })({ seed: 1, runs: 136_986 }),
  ),
)

console.log(machine())
console.log(table('Every family at its documented maximum', rows).replace('| case | median time | note |\n|---|---|---|', '| bound | input | time (one run) |\n|---|---|---|'))
