// Cookbook: NATO burden sharing à la Olson and Zeckhauser (1966). The seeds carry no NATO budget data,
// so the twelve incomes below are stylized (one large ally, several middle ones, many small), not data.
// Run: npx tsx examples/nato-burden.ts
import { either as E } from 'fp-ts'
import { disproportionality, lindahl, olsonZeckhauser } from '../src/index.js' // in your project: from 'coalitions'
import { printTable } from './support/table.js'

const incomes = [100, 80, 60, 50, 40, 30, 25, 20, 15, 10, 8, 5]
const alpha = 0.3 // the share of income each ally would spend on defence if it were alone
const nash = olsonZeckhauser({ incomes, alpha })
const efficient = lindahl({ incomes, alpha })
if (E.isRight(nash) && E.isRight(efficient)) {
  const total = incomes.reduce((s, x) => s + x, 0)
  const c = nash.right.contributions
  console.log('Who pays for the common defence (Nash equilibrium of voluntary contributions):')
  printTable(incomes.map((y, i) => ({ ally: i + 1, income: y, 'income share': (y / total).toFixed(3), 'burden share': (c[i]! / nash.right.total).toFixed(3), 'defence / income': (c[i]! / y).toFixed(3) })))
  console.log(`Defence provided: ${nash.right.total.toFixed(2)} in equilibrium against ${efficient.right.total.toFixed(2)} at the Lindahl (efficient) level.`)
  const test = disproportionality({ gdp: incomes, burden: c.map((x, i) => x / incomes[i]!) })
  const payers = c.filter((x) => x > 0).length
  const big = c.slice(0, payers).reduce((s, x) => s + x, 0) / nash.right.total
  console.log(`\nWhat the numbers say: only ${payers} of ${incomes.length} allies contribute; they carry ${(big * 100).toFixed(0)}% of the burden with`)
  console.log(`${((incomes.slice(0, payers).reduce((s, x) => s + x, 0) / total) * 100).toFixed(0)}% of the income, and the alliance buys ${((nash.right.total / efficient.right.total) * 100).toFixed(0)}% of the defence it would jointly want.`)
  if (E.isRight(test)) {
    const { rho, pValue, method } = test.right
    console.log(`Income and defence/income are rank-correlated (Spearman ρ = ${rho.toFixed(3)}, p = ${pValue.toExponential(2)}, ${method}):`)
    console.log(
      pValue < 0.05
        ? 'the large allies spend a larger share of their income, the "exploitation of the great by the small" Olson and Zeckhauser predicted.'
        : 'the test cannot tell this pattern from chance at the 5% level with these allies.',
    )
  }
}
