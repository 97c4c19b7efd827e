// Cookbook: Korea 1950 and Vietnam — what subsidized allies cost against sending one's own troops.
// Every figure comes from coalitions/data (Henke, "Buying Allies", 2019). Run: npx tsx examples/korea-vietnam.ts
import { either as E, function as F } from 'fp-ts'
import { loadLpSolver, paymentCases, recruit, soldierCostPerYear } from '../src/index.js' // in your project: from 'coalitions'
import { printTable } from './support/table.js'

const caseById = (id: string) => paymentCases.find((c) => c.id === id)!
const costById = (id: string) => soldierCostPerYear.find((c) => c.id === id)!

// 1. The price of an allied soldier-year, from the payments as printed.
const usSoldier = costById('us-vietnam').usdPerYear // about $13,000 a year in Vietnam
const colombia = caseById('korea-colombia') // $500,000 a month for 1,068 troops
const thailand = caseById('vietnam-thailand') // ~$50 million a year for ~10,000 troops
const philippines = caseById('vietnam-philippines') // $9.13 million a year for ~2,000 engineers
const korea = costById('south-korea-vietnam-subsidy') // $5,000–7,800 per soldier-year
const perSoldier = [
  { ally: 'Colombia (Korea)', 'US$ per soldier-year': Math.round((colombia.amountUSD! * 12) / colombia.troops!) },
  { ally: 'Thailand (Vietnam)', 'US$ per soldier-year': thailand.amountUSD! / thailand.troops! },
  { ally: 'Philippines (Vietnam)', 'US$ per soldier-year': philippines.amountUSD! / philippines.troops! },
  { ally: 'South Korea (Vietnam), low', 'US$ per soldier-year': korea.usdPerYear },
  { ally: 'South Korea (Vietnam), high', 'US$ per soldier-year': korea.usdPerYearHigh! },
  { ally: 'a U.S. soldier (Vietnam)', 'US$ per soldier-year': usSoldier },
]
console.log('What a soldier-year cost the United States, ally by ally:')
printTable(perSoldier)
console.log("(Colombia's figure is from Korea, 1950; the seed's U.S. figure is from Vietnam.)")

// 2. The pivotal state's problem: 15,000 troops, an $80M payment budget; the rest it sends itself.
const lp = await loadLpSolver()
const plan = recruit(lp)({
  pivotal: { budget: 80e6, costPerSoldier: usSoldier },
  requirements: { troops: 15_000 },
  candidates: [thailand, philippines].map((c) => ({ name: c.recipient, troops: c.troops!, deploymentCost: c.amountUSD!, ownBenefit: 0 })),
})
F.pipe(
  plan,
  E.match(
    (e) => console.error(e.message),
    (p) => {
      console.log('\nBuying 15,000 troops with an $80M budget:')
      printTable(p.members.map((m) => ({ partner: m.name, troops: m.troops, 'paid ($M/yr)': m.payment / 1e6, instrument: m.sideDeal > 0 ? 'side deal' : 'subsidy' })))
      console.log(`U.S. troops still needed: ${p.ownTroops.toLocaleString('en-US')}`)
      console.log(`Cost with allies: $${(p.totalCost / 1e6).toFixed(2)}M a year; alone: $${(p.unilateralCost / 1e6).toFixed(2)}M a year`)
      console.log('\nWhat the numbers say: every subsidized allied soldier-year cost the United States between')
      console.log(`$${Math.min(...perSoldier.slice(0, 5).map((r) => r['US$ per soldier-year'])).toLocaleString('en-US')} and $${korea.usdPerYearHigh!.toLocaleString('en-US')}, against $${usSoldier.toLocaleString('en-US')} for one of its own, so buying`)
      console.log(`12,000 allied troops halved the yearly bill (${((p.totalCost / p.unilateralCost) * 100).toFixed(0)}% of going alone). Henke's point: subsidizing`)
      console.log('foreign soldiers was cheaper than deploying Americans.')
    },
  ),
)
