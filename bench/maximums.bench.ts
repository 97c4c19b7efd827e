// Every family at its documented maximum (not a timed test): each bound named in the errors guide,
// with an input at or just inside it, to show the work finishes and how long it takes. Run:
// npx tsx bench/maximums.bench.ts (part of npm run bench).
import { readFileSync } from 'node:fs'
import { either as E } from 'fp-ts'
import * as lib from '../src/index.js'
import { makeRng } from '../src/internal/random.js'
import { hardGames } from '../test/fixtures/hardGames.js'
import { blocSetup } from '../src/voting/blocCounting.js'
import { compoundSize, planGrid } from '../src/voting/compound.js'
import { EU27 } from './councils.js'
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

// Bad input at scale: a million bad claims give the first 20 failures and a count (a 53 MB message,
// 13.6 s, before messages were capped).
const badClaims = Array(1_000_000).fill('x') as never
row('first 20 decoding failures', 'claimsProblem with 1,000,000 claims that are strings', () => lib.claimsProblem({ estate: 1, claims: badClaims }))

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

// Compound councils and blocs: the largest input the bound accepts, found by bisection on the unit
// of the weights with the bound's own estimate (no counting), then timed.
/** The largest k in [lo, hi] with ok(k), for ok true at lo and false at hi + 1 (monotone). */
const largestAccepted = (lo: number, hi: number, ok: (k: number) => boolean): number => {
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (ok(mid)) lo = mid
    else hi = mid - 1
  }
  return lo
}
// Every other member one unit more, so that no common factor lets the counting shrink the weights.
const euIn = (unit: number) =>
  lib.euQualifiedMajority({ populations: Object.fromEntries(Object.entries(EU27).map(([m, share], k) => [m, Math.round((share * unit) / 100) + (k % 2)])) })
const euUnit = largestAccepted(100, 1e8, (u) => {
  const eu = euIn(u)
  return E.isRight(eu) && E.isRight(planGrid(eu.right))
})
const euMax = right(euIn(euUnit))
const euSize = compoundSize(euMax)
row(
  '`MAX_COMPOUND_STATES` = 2^25',
  `shapleyShubik, the EU-27 rule with the Union's population in about ${(euUnit / 1e6).toFixed(1)} million units (the finest accepted; every other member one unit more, so no common factor shrinks them): ${euSize.states.toExponential(2)} joint sums, ${euSize.work.toExponential(1)} steps`,
  () => right(lib.shapleyShubik(euMax)),
)
// 200 members, a head count and a weighted condition: here the steps bind before the sums.
const twoChambers = (scale: number): E.Either<lib.CoalitionError, lib.CompoundVotingGame> => {
  const heads = lib.weightedVotingGame({ quota: { share: 0.5 }, weights: Array<number>(200).fill(1) })
  const votes = lib.weightedVotingGame({ quota: { share: 0.6 }, weights: Array.from({ length: 200 }, (_, i) => Math.max(1, Math.round((1 + ((i * 37) % 50)) * scale))) })
  if (E.isLeft(heads)) return E.left(heads.left)
  if (E.isLeft(votes)) return E.left(votes.left)
  return lib.allOf(heads.right, votes.right)
}
const chamberScale = largestAccepted(1, 10_000, (k) => {
  const c = twoChambers(k / 100)
  return E.isRight(c) && E.isRight(planGrid(c.right))
}) / 100
const chambersMax = right(twoChambers(chamberScale))
const chamberSize = compoundSize(chambersMax)
row(
  '`MAX_COMPOUND_WORK` = 4e9 steps',
  `shapleyShubik, 200 members: a majority of heads and 60% of votes (weights 1–50 × ${chamberScale}, the most accepted): ${chamberSize.states.toExponential(2)} joint sums, ${chamberSize.work.toExponential(1)} steps`,
  () => right(lib.shapleyShubik(chambersMax)),
)
const imfBoard = right(lib.weightedVotingGame({ quota: { share: 0.5 }, weights: imf }))
const constituencies = Array.from({ length: 25 }, (_, k) => imfBoard.players.filter((_, i) => i % 25 === k))
const blocBoard = (scale: number) => lib.weightedVotingGame({ quota: { share: 0.5 }, weights: imf.map((w) => Math.max(1, Math.round(w * scale))) })
const fits = (scale: number): boolean => {
  const made = blocBoard(scale)
  if (E.isLeft(made)) return false
  const board = made.right
  const { work, held } = blocSetup(board, constituencies.map((c) => c.map((p) => board.players.indexOf(p))), { between: 'shapley', within: 'shapley' })
  return work <= lib.MAX_BLOC_WORK && held <= 2 ** 26
}
const blocScale = largestAccepted(1, 1000, (k) => fits(k / 100)) / 100
const blocMax = right(blocBoard(blocScale))
row(
  '`MAX_BLOC_WORK` = 4e9 steps',
  `owenIndex, the IMF-like board in 25 constituencies with its votes × ${blocScale} (${blocMax.weights.reduce((a, b) => a + b, 0).toLocaleString('en-US')} votes, the most accepted)`,
  () => right(lib.owenIndex(blocMax, constituencies)),
)

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
  right(lib.fitLogit({ outcome: 'y', covariates: Array.from({ length: 10 }, (_, k) => `x${k}`) })(fitRows)),
)

// Defection.
row('`MAX_PERSON_PERIODS` = 5e6 rows', 'toPersonPeriod, 5,000 spells of 1,000 days', () =>
  right(lib.toPersonPeriod(Array.from({ length: 5000 }, (_, i) => ({ id: `s${i}`, entry: 0, exit: 1000, event: 1 as const, covariates: { x: i % 7 } })))),
)
row('`MAX_SIMULATION_WORK` = 1e9 partner-days', 'simulateCoalitionWar, 13,698 runs × 20 partners × 3,650 days', () =>
  right(
    lib.simulateCoalitionWar({ seed: 1, runs: 13_698 })({
      days: 3650,
      model: { link: 'cloglog', intercept: -9, coefficients: { separateFront: 0.8, worsening: 0.5 } },
      partners: Array.from({ length: 20 }, (_, i) => ({ name: `P${i}`, front: i % 2 === 0 ? ('common' as const) : ('separate' as const) })),
    }),
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
    lib.scenario({ seed: 1, runs: 136_986 })({
      partners: scenarioPartners,
      joining: 'given',
      recruitment: { pivotal: { budget: 1e12, costPerSoldier: 1e6 }, requirements: { troops: 60_000 } },
      exit: { days: 365, model: { link: 'cloglog', intercept: -9, coefficients: { separateFront: 0.8, worsening: 0.5 } } },
    }),
  ),
)

console.log(machine())
console.log(table('Every family at its documented maximum', rows).replace('| case | median time | note |\n|---|---|---|', '| bound | input | time (one run) |\n|---|---|---|'))
