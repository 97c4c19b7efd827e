// Cookbook: South Africa 1951 — the hold-up. A partner already in the field threatens to leave unless
// paid. Jet prices are Henke's (2019); how many jets and what South Africa's flag was worth to the
// United States are not in the sources, so they are the recipe's assumptions. Run: npx tsx examples/south-africa-1951.ts
import { either as E } from 'fp-ts'
import { holdUp, paymentCases } from '../src/index.js' // in your project: from 'coalitions'
import { printTable } from './support/table.js'

const sa = paymentCases.find((c) => c.id === 'korea-south-africa')!
const retail = 58_000
const paid = 5_447
const perJet = retail - paid // the side payment hidden in each sale
console.log(`${sa.recipient}, ${sa.years?.from}: jets retailing at $${retail.toLocaleString('en-US')} sold for $${paid.toLocaleString('en-US')}, a transfer of $${perJet.toLocaleString('en-US')} a jet.`)

const jets = 50 // assumption
const demand = jets * perJet
console.log(`Demand for ${jets} jets (an assumption): $${demand.toLocaleString('en-US')}\n`)
const rows = [1e6, 2.5e6, 5e6, 10e6].flatMap((legitimacy) =>
  [0, 0.5].map((bargainingPower) => {
    const r = holdUp({ demand, troops: 0, pivotalCostPerSoldier: 0, partnerCostPerSoldier: 0, legitimacy, bargainingPower })
    return E.isRight(r)
      ? { "flag's worth to the U.S.": `$${legitimacy / 1e6}M`, 'bargaining power': bargainingPower, stays: r.right.stays, 'payment ($)': r.right.payment }
      : { "flag's worth to the U.S.": `$${legitimacy / 1e6}M`, 'bargaining power': bargainingPower, stays: false, 'payment ($)': Number.NaN }
  }),
)
printTable(rows)
console.log("What the numbers say: a hold-up succeeds whenever the partner's flag is worth more to the pivotal state")
console.log('than the demand. In 1951 the Truman administration wanted as many flags as possible "no matter the price",')
console.log('so it paid: a threat to withdraw is a bargaining move, and it works on a pivotal state that needs the flag.')
