import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { SIKORSKI_SAVING_PER_YEAR, paymentCases, soldierCostPerYear, type PaymentCase } from '../../src/data/index.js'
import { loadLpSolver } from '../../src/index.js'
import { US_COST_PER_SOLDIER, recruit } from '../../src/recruitment/index.js'
import { right } from '../helpers.js'

// Every quote was checked, once, to stand verbatim (whitespace collapsed; excerpts split at " … ") in
// ../shared/seeds/004 (Henke 2019); the seeds are not shipped, so that check is not repeated here.

const grouped = (x: number) => x.toLocaleString('en-US')
/** The ways the seed prints a dollar amount: $500,000 · $9.13 million · $1.5 billion · $1 billion. */
const dollarForms = (x: number): string[] => [`$${grouped(x)}`, `$${x / 1e6} million`, `$${x / 1e9} billion`]
/** The ways it prints a troop number: 1,068 · 2,000-man · 663-strong · 1,400-troop. */
const troopForms = (x: number): string[] => [grouped(x), String(x)]
const byId = (id: string): PaymentCase => {
  const c = paymentCases.find((r) => r.id === id)
  if (c === undefined) throw new Error(`no case ${id}`)
  return c
}

describe('paymentCases (Henke 2019)', () => {
  it('holds every episode, once, across the operations the article covers', () => {
    expect(paymentCases.length).toBe(59)
    expect(new Set(paymentCases.map((c) => c.id)).size).toBe(paymentCases.length)
    const operations = new Set(paymentCases.map((c) => c.operation.split(' (')[0]))
    for (const op of ['Korean War', 'Vietnam War', 'Gulf War', 'Iraq War', 'ISAF', 'KFOR', 'UNAMID', 'AMISOM', 'ECOMOG', 'UNAMIR', 'UNTAET', 'UNOSOM', 'EUFOR Chad/CAR'])
      expect(operations.has(op), op).toBe(true)
  })
  it.each(paymentCases.map((c) => [c.id, c] as const))('%s: its troops and amount appear in its quote, and so does every figure in paidFor', (_, c) => {
    if (c.troops !== undefined) expect(troopForms(c.troops).some((f) => c.quote.includes(f)), `${c.troops} in "${c.quote}"`).toBe(true)
    if (c.amountUSD !== undefined) expect(dollarForms(c.amountUSD).some((f) => c.quote.includes(f)), `${c.amountUSD} in "${c.quote}"`).toBe(true)
    for (const figure of c.paidFor.match(/\$\d{1,3}(?:,\d{3})*(?:\.\d+)?(?: (?:million|billion))?|\d+(?:\.\d+)?(?= percent)/g) ?? []) expect(c.quote, figure).toContain(figure)
  })
  it('unknown is undefined, never 0; amounts positive with a basis; years in order; types from the model', () => {
    for (const c of paymentCases) {
      expect(c.troops === undefined || (Number.isSafeInteger(c.troops) && c.troops > 0)).toBe(true)
      expect(c.amountUSD === undefined || (Number.isFinite(c.amountUSD) && c.amountUSD > 0)).toBe(true)
      expect(c.basis === undefined).toBe(c.amountUSD === undefined)
      if (c.years !== undefined) expect(c.years.from <= c.years.to && c.years.from >= 1950 && c.years.to <= 2016).toBe(true)
      expect(['subsidy', 'side deal', 'both']).toContain(c.instrument)
      expect(['received', 'offered', 'sought']).toContain(c.status)
      expect([undefined, 'critical contributor', 'willing but inadequately resourced', 'opportunistic']).toContain(c.recipientType)
      expect(c.quote.length).toBeGreaterThan(40)
    }
  })
  it('records the recipient types Henke states, and only those', () => {
    const typed = Object.fromEntries(paymentCases.filter((c) => c.recipientType !== undefined).map((c) => [c.id, c.recipientType]))
    expect(typed['korea-colombia']).toBe('willing but inadequately resourced')
    for (const id of ['gulf-egypt-debt', 'gulf-syria', 'gulf-jordan', 'gulf-turkey', 'iraq-turkey-offer']) expect(typed[id]).toBe('critical contributor')
    for (const id of ['korea-australia', 'korea-new-zealand', 'korea-thailand', 'iraq-poland']) expect(typed[id]).toBe('opportunistic')
    // Each stated type is in the words of its quote.
    for (const c of paymentCases.filter((r) => r.recipientType !== undefined))
      expect(c.quote.toLowerCase(), c.id).toMatch(c.recipientType === 'opportunistic' ? /opportunistic/ : c.recipientType === 'critical contributor' ? /critical contributor/ : /willing but inadequately resourced/)
  })
  it('is frozen to the last field', () => {
    expect(Object.isFrozen(paymentCases)).toBe(true)
    for (const c of paymentCases) {
      expect(Object.isFrozen(c)).toBe(true)
      if (c.years !== undefined) expect(Object.isFrozen(c.years)).toBe(true)
    }
    expect(() => {
      ;(paymentCases as PaymentCase[]).push(paymentCases[0]!)
    }).toThrow(TypeError)
  })
})

describe('soldierCostPerYear (Henke 2019, citing Gaibulloev et al.)', () => {
  it('every figure appears in its quote', () => {
    expect(soldierCostPerYear.map((c) => c.id)).toEqual(['us', 'canada', 'france', 'italy', 'bangladesh', 'ghana', 'india', 'us-vietnam', 'south-korea-vietnam-subsidy', 'iraq-payment', 'isaf-payment'])
    for (const c of soldierCostPerYear) {
      expect(c.quote, c.id).toContain(`$${grouped(c.usdPerYear)}`)
      if (c.usdPerYearHigh !== undefined) expect(c.quote).toContain(`$${grouped(c.usdPerYearHigh)}`)
      if (c.years !== undefined && c.kind === 'own soldier') expect(c.quote).toContain(`in ${c.years.from}`)
      expect(Object.isFrozen(c)).toBe(true)
    }
  })
  it('the US figure is recruit’s default cost per soldier', () => {
    expect(soldierCostPerYear.find((c) => c.id === 'us')!.usdPerYear).toBe(US_COST_PER_SOLDIER)
  })
})

describe('the economics the seed reports, reproduced from the dataset', () => {
  const cost = (id: string) => soldierCostPerYear.find((c) => c.id === id)!
  it('Vietnam: a US soldier at $13,000 a year against $5,000–7,800 per subsidized South Korean soldier; Thailand and the Philippines cheaper still', () => {
    const us = cost('us-vietnam').usdPerYear
    const korea = cost('south-korea-vietnam-subsidy')
    expect(korea.usdPerYearHigh!).toBeLessThan(us)
    expect(us / korea.usdPerYearHigh!).toBeCloseTo(1.667, 3) // a US soldier cost at least 1.67 subsidized South Koreans
    const thailand = byId('vietnam-thailand')
    const philippines = byId('vietnam-philippines')
    expect(thailand.amountUSD! / thailand.troops!).toBe(5000)
    expect(philippines.amountUSD! / philippines.troops!).toBe(4565)
    expect(Math.max(thailand.amountUSD! / thailand.troops!, philippines.amountUSD! / philippines.troops!)).toBeLessThanOrEqual(korea.usdPerYear)
  })
  it('Vietnam through recruit: buying Thailand’s and the Philippines’ 12,000 troops at their printed prices costs $59.13M a year against $156M for US troops', async () => {
    const lp = await loadLpSolver()
    const asCandidate = (c: PaymentCase) => ({ name: c.recipient, troops: c.troops!, deploymentCost: c.amountUSD!, ownBenefit: 0 })
    const plan = right(
      recruit(lp)({
        pivotal: { budget: 100e6, costPerSoldier: cost('us-vietnam').usdPerYear },
        requirements: { troops: 12_000 },
        candidates: [asCandidate(byId('vietnam-thailand')), asCandidate(byId('vietnam-philippines'))],
      }),
    )
    expect(plan.members.map((m) => [m.name, m.payment])).toEqual([['Thailand', 50e6], ['Philippines', 9.13e6]])
    expect(plan.ownTroops).toBe(0)
    expect(plan.totalPayments).toBe(59.13e6)
    expect(plan.unilateralCost).toBe(12_000 * 13_000)
  })
  it('Sikorski: the Polish contingent saved the US $900M a year, while the US paid Poland under $1B over four years', () => {
    const poland = byId('iraq-poland')
    expect(poland.years).toEqual({ from: 2003, to: 2007 })
    const paidPerYear = poland.amountUSD! / (poland.years!.to - poland.years!.from) // an upper bound: "slightly less than $1 billion", March 2003–March 2007
    expect(paidPerYear).toBe(250e6)
    expect(SIKORSKI_SAVING_PER_YEAR.usd).toBe(900e6)
    expect(SIKORSKI_SAVING_PER_YEAR.quote).toContain('$900 million annually')
    expect(paidPerYear / SIKORSKI_SAVING_PER_YEAR.usd).toBeLessThan(0.28)
  })
  it('Iraq and ISAF: a paid foreign soldier-year cost the US 12% and 62% of one of its own', () => {
    const us = cost('us').usdPerYear
    expect(cost('iraq-payment').usdPerYear / us).toBeCloseTo(0.124, 3)
    expect(cost('isaf-payment').usdPerYear / us).toBeCloseTo(0.616, 3)
    // And a Bangladeshi, Ghanaian or Indian soldier costs its own government less than a tenth of a US one.
    for (const id of ['bangladesh', 'ghana', 'india']) expect(cost(id).usdPerYear / us).toBeLessThan(0.1)
  })
  it('recruit on every episode with troops and a per-year or total amount never pays more than a budget set below their sum', async () => {
    const lp = await loadLpSolver()
    const priced = paymentCases.filter((c) => c.troops !== undefined && c.amountUSD !== undefined)
    expect(priced.length).toBeGreaterThanOrEqual(8)
    const candidates = priced.map((c) => ({ name: c.id, troops: c.troops!, deploymentCost: c.amountUSD!, ownBenefit: 0 }))
    const total = candidates.reduce((s, c) => s + c.deploymentCost, 0)
    const r = recruit(lp)({ pivotal: { budget: total / 2 }, requirements: { troops: 20_000 }, candidates })
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      expect(r.right.totalPayments).toBeLessThanOrEqual(total / 2)
      expect(r.right.partnerTroops + r.right.ownTroops).toBeGreaterThanOrEqual(20_000)
    }
  })
})
