/**
 * The types of the case dataset.
 *
 * @module
 */
import type { RecipientType } from '../recruitment/Candidate.js'

/**
 * How a payment was made, in Henke's terms: a **subsidy** covers the deployment's own costs
 * (transport, equipment, allowances, training); a **side deal** pays in something else (debt relief,
 * aid, trade terms, a diplomatic pledge); **both** when one episode mixed them.
 *
 * @since 0.1.0
 * @category data
 */
export type Instrument = 'subsidy' | 'side deal' | 'both'

/**
 * What an amount measures: a total over the episode, or a rate per year, month or item.
 *
 * @since 0.1.0
 * @category data
 */
export type AmountBasis = 'total' | 'per year' | 'per month' | 'per item'

/**
 * One payment episode from Henke (2019), as printed there. Nothing is filled in from elsewhere:
 * whatever the seed does not state is `undefined` (never 0), amounts are nominal US dollars as
 * printed, and `quote` holds the words the record rests on (excerpts joined by " … "), so every
 * figure can be checked against it.
 *
 * @since 0.1.0
 * @category data
 */
export interface PaymentCase {
  /** A stable identifier, `operation-recipient[-what]`. */
  readonly id: string
  /** The operation or war. */
  readonly operation: string
  /** The years of the payment as the seed gives them (a fiscal year counts as its year); `undefined` when it gives none. */
  readonly years: { readonly from: number; readonly to: number } | undefined
  /** Who paid (or arranged the payment). */
  readonly payer: string
  /** Who was paid. */
  readonly recipient: string
  /** Troops the recipient deployed, as printed (approximate figures as given); `undefined` when not stated. */
  readonly troops: number | undefined
  /** The amount in US dollars, as printed; `undefined` when the seed gives no figure. */
  readonly amountUSD: number | undefined
  /** What `amountUSD` measures; `undefined` when there is no amount. */
  readonly basis: AmountBasis | undefined
  /** What the payment bought or consisted of, in the seed's terms. */
  readonly paidFor: string
  readonly instrument: Instrument
  /**
   * How far the seed takes it: `received` (paid or granted), `offered` (an offer the seed reports,
   * not its delivery), or `sought` (the recipient's demand or hope; the seed does not say it was met).
   */
  readonly status: 'received' | 'offered' | 'sought'
  /** Henke's recipient type where the seed states one; `undefined` otherwise. */
  readonly recipientType: RecipientType | undefined
  /** The seed's words (excerpts joined by " … "). */
  readonly quote: string
}

/**
 * A per-soldier cost figure from Henke (2019): what a soldier of a given country costs its own
 * government a year, or what a pivotal state paid per foreign soldier a year.
 *
 * @since 0.1.0
 * @category data
 */
export interface SoldierCost {
  /** A stable identifier. */
  readonly id: string
  /** Whose soldiers. */
  readonly country: string
  /** `own soldier`: the country's cost for one of its own; `subsidy`/`payment per foreign soldier`: what a pivotal state paid per partner soldier. */
  readonly kind: 'own soldier' | 'subsidy per foreign soldier' | 'payment per foreign soldier'
  /** US dollars per soldier-year, as printed (the low end of a printed range). */
  readonly usdPerYear: number
  /** The high end of a printed range; `undefined` for a single figure. */
  readonly usdPerYearHigh: number | undefined
  /** The year or period of the figure, where the seed gives one. */
  readonly years: { readonly from: number; readonly to: number } | undefined
  /** Who estimated it, where the seed says. */
  readonly source: string
  /** The seed's words. */
  readonly quote: string
}
