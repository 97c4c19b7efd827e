import type { SoldierCost } from './PaymentCase.js'

const own = (id: string, country: string, usdPerYear: number, year: number, quote: string): SoldierCost => ({
  id, country, kind: 'own soldier', usdPerYear, usdPerYearHigh: undefined, years: { from: year, to: year }, source: 'Gaibulloev et al., cited by Henke (2019)', quote,
})

/**
 * The per-soldier cost figures in Henke (2019): what a soldier costs its own government a year (the
 * United States today and in the Vietnam War, Canada, France, Italy, Bangladesh, Ghana, India), and
 * what the United States paid per foreign soldier a year (South Korea in Vietnam, a range; Iraq
 * 2003–06 and ISAF 2010–15, derived in the article from total payments). US dollars as printed.
 * Frozen.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { soldierCostPerYear } from 'coalitions/data'
 * import { US_COST_PER_SOLDIER } from 'coalitions/recruitment'
 *
 * const us = soldierCostPerYear.find((c) => c.id === 'us')!
 * assert.equal(us.usdPerYear, US_COST_PER_SOLDIER) // recruit's default
 * // An Indian soldier costs India about 1/14 of what a US soldier costs the United States.
 * const india = soldierCostPerYear.find((c) => c.id === 'india')!
 * assert.equal(Math.round(us.usdPerYear / india.usdPerYear), 14)
 * ```
 *
 * @see Henke, "Buying allies", *International Security* 43 (2019).
 * @see Gaibulloev, George, Sandler & Shimizu, "Personnel contributions to UN and non-UN peacekeeping missions", *Journal of Conflict Resolution* 59 (2015).
 * @since 0.1.0
 * @category data
 */
export const soldierCostPerYear: readonly SoldierCost[] = Object.freeze(
  [
    {
      id: 'us', country: 'United States', kind: 'own soldier', usdPerYear: 138_465, usdPerYearHigh: undefined, years: undefined, source: 'Gaibulloev et al., cited by Henke (2019)',
      quote: 'Today, according to Khusrav Gaibulloev et al., a U.S. soldier costs the U.S. government about $138,465 per year',
    },
    own('canada', 'Canada', 137_054, 2011, 'Similar numbers are estimated for Canada ($137,054 in 2011)'),
    own('france', 'France', 119_273, 2009, 'France ($119,273 in 2009)'),
    own('italy', 'Italy', 156_181, 2011, 'Italy ($156,181 in 2011)'),
    own('bangladesh', 'Bangladesh', 4553, 2009, 'annual costs for a Bangladeshi soldier amount to $4,553 per year (in 2009)'),
    own('ghana', 'Ghana', 5555, 2012, 'for a Ghanaian soldier to $5,555 per year (in 2012)'),
    own('india', 'India', 9768, 2012, 'for an Indian soldier to $9,768 per year (in 2012)'),
    {
      id: 'us-vietnam', country: 'United States', kind: 'own soldier', usdPerYear: 13_000, usdPerYearHigh: undefined, years: undefined, source: 'Henke (2019), on the Vietnam War',
      quote: 'During the Vietnam War, the deployment of a U.S. soldier cost the U.S. government about $13,000 per year',
    },
    {
      id: 'south-korea-vietnam-subsidy', country: 'South Korea', kind: 'subsidy per foreign soldier', usdPerYear: 5000, usdPerYearHigh: 7800, years: undefined, source: 'Henke (2019), on the Vietnam War',
      quote: 'U.S. subsidies for South Korea amounted to $5,000–$7,800 per soldier per year',
    },
    {
      id: 'iraq-payment', country: 'coalition members in Iraq', kind: 'payment per foreign soldier', usdPerYear: 17_135, usdPerYearHigh: undefined, years: { from: 2003, to: 2006 }, source: 'Henke (2019), from U.S. reimbursements 2003–06',
      quote: 'This amounts to roughly $17,135 per foreign solider per year deployed to Iraq, though some countries received more while others received none',
    },
    {
      id: 'isaf-payment', country: 'coalition members in ISAF', kind: 'payment per foreign soldier', usdPerYear: 85_246, usdPerYearHigh: undefined, years: { from: 2010, to: 2015 }, source: 'Henke (2019), from U.S. payments 2010–15',
      quote: 'This amounts to an average of $85,246 per soldier/year deployed to Afghanistan during the same time period',
    },
  ].map((c) => Object.freeze({ ...c, years: c.years && Object.freeze(c.years) }) as SoldierCost),
)

/**
 * Radosław Sikorski's 2004 estimate, reported by Henke (2019), of what the Polish contingent in Iraq
 * saved the United States a year, in US dollars. Set it beside what the United States paid Poland
 * (`paymentCases`, id `iraq-poland`: slightly less than $1 billion over March 2003–March 2007).
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { SIKORSKI_SAVING_PER_YEAR, paymentCases } from 'coalitions/data'
 *
 * const poland = paymentCases.find((c) => c.id === 'iraq-poland')!
 * const paidPerYear = poland.amountUSD! / 4 // at most: "slightly less" than $1 billion over four years
 * assert.ok(paidPerYear < SIKORSKI_SAVING_PER_YEAR.usd / 3)
 * ```
 *
 * @see Henke, "Buying allies", *International Security* 43 (2019).
 * @since 0.1.0
 * @category data
 */
export const SIKORSKI_SAVING_PER_YEAR: { readonly usd: number; readonly year: number; readonly quote: string } = Object.freeze({
  usd: 900e6,
  year: 2004,
  quote: 'In 2004, Polish Foreign Minister Radosław Sikorski came to the same conclusion. He estimated that the Polish contingent serving in Iraq saved the United States $900 million annually',
})
