import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { decodePartners, type Partner } from '../core/Partner.js'
import { NonNegative, decodeWith, nonEmpty, unknownKeys } from '../internal/decode.js'
import { claimsProblem } from '../claims/ClaimsProblem.js'
import { constrainedEqualAwards } from '../claims/constrainedEqualAwards.js'
import { constrainedEqualLosses } from '../claims/constrainedEqualLosses.js'
import { talmud } from '../claims/talmud.js'

/**
 * How a cost is divided among partners: `equal` shares; `proportional` to each partner's `troops` or
 * `gdp`; or a claims rule with those figures as the claims (each partner's capacity to pay), so that
 * no share exceeds its capacity: `constrainedEqualAwards` (equal shares, capped), `constrainedEqualLosses`
 * (what is left to each is equalized: the largest pay most) or `talmud`.
 *
 * @since 0.3.0
 * @category cost sharing
 */
export type BurdenRule =
  | { readonly rule: 'equal' }
  | { readonly rule: 'proportional' | 'constrainedEqualAwards' | 'constrainedEqualLosses' | 'talmud'; readonly by: 'troops' | 'gdp' }

/** @internal */
export const BurdenRuleCodec = t.union(
  [
    t.type({ rule: t.literal('equal') }),
    t.type({
      rule: t.keyof({ proportional: null, constrainedEqualAwards: null, constrainedEqualLosses: null, talmud: null }, "'proportional', 'constrainedEqualAwards', 'constrainedEqualLosses' or 'talmud'"),
      by: t.keyof({ troops: null, gdp: null }, "'troops' or 'gdp'"),
    }),
  ],
  "a rule { rule: 'equal' } or { rule, by: 'troops' | 'gdp' }",
)

const claimsRules = { constrainedEqualAwards, constrainedEqualLosses, talmud } as const

/** @internal The shares, for checked inputs; `path` names the sharers in messages. */
export const sharesOf = (rule: BurdenRule, cost: number, sharers: readonly Partner[], pathOf: (i: number) => string, path: string): E.Either<CoalitionError, Record<string, number>> => {
  const names = sharers.map((p) => p.name)
  const keyed = (xs: readonly number[]): Record<string, number> => Object.fromEntries(names.map((name, i) => [name, xs[i]!]))
  if (rule.rule === 'equal') return E.right(keyed(names.map(() => cost / names.length)))
  const by = rule.by
  const figures: number[] = []
  for (const [i, p] of sharers.entries()) {
    const x = p[by]
    if (x === undefined) return E.left(coalitionError('InvalidProblem', `${pathOf(i)}.${by}: sharing by ${by} needs every sharer's ${by}; "${p.name}" has none`))
    figures.push(x)
  }
  const total = figures.reduce((s, x) => s + x, 0)
  if (rule.rule === 'proportional') {
    if (!(total > 0)) return E.left(coalitionError('InvalidProblem', `${path}: sharing in proportion to ${by} needs a total ${by} above 0`))
    // Shares of the total first, so that figures near the largest double do not overflow.
    return E.right(keyed(figures.map((x) => cost * (x / total))))
  }
  const problem = claimsProblem({ estate: cost, claims: figures, players: names })
  if (E.isLeft(problem))
    return E.left(coalitionError('Infeasible', `${path}: the cost ${cost} exceeds the sharers' total ${by} ${total}, so a claims rule cannot divide it; share in proportion instead`))
  return E.right(keyed(claimsRules[rule.rule](problem.right)))
}

/**
 * Divides a cost among partners by a {@link BurdenRule}, keyed by partner name: the shares add up to
 * the cost. Partners are {@link Partner} records; only `name`, `troops` and `gdp` are read.
 *
 * @param rule - `{ rule: 'equal' }`, or `{ rule, by: 'troops' | 'gdp' }`
 * @returns a function of the cost and the partners giving each partner's share, or a
 *   `DecodeError`/`InvalidProblem` (a partner without the figure shared by), or `Infeasible` when a
 *   claims rule is asked to divide more than the partners' capacities add up to
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { costShares } from 'coalitions/burden'
 *
 * const partners = [{ name: 'A', gdp: 600 }, { name: 'B', gdp: 300 }, { name: 'C', gdp: 100 }]
 * const byGdp = costShares({ rule: 'proportional', by: 'gdp' })(90, partners)
 * assert.ok(E.isRight(byGdp))
 * assert.deepStrictEqual(byGdp.right, { A: 54, B: 27, C: 9 })
 * // Constrained equal losses on GDP: what each has left is equalized, so the largest pays most.
 * const cel = costShares({ rule: 'constrainedEqualLosses', by: 'gdp' })(600, partners)
 * assert.ok(E.isRight(cel))
 * assert.deepStrictEqual(cel.right, { A: 450, B: 150, C: 0 })
 * ```
 *
 * @see Thomson, "Axiomatic and game-theoretic analysis of bankruptcy and taxation problems: a survey", *Mathematical Social Sciences* 45 (2003): claims rules as taxation rules.
 * @see Olson & Zeckhauser, "An economic theory of alliances", *Review of Economics and Statistics* 48 (1966).
 * @since 0.3.0
 * @category cost sharing
 */
export const costShares =
  (rule: BurdenRule) =>
  (cost: number, partners: readonly Partner[]): E.Either<CoalitionError, Readonly<Record<string, number>>> => {
    const r = decodeWith(BurdenRuleCodec, 'rule')(rule)
    if (E.isLeft(r)) return r
    const c = decodeWith(NonNegative, 'cost')(cost)
    if (E.isLeft(c)) return c
    const strays = unknownKeys(rule, ['rule', 'by'], 'rule')
    if (strays.length > 0) return E.left(coalitionError('DecodeError', strays.join('\n')))
    const list = decodePartners(partners, 'partners')
    if (E.isLeft(list)) return list
    const empty = nonEmpty('partners', 'partner', (xs: readonly unknown[]) => xs)(list.right)
    if (E.isLeft(empty)) return empty
    return sharesOf(r.right as BurdenRule, c.right, list.right, (i) => `partners[${i}]`, 'partners')
  }
