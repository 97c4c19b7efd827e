// Every examples/*.ts runs here (`npm run demo` is examples/quickstart.ts), so no example can rot: each
// must finish without an error or a NaN, and print the numbers its page promises.
import { readdirSync } from 'node:fs'
import { format } from 'node:util'
import { describe, expect, it, vi } from 'vitest'

const run = async (name: string): Promise<string[]> => {
  const out: string[] = []
  const spies = [
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(format(...a))),
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(`ERROR ${format(...a)}`)),
  ]
  try {
    await import(`../examples/${name}.ts`)
  } finally {
    spies.forEach((s) => s.mockRestore())
  }
  return out
}

// What each example must print: figures from the seeds, or computed here independently.
const promises: Record<string, (string | RegExp)[]> = {
  quickstart: ['core non-empty: true', '  each permanent member: 0.1963 (421/2145); 0.1669', '  U.S. troops still needed: 3,000; total cost $98.13M a year against $195.00M alone', /^Sources: Henke, "Buying allies/m],
  'korea-vietnam': [
    new RegExp(`^Colombia \\(Korea\\) +${Math.round((500_000 * 12) / 1068).toLocaleString('en-US')}$`, 'm'), // $500,000 a month for 1,068 troops
    'Cost with allies: $98.13M a year; alone: $195.00M a year',
    '12,000 allied troops halved the yearly bill (50% of going alone). Henke\'s point: subsidizing',
  ],
  'gulf-war': [
    "  Infeasible: budget: the critical partners' payments total $18,600,000,000, above the budget of $16,000,000,000 by $2,600,000,000",
    '  paid from the fund: $11.5bn of $16bn',
    /in cash, the four critical partners cost \$18\.6bn, \$2\.6bn more than the \$16bn/,
  ],
  'turkey-2003': [
    '  total of the priced items: $8bn (plus a $34bn loan option and trade concessions)',
    // Uniform reservation on [2, 20] and value 16: offer (16 + 2)/2 = 9, accepted with (9 − 2)/18 = 0.39.
    '  best offer $9.0bn, accepted with probability 0.39',
    "With U.S. interest revealed: Turkey's price is $14bn: its $12bn reservation plus half the $4bn surplus.",
  ],
  'south-africa-1951': [/a transfer of \$52,553 a jet/, 'Demand for 50 jets (an assumption): $2,627,650'],
  unamid: [
    'Rwanda (3,430 troops): willing but inadequately resourced',
    '  reservation $0M; the U.S. pays $20M (subsidy $20M, side deal costing $0M); Rwanda receives $20M',
    '  reservation $30M; the U.S. pays $5M (subsidy $0M, side deal costing $5M); Nigeria receives $1000M',
  ],
  unsc: [/by Shapley–Shubik a permanent member holds 421\/2145 of the power and an elected/, /member 4\/2145: the five together hold 98\.1%/],
  // Agreement of the EU-27 indices with an independent meet-in-the-middle count is in test/voting/councils.test.ts.
  'eu-council': [
    /Germany holds 17\.56% of the power\nwith 18\.49% of the population, Malta 0\.86% with 0\.12%/,
    '(Germany, France, Italy, Spain, Poland) and the 21 smaller ones gain',
    'Montenegro 0.99%; Germany 17.56% → 16.93%',
  ],
  'nato-burden': [/only 2 of 12 allies contribute/, /the large allies spend a larger share of their income/],
  'exit-risk': [
    // Common front: S(365) = 0.9995^365; separate (hazard doubled on the cloglog scale): 0.9995^730.
    `Four partners (two per front): P(nobody leaves in a year) = ${(0.9995 ** 730 * 0.9995 ** 1460).toFixed(3)}`,
    /with a battlefield trend\): \d+\.\d% of common-front partners and \d+\.\d% of separate-front partners/,
  ],
  study: ['160 rows (20 points × 8 seeds) written to a CSV; its first lines:\npoint,seed,budget,separateHazard,expectedCost,pNoExit,expectedExits\n0,1965,0,1,'],
  'more-flags': [
    // $1 billion over the six years 1965–70, at the midpoint of $5,000–7,800 per soldier-year.
    `South Korea's troops, from $167M a year at $6400 per soldier-year: ${Math.round(1e9 / 6 / 6400).toLocaleString('en-US')}`,
    'Expected yearly cost to the United States: $',
    `, against $${((40_000 * 13_000) / 1e6).toFixed(0)}M alone`,
    /South Korea, on a separate front, is the partner most likely to leave\./,
  ],
}

// What each example printed, for the checks below (a module runs once per test file).
const printed = new Map<string, string>()

const examples = readdirSync(new URL('../examples/', import.meta.url)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3))

describe('examples/*.ts', () => {
  it('every example has its promises listed here', () => {
    expect(examples.sort()).toEqual(Object.keys(promises).sort())
  })
  it.each(examples)('%s runs, prints readable output without errors or NaN, and the numbers it promises', async (name) => {
    const out = await run(name)
    const text = out.join('\n')
    printed.set(name, text)
    expect(out.length).toBeGreaterThan(3)
    expect(text).not.toMatch(/ERROR|NaN|undefined/)
    expect(text).toMatch(/What the numbers say|core non-empty/)
    for (const p of promises[name] ?? []) typeof p === 'string' ? expect(text).toContain(p) : expect(text).toMatch(p)
  })
})

describe('examples/more-flags.ts, against a closed form', () => {
  it('P(a plan with four flags) is P(at least four of the five willing): the budget buys any four (Poisson-binomial, within 5 standard errors of 20,000 runs)', async () => {
    const text = printed.get('more-flags') ?? (await run('more-flags')).join('\n')
    const p = Number(/P\(a plan with four flags within the budget\): (\d\.\d+)/.exec(text)![1])
    // Join probabilities of the recipe's logit: −0.5 + 1.6·allianceTies + 0.8·homeRegion.
    const logistic = (x: number) => 1 / (1 + Math.exp(-x))
    const q = [logistic(1.9), logistic(1.9), logistic(1.1), logistic(1.1), logistic(-0.5)]
    let atLeastFour = 0
    for (let mask = 0; mask < 32; mask++) {
      const size = q.filter((_, i) => mask & (1 << i)).length
      if (size >= 4) atLeastFour += q.reduce((s, qi, i) => s * (mask & (1 << i) ? qi : 1 - qi), 1)
    }
    expect(Math.abs(p - atLeastFour)).toBeLessThanOrEqual(5 * Math.sqrt((atLeastFour * (1 - atLeastFour)) / 20_000) + 5e-4)
  })
})
