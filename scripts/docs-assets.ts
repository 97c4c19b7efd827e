// Builds the docs' generated assets: the figures, drawn as SVG from the library's own results into
// docs/figures/, and what each cookbook example prints, into docs/output/. Run by `npm run docs`.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { either as E, function as F } from 'fp-ts'
import {
  banzhafIndex, deeganPackel, egalitarian, hazard, hazardModel, johnston, kalaiSmorodinsky, loadLpSolver, nashBargaining, olsonZeckhauser,
  paymentCases, publicGoodIndex, recruit, shapleyShubik, survivalCurve, weightedVotingGame,
} from '../src/index.js'
import { barChart, linePlot, scatter } from './svg.js'

const get = <A>(e: E.Either<{ message: string }, A>): A => {
  if (E.isLeft(e)) throw new Error(e.left.message)
  return e.right
}
const out = new URL('../docs/figures/', import.meta.url)
mkdirSync(out, { recursive: true })
const write = (name: string, svg: string) => writeFileSync(new URL(name, out), svg)

// 1. Survival on common and separate fronts (the exit-risk recipe's assumed hazards).
{
  const model = get(hazardModel({ link: 'cloglog', intercept: Math.log(-Math.log1p(-0.0005)), coefficients: { separateFront: Math.log(2) } }))
  const days = 730
  const curve = (separate: number) => {
    const h = Array.from({ length: days }, (_, d) => get(hazard(model)({ separateFront: separate }, d + 1)))
    return [[0, 1] as const, ...get(survivalCurve(h)).survival.map((s, d) => [d + 1, s] as const)]
  }
  write(
    'survival.svg',
    linePlot({
      title: 'Still in the coalition: common vs separate front',
      xLabel: 'days of war',
      yLabel: 'probability the partner is still in',
      x: [0, days],
      y: [0, 1],
      series: [
        { name: 'common front (0.05%/day)', points: curve(0) },
        { name: 'separate front (hazard ×2)', points: curve(1) },
      ],
    }),
  )
}

// 2. The bargaining frontier u₂ = 2(1 − u₁²) with the Nash, Kalai–Smorodinsky and egalitarian points.
{
  const problem = { disagreement: [0, 0] as const, frontier: (u: number) => 2 * (1 - u * u), domain: [0, 1] as const }
  const points = Array.from({ length: 101 }, (_, i) => [i / 100, problem.frontier(i / 100)] as const)
  write(
    'bargaining.svg',
    linePlot({
      title: 'Bargaining frontier and three solutions',
      xLabel: 'payoff to player 1 (u₁)',
      yLabel: 'payoff to player 2 (u₂)',
      x: [0, 1.1],
      y: [0, 2.1],
      series: [{ name: 'frontier u₂ = 2(1 − u₁²)', points }],
      markers: [
        { name: 'Nash', at: get(nashBargaining(problem)) },
        { name: 'Kalai–Smorodinsky', at: get(kalaiSmorodinsky(problem)) },
        { name: 'egalitarian', at: get(egalitarian(problem)) },
      ],
    }),
  )
}

// 3. Voting power in the UN Security Council, five indices.
{
  const unsc = get(weightedVotingGame({ quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }))
  const indices: [string, number[]][] = [
    ['Shapley–Shubik', get(shapleyShubik(unsc))],
    ['Banzhaf', get(banzhafIndex(unsc))],
    ['Johnston', get(johnston(unsc))],
    ['Deegan–Packel', get(deeganPackel(unsc))],
    ['Holler PGI', get(publicGoodIndex(unsc))],
  ]
  write(
    'power.svg',
    barChart({
      title: 'UN Security Council: power of one member',
      xLabel: 'power index',
      yLabel: 'share of voting power',
      categories: indices.map(([n]) => n),
      series: [
        { name: 'a permanent member', values: indices.map(([, v]) => v[0]!) },
        { name: 'an elected member', values: indices.map(([, v]) => v[14]!) },
      ],
    }),
  )
}

// 4. A recruitment plan: Thailand and the Philippines at Henke's prices, and an illustrative ally paid
// partly by a side deal; the rest of the troops sent by the pivotal state at $13,000 a soldier-year.
{
  const lp = await loadLpSolver()
  const priced = ['vietnam-thailand', 'vietnam-philippines'].map((id) => paymentCases.find((c) => c.id === id)!)
  const plan = get(
    recruit(lp)({
      pivotal: { budget: 120e6, costPerSoldier: 13_000 },
      requirements: { troops: 20_000 },
      candidates: [
        ...priced.map((c) => ({ name: c.recipient, troops: c.troops!, deploymentCost: c.amountUSD!, ownBenefit: 0 })),
        { name: 'Ally C (illustrative)', troops: 5000, deploymentCost: 40e6, ownBenefit: 5e6, sideDeal: { valueToRecipient: 25e6, costToPivotal: 8e6 } },
      ],
    }),
  )
  const cats = [...plan.members.map((m) => m.name), 'own troops']
  write(
    'recruitment.svg',
    barChart({
      title: `Recruiting ${(20_000).toLocaleString('en-US')} troops: who is paid what`,
      xLabel: 'partner',
      yLabel: 'cost to the pivotal state (US$ million a year)',
      categories: cats,
      stacked: true,
      series: [
        { name: 'deployment subsidy', values: [...plan.members.map((m) => m.subsidy / 1e6), 0] },
        { name: 'side deal (its cost)', values: [...plan.members.map((m) => m.sideDeal / 1e6), 0] },
        { name: 'own soldiers', values: [...plan.members.map(() => 0), (plan.ownTroops * 13_000) / 1e6] },
      ],
    }),
  )
}

// 5. Burden share against income share in the Olson–Zeckhauser equilibrium (the NATO recipe's stylized incomes).
{
  const incomes = [100, 80, 60, 50, 40, 30, 25, 20, 15, 10, 8, 5]
  const total = incomes.reduce((s, x) => s + x, 0)
  const eq = get(olsonZeckhauser({ incomes, alpha: 0.3 }))
  write(
    'burden.svg',
    scatter({
      title: 'Burden share vs income share (Olson–Zeckhauser)',
      xLabel: 'share of the alliance’s income',
      yLabel: 'share of the defence burden',
      x: [0, 0.3],
      y: [0, 1],
      name: 'an ally',
      diagonal: 'burden proportional to income',
      points: F.pipe(incomes.map((y, i) => [y / total, eq.contributions[i]! / eq.total] as const)),
    }),
  )
}
// What each example prints, for its cookbook page.
const output = new URL('../docs/output/', import.meta.url)
mkdirSync(output, { recursive: true })
const examples = fileURLToPath(new URL('../examples/', import.meta.url))
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url))
for (const file of readdirSync(examples).filter((f) => f.endsWith('.ts'))) {
  const text = execFileSync(process.execPath, [tsx, `${examples}${file}`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
  writeFileSync(new URL(file.replace(/\.ts$/, '.txt'), output), text)
}
// 6. More Flags: the figure is drawn from the recipe's own printed table, so picture and text agree.
{
  const text = readFileSync(new URL('more-flags.txt', output), 'utf8')
  const table = text.split('\n').filter((l) => /^(Thailand|Philippines|South Korea|Australia|New Zealand) +\d/.test(l))
  const rows = table.map((l) => {
    const cells = l.trim().split(/\s{2,}/)
    return { name: cells[0]!, willing: Number(cells[1]), recruited: Number(cells[2]), left: Number(cells[4]) }
  })
  if (rows.length !== 5 || rows.some((r) => [r.willing, r.recruited, r.left].some((x) => !Number.isFinite(x)))) throw new Error(`more-flags.txt: could not read the partners' table`)
  write(
    'more-flags.svg',
    barChart({
      title: 'More Flags: willing, recruited, and gone within the year',
      xLabel: 'partner',
      yLabel: 'share of 20,000 runs',
      categories: rows.map((r) => r.name),
      series: [
        { name: 'willing to join', values: rows.map((r) => r.willing) },
        { name: 'recruited', values: rows.map((r) => r.recruited) },
        { name: 'left within the year', values: rows.map((r) => r.left) },
      ],
    }),
  )
}
console.log('figures written to docs/figures/, example output to docs/output/')
