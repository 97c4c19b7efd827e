// The "More Flags" coalition of the Vietnam War, as a cooperative game (figures from Henke 2019, "Buying Allies").
// Each subsidized allied soldier replaced a U.S. soldier costing about $13,000 a year; the worth of a
// coalition is the yearly saving to the United States, in $ million, of the allies it brings in.
import { either as E, function as F } from 'fp-ts'
import {
  banzhafIndex, coreIsNonEmpty, gameFromFunction, isInCore, labelAllocation, loadLpSolver, nucleolus, paymentCases, recruit, shapley,
  shapleyShubik, weightedVotingGame,
} from '../src/index.js'
import { printTable } from './support/table.js'

const usCostPerSoldier = 13_000 // Henke 2019: a U.S. soldier in Vietnam cost about $13,000 a year
const allies = [
  // Thailand: ~10,000 troops for ~$50 million a year (Henke 2019).
  { name: 'Thailand', troops: 10_000, subsidyPerSoldier: 50e6 / 10_000 },
  // Philippines: ~2,000 engineers for $9.13 million a year (Henke 2019).
  { name: 'Philippines', troops: 2_000, subsidyPerSoldier: 9.13e6 / 2_000 },
  // South Korea: ~$1 billion over 1965–70 at $5,000–7,800 per soldier-year; midpoint $6,400 → ~31,250 troops (derived).
  { name: 'South Korea', troops: 1e9 / 5 / 6_400, subsidyPerSoldier: 6_400 },
]
const players = ['United States', ...allies.map((a) => a.name)]

// Nothing happens without the United States; each ally adds its troops' saving.
const game = gameFromFunction(players.length, (members) => {
  if (!members.includes(0)) return 0
  return members.filter((i) => i > 0).reduce((s, i) => {
    const a = allies[i - 1]!
    return s + (a.troops * (usCostPerSoldier - a.subsidyPerSoldier)) / 1e6
  }, 0)
}, { players })

const lp = await loadLpSolver()
F.pipe(
  game,
  E.map((g) => {
    const phi = shapley(g)
    const nu = E.getOrElse(() => phi.map(() => Number.NaN))(nucleolus(lp)(g))
    const rows = g.players.map((p, i) => ({ player: p, 'Shapley ($M/yr)': phi[i]!.toFixed(2), 'nucleolus ($M/yr)': nu[i]!.toFixed(2) }))
    console.log('More Flags, Vietnam 1965–70: who gets the yearly saving of replacing U.S. soldiers?\n')
    printTable(rows)
    console.log('total saving v(N) = $%s million a year', g.values[g.values.length - 1]!.toFixed(2))
    console.log('core non-empty:', E.getOrElse(() => false)(coreIsNonEmpty(lp)(g)))
    console.log('Shapley value in the core:', E.getOrElse(() => false)(isInCore(g, phi)))
    console.log('nucleolus in the core:', E.getOrElse(() => false)(isInCore(g, nu)))
    const labelled = labelAllocation(g, nu)
    console.log('\nlabelled nucleolus ($M/yr): %s', Object.entries(labelled).map(([p, x]) => `${p} ${x.toFixed(2)}`).join(', '))
  }),
  E.mapLeft((e) => console.error(e.message)),
)

// Who holds the power in the body that authorizes a mission? The UN Security Council as a weighted
// vote: five permanent members of weight 7, ten elected of weight 1, nine votes including all five.
F.pipe(
  weightedVotingGame({ quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }),
  E.flatMap((unsc) => F.pipe(E.Do, E.bind('ss', () => shapleyShubik(unsc)), E.bind('bz', () => banzhafIndex(unsc)))),
  E.map(({ ss, bz }) => {
    console.log('\nUN Security Council voting power (Shapley–Shubik; Banzhaf):')
    console.log('  each permanent member: %s (421/2145); %s', ss[0]!.toFixed(4), bz[0]!.toFixed(4))
    console.log('  each elected member:   %s (4/2145);   %s', ss[14]!.toFixed(4), bz[14]!.toFixed(4))
    console.log('  five permanent members together: %s of the Shapley–Shubik power', (5 * ss[0]!).toFixed(3))
  }),
  E.mapLeft((e) => console.error(e.message)),
)

// What would it cost to buy the coalition? The pivotal state's recruitment problem with the seed's
// own prices (coalitions/data): troops it cannot buy it sends itself at $13,000 a soldier-year.
const priced = ['vietnam-thailand', 'vietnam-philippines'].map((id) => paymentCases.find((c) => c.id === id)!)
F.pipe(
  recruit(lp)({
    pivotal: { budget: 80e6, costPerSoldier: usCostPerSoldier },
    requirements: { troops: 15_000 },
    candidates: priced.map((c) => ({ name: c.recipient, troops: c.troops!, deploymentCost: c.amountUSD!, ownBenefit: 0 })),
  }),
  E.map((plan) => {
    console.log('\nBuying 15,000 troops for Vietnam with an $80M budget (prices from paymentCases):')
    printTable(plan.members.map((m) => ({ partner: m.name, troops: m.troops, 'subsidy ($M)': m.subsidy / 1e6, 'side deal ($M)': m.sideDeal / 1e6, type: m.recipientType })))
    console.log('  U.S. troops still needed: %s; total cost $%sM a year against $%sM alone', plan.ownTroops.toLocaleString('en-US'), (plan.totalCost / 1e6).toFixed(2), (plan.unilateralCost / 1e6).toFixed(2))
  }),
  E.mapLeft((e) => console.error(e.message)),
)

console.log(`
Sources: Henke, "Buying allies: payment practices in multilateral military coalition-building",
International Security 43 (2019), for the troops, payments and the cost of a U.S. soldier; Shapley &
Shubik, "A method for evaluating the distribution of power in a committee system", American Political
Science Review 48 (1954), for the Security Council's 421/2145.`)
