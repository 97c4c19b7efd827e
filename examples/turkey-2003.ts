// Cookbook: Turkey 2003 — the offer and the vote.
// The package is Henke's (2019); what Turkey's support was worth to the United States and what
// Turkey would have accepted are not in the sources, so they are stated assumptions, here and below.
// Run: npx tsx examples/turkey-2003.ts
import { either as E } from 'fp-ts'
import { bargainPayment, paymentCases, takeItOrLeaveIt } from '../src/index.js' // in your project: from 'coalitions'
import { printTable } from './support/table.js'

const offer = paymentCases.find((c) => c.id === 'iraq-turkey-offer')!
// The components of the February 2003 package, as the quote lists them (in US$).
const components = { 'cash grant': 4e9, 'military aid': 2e9, 'base upgrades': 250e6, 'purchases of Turkish products': 750e6, 'oil from allies': 1e9 }
const packageValue = Object.values(components).reduce((s, x) => s + x, 0)
console.log(`The U.S. offer to Turkey (${offer.years?.from}), as printed:`)
printTable(Object.entries(components).map(([item, usd]) => ({ item, 'US$ bn': usd / 1e9 })))
console.log(`  total of the priced items: $${packageValue / 1e9}bn (plus a $34bn loan option and trade concessions)`)

// Assumptions of this recipe: opening the northern front was worth $16bn to the United States, and
// Turkey's reservation price was somewhere between $2bn and $20bn, all values equally likely.
const value = 16e9
const reservationLow = 2e9
const reservationHigh = 20e9
const secret = takeItOrLeaveIt({ value, reservationLow, reservationHigh })
if (E.isRight(secret)) {
  const o = secret.right
  console.log('\nA take-it-or-leave-it offer when Turkey does not know how much the U.S. cares:')
  console.log(`  best offer $${(o.offer / 1e9).toFixed(1)}bn, accepted with probability ${o.acceptanceProbability.toFixed(2)}`)
  const atPackage = Math.min(1, Math.max(0, (packageValue - reservationLow) / (reservationHigh - reservationLow)))
  console.log(`  the $${packageValue / 1e9}bn package would be accepted with probability ${atPackage.toFixed(2)} under these assumptions`)
}

// Open recruiting: once Turkey knows the U.S. value, it bargains for a share of the surplus.
// With a reservation of $12bn (the middle of the range), equal bargaining power, and the loan and trade
// concessions as a side deal worth $10bn to Turkey and costing the U.S. as much:
const open = bargainPayment({
  candidate: { name: 'Turkey', troops: 0, deploymentCost: 12e9, ownBenefit: 0, legitimacy: value, bargainingPower: 0.5, sideDeal: { valueToRecipient: 10e9, costToPivotal: 10e9 } },
  costPerSoldier: 0,
})
if (E.isRight(open))
  console.log(`\nWith U.S. interest revealed: Turkey's price is $${(open.right.payment / 1e9).toFixed(0)}bn: its $${(open.right.reservation / 1e9).toFixed(0)}bn reservation plus half the $${(open.right.surplus / 1e9).toFixed(0)}bn surplus.`)

console.log("\nWhat the numbers say: an offer made without knowing the partner's price is a gamble the pivotal state")
console.log('takes on purpose: it keeps more of the surplus when accepted and is sometimes refused. On March 1, 2003,')
console.log("the Turkish parliament refused. A pivotal state that shows how badly it needs a partner pays more.")
