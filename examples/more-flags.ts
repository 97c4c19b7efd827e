// Cookbook: More Flags, Vietnam — one scenario from who is willing to join to who leaves.
// Payments and troops from coalitions/data (Henke, "Buying Allies", 2019); join and exit models are
// assumptions, stated below (the sources give signs, not magnitudes). Run: npx tsx examples/more-flags.ts
import { either as E } from 'fp-ts'
import { paymentCases, soldierCostPerYear } from '../src/index.js' // in your project: from 'coalitions'
import { scenario, type Partner, type Scenario } from '../src/scenario/index.js' // in your project: from 'coalitions/scenario'
import { printTable } from './support/table.js'

const caseById = (id: string) => paymentCases.find((c) => c.id === id)!
const usSoldier = soldierCostPerYear.find((c) => c.id === 'us-vietnam')!.usdPerYear // about $13,000 a year
const thailand = caseById('vietnam-thailand') // ~10,000 troops for ~$50 million a year
const philippines = caseById('vietnam-philippines') // ~2,000 engineers for $9.13 million a year
const korea = caseById('vietnam-south-korea') // $1 billion over 1965–70
const subsidy = soldierCostPerYear.find((c) => c.id === 'south-korea-vietnam-subsidy')! // $5,000–7,800 per soldier-year

// South Korea's troops are not printed: its yearly payment over the midpoint subsidy per soldier-year.
const koreaPerYear = korea.amountUSD! / (korea.years!.to! - korea.years!.from + 1)
const koreaTroops = Math.round(koreaPerYear / ((subsidy.usdPerYear + subsidy.usdPerYearHigh!) / 2))

// The partners, once. Covariates follow the factors RAND and Tago name (PARTICIPATION_FACTORS);
// Australia's and New Zealand's troops are assumptions (not in the source documents), as volunteers.
const partners: Partner[] = [
  { name: 'Thailand', troops: thailand.troops!, deploymentCost: thailand.amountUSD!, ownBenefit: 0, covariates: { allianceTies: 1, homeRegion: 1 }, front: 'common' },
  { name: 'Philippines', troops: philippines.troops!, deploymentCost: philippines.amountUSD!, ownBenefit: 0, covariates: { allianceTies: 1, homeRegion: 1 }, front: 'common' },
  { name: 'South Korea', troops: koreaTroops, deploymentCost: koreaPerYear, ownBenefit: 0, covariates: { allianceTies: 1, homeRegion: 0 }, front: 'separate' },
  { name: 'Australia', troops: 7_000, deploymentCost: 7_000 * usSoldier, ownBenefit: 7_000 * usSoldier, covariates: { allianceTies: 1, homeRegion: 0 }, front: 'common' },
  { name: 'New Zealand', troops: 500, deploymentCost: 500 * usSoldier, ownBenefit: 500 * usSoldier, covariates: { allianceTies: 0, homeRegion: 0 }, front: 'common' },
]

// Assumed models: a state with alliance ties is more likely to join (RAND), one in its own region
// too; a partner on a separate front leaves about twice as often (Weisiger), and more when the war
// goes badly. Retention: the United States pays up to $50,000 a day to hold a partner's daily
// exit hazard at 1 in 2,000.
const moreFlags = (legitimacy: number): Scenario => ({
    partners: partners.map((p) => ({ ...p, legitimacy: 1 })), // one flag each, in the units of the legitimacy requirement
    joining: { model: { intercept: -0.5, coefficients: { allianceTies: 1.6, homeRegion: 0.8 } } },
    recruitment: { pivotal: { budget: 250e6, costPerSoldier: usSoldier }, requirements: { troops: 40_000, legitimacy } },
    requirement: { size: 4 }, // More Flags: at least four flags beside the American one
    burden: { rule: 'proportional', by: 'troops', pivotal: { name: 'United States' } },
    exit: {
      days: 365,
      model: { link: 'cloglog', intercept: -8.5, coefficients: { separateFront: Math.log(2), worsening: 0.3 } },
      retention: { paymentCoefficient: -2e-5, targetHazard: 1 / 2000, valuePerDay: 50_000 },
    },
  })
const outcome = (legitimacy: number) => {
  const result = scenario({ seed: 1965, runs: 20_000, within: 365 })(moreFlags(legitimacy))
  if (E.isLeft(result)) throw new Error(result.left.message)
  return result.right.summary
}
// First the cheapest plan for the troops alone; then one that must also buy four flags.
const summary = outcome(0)
const flags = outcome(4)

console.log(`South Korea's troops, from $${(koreaPerYear / 1e6).toFixed(0)}M a year at $${(subsidy.usdPerYear + subsidy.usdPerYearHigh!) / 2} per soldier-year: ${koreaTroops.toLocaleString('en-US')}`)
console.log('\nMore Flags over 20,000 runs: 40,000 troops wanted, a $250M payment budget, one year of war')
printTable(
  partners.map((p) => {
    const b = summary.byPartner[p.name]!
    return { partner: p.name, 'P(willing)': b.pWilling, 'P(recruited)': b.pRecruited, 'mean paid ($M)': b.meanPayment / 1e6, 'P(left in the year)': b.pExit }
  }),
)
console.log(`P(at least four flags): ${summary.pRequirementMet.toFixed(3)}`)
console.log(`Expected yearly cost to the United States: $${(summary.expectedCost! / 1e6).toFixed(0)}M, against $${((40_000 * usSoldier) / 1e6).toFixed(0)}M alone`)
console.log(`Expected payments: $${(summary.expectedPayments / 1e6).toFixed(1)}M; retention paid during the war: $${(summary.expectedRetentionPaid / 1e6).toFixed(2)}M`)
console.log(`The United States' mean share of the operation's cost (by troops): $${(summary.pivotalShare / 1e6).toFixed(0)}M`)
console.log(`P(no partner leaves within the year): ${summary.pNoExit!.toFixed(3)}; expected exits: ${summary.expectedExits.toFixed(2)}`)
console.log('\nRequiring four flags as well (each partner brings one):')
console.log(`P(a plan with four flags within the budget): ${flags.pPlanned.toFixed(3)}; expected cost when there is one: $${(flags.expectedCost! / 1e6).toFixed(0)}M`)
console.log(`P(no partner leaves within the year), given a plan: ${flags.pNoExit!.toFixed(3)}`)
const pct = (x: number) => `${Math.round(100 * x)}%`
const likeliest = partners.reduce((a, b) => (summary.byPartner[b.name]!.pExit > summary.byPartner[a.name]!.pExit ? b : a))
console.log('\nWhat the numbers say: the cheapest plan buys troops, not flags. When Australia volunteers, the')
console.log(`Philippines is left out, so four flags come in only ${pct(summary.pRequirementMet)} of the runs; requiring four flags buys`)
console.log(`them in ${pct(flags.pPlanned)}, whenever four are willing within the budget. The flags are cheap; the willing are the`)
console.log(`constraint. ${likeliest.name}, on a ${likeliest.front} front, is the partner most likely to leave.`)
