// Cookbook: UNAMID (Darfur) — Rwanda's subsidy and Nigeria's side deal.
// Troops and amounts from coalitions/data (Henke 2019); the costs and values below that the
// sources do not give are the recipe's stated assumptions. Run: npx tsx examples/unamid.ts
import { either as E } from 'fp-ts'
import { bargainPayment, classifyRecipient, paymentCases, type Candidate } from '../src/index.js' // in your project: from 'coalitions'

const rwandaCase = paymentCases.find((c) => c.id === 'unamid-rwanda')!
const nigeriaCase = paymentCases.find((c) => c.id === 'unamid-nigeria-debt')!

// Rwanda shared UNAMID's aims (its own benefit covers the deployment) but said it lacked the means.
// Assumption: deploying costs it $25M a year and it can spend $5M, so it falls $20M short: the amount
// of equipment and transport the United States offered.
const rwanda: Candidate = { name: 'Rwanda', troops: rwandaCase.troops!, deploymentCost: 25e6, ownBenefit: 30e6, ownResources: 5e6 }
// Nigeria wanted Paris Club debt relief. Assumption: relief worth $1bn to Nigeria, costing the United
// States $5M in diplomatic effort (the creditors carry the write-off); deploying costs Nigeria $40M a
// year and is worth $10M to it.
const nigeria: Candidate = {
  name: 'Nigeria', troops: nigeriaCase.troops!, deploymentCost: 40e6, ownBenefit: 10e6,
  sideDeal: { valueToRecipient: 1e9, costToPivotal: 5e6 },
}
for (const c of [rwanda, nigeria]) {
  const type = classifyRecipient(c)
  const deal = bargainPayment({ candidate: c, costPerSoldier: 138_465 })
  if (E.isRight(type) && E.isRight(deal)) {
    const d = deal.right
    console.log(`${c.name} (${c.troops.toLocaleString('en-US')} troops): ${type.right}`)
    console.log(`  reservation $${(d.reservation / 1e6).toFixed(0)}M; the U.S. pays $${(d.payment / 1e6).toFixed(0)}M (subsidy $${(d.subsidy / 1e6).toFixed(0)}M, side deal costing $${(d.sideDeal / 1e6).toFixed(0)}M); ${c.name} receives $${(d.received / 1e6).toFixed(0)}M`)
  }
}
console.log(`\nHenke's records: Rwanda was offered $${rwandaCase.amountUSD! / 1e6}M in ${rwandaCase.paidFor}; Nigeria got ${nigeriaCase.paidFor}.`)
console.log('\nWhat the numbers say: a willing but under-resourced partner is paid its shortfall as a deployment subsidy;')
console.log('a partner that wants something else is cheapest to pay with a side deal that is worth more to it than it')
console.log('costs the pivotal state. The two instruments answer two different problems.')
