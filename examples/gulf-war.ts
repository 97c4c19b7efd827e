// Cookbook: the Gulf War's critical contributors — Egypt, Syria, Jordan and Turkey.
// Figures from coalitions/data (Henke 2019). Run: npx tsx examples/gulf-war.ts
import { either as E } from 'fp-ts'
import { loadLpSolver, paymentCases, recruit, type Candidate } from '../src/index.js' // in your project: from 'coalitions'
import { printTable } from './support/table.js'

const gulf = paymentCases.filter((c) => c.operation === 'Gulf War')
console.log('What the Gulf War coalition paid, as Henke prints it:')
printTable(gulf.map((c) => ({ recipient: c.recipient, 'US$ bn': c.amountUSD === undefined ? '—' : c.amountUSD / 1e9, instrument: c.instrument, type: c.recipientType ?? '—', for: c.paidFor.length > 40 ? `${c.paidFor.slice(0, 39)}…` : c.paidFor })))

const fund = gulf.find((c) => c.id === 'gulf-all')!.amountUSD! // "more than $16 billion" collected from Germany, Japan, Kuwait, Saudi Arabia
const amount = (id: string) => gulf.find((c) => c.id === id)!.amountUSD!
// Each critical partner's price is what it received; the pivotal state must take them all.
const critical = (name: string, price: number, troops: number, sideDeal?: Candidate['sideDeal']): Candidate => ({
  name, troops, deploymentCost: price, ownBenefit: 0, critical: true, ...(sideDeal === undefined ? {} : { sideDeal }),
})
const lp = await loadLpSolver()
const solve = (egypt: Candidate) =>
  recruit(lp)({
    pivotal: { budget: fund, costPerSoldier: 138_465 },
    requirements: { troops: 0 },
    candidates: [egypt, critical('Syria', amount('gulf-syria'), 0), critical('Jordan', amount('gulf-jordan'), 0), critical('Turkey', amount('gulf-turkey'), 0)],
  })

// 1. Pay everyone in cash from the fund: the critical partners cost more than the fund holds.
const cash = solve(critical('Egypt', amount('gulf-egypt-debt'), 33_600))
console.log('\nIf Egypt had been paid $7.1bn in cash from the fund:')
console.log(E.isLeft(cash) ? `  ${cash.left._tag}: ${cash.left.message}` : '  feasible')

// 2. Pay Egypt by a side deal: forgiving its $7.1bn debt is worth $7.1bn to Egypt but draws nothing
// from the fund (an assumption of this recipe: the write-off is carried on the Treasury's books).
const debt = solve(critical('Egypt', amount('gulf-egypt-debt'), 33_600, { valueToRecipient: amount('gulf-egypt-debt'), costToPivotal: 0 }))
if (E.isRight(debt)) {
  const p = debt.right
  console.log('\nWith Egypt paid by debt forgiveness (a side deal):')
  printTable(p.members.map((m) => ({ partner: m.name, 'cash from fund ($bn)': m.subsidy / 1e9, 'side deal cost ($bn)': m.sideDeal / 1e9, 'received ($bn)': m.received / 1e9, type: m.recipientType })))
  console.log(`  paid from the fund: $${(p.totalPayments / 1e9).toFixed(1)}bn of $${fund / 1e9}bn`)
}
const inCash = ['gulf-egypt-debt', 'gulf-syria', 'gulf-jordan', 'gulf-turkey'].reduce((s, id) => s + amount(id), 0)
console.log(`\nWhat the numbers say: in cash, the four critical partners cost $${(inCash / 1e9).toFixed(1)}bn, $${((inCash - fund) / 1e9).toFixed(1)}bn more than the $${fund / 1e9}bn`)
console.log('the United States collected. A side deal that is cheap to give and dear to receive, such as Egypt\'s')
console.log('debt write-off, is what made the package fit: critical contributors are bought with side deals.')
