import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { Label, NonNegative, Probability, decodeWith, nonEmpty } from '../internal/decode.js'
import { inverseLink, linkOf } from '../internal/link.js'
import { clampedDistribution, leaveOneOutTails } from './distribution.js'
import { MAX_CELLS, RequirementCodec, tooFine, unitsOf, type Requirement } from './requirement.js'
import { maxOf } from '../internal/arrays.js'

/**
 * A candidate whose decision to join responds to payment: with payment x its probability is
 * logistic(logit(probability) + paymentEffect · x), so `paymentEffect` is the logit coefficient of
 * payment (per unit of money; e.g. from {@link fitLogit} with a payment covariate).
 *
 * @since 0.1.0
 * @category payments
 */
export interface PayableCandidate {
  readonly name: string
  /** P(join) without payment. A probability of 0 or 1 does not move with payment. */
  readonly probability: number
  /** The logit coefficient of payment (≥ 0: payments never lower the probability). */
  readonly paymentEffect: number
  /** Troops it would send (needed for a troop requirement). */
  readonly troops?: number
  /** The most it may be paid (default: the whole budget). */
  readonly maxPayment?: number
}

/**
 * The problem {@link allocatePayments} solves.
 *
 * @since 0.1.0
 * @category payments
 */
export interface PaymentAllocationProblem {
  /** What the pivotal state may pay in total. */
  readonly budget: number
  readonly requirement: Requirement
  readonly candidates: readonly PayableCandidate[]
  /** The budget is paid out in `steps` equal increments (default 100, at most 10,000). */
  readonly steps?: number
}

/**
 * An allocation of a payment budget across candidates.
 *
 * @since 0.1.0
 * @category payments
 */
export interface PaymentAllocation {
  /** Every candidate, in input order, with its payment and its join probability before and after. */
  readonly members: readonly { readonly name: string; readonly payment: number; readonly baseline: number; readonly probability: number }[]
  /** Σ payments, never more than the budget. */
  readonly totalPayments: number
  /** P(requirement met) with the payments. */
  readonly probability: number
  /** P(requirement met) without payments. */
  readonly baselineProbability: number
}

/** The most cells the greedy steps may rebuild in all (a few seconds of work). */
const MAX_STEP_CELLS = 1_000_000_000

/** The most distribution cells the local search may evaluate (about a second of work). */
const POLISH_CELLS = 200_000_000

const Steps = t.refinement(t.number, (k) => Number.isSafeInteger(k) && k >= 1 && k <= 10_000, 'a whole number of steps in [1, 10000]')
const CandidateCodec = t.intersection(
  [
    t.type({ name: Label, probability: Probability, paymentEffect: NonNegative }),
    t.partial({ troops: NonNegative, maxPayment: NonNegative }),
  ],
  'a candidate { name, probability, paymentEffect, troops?, maxPayment? }',
)
const Codec = t.intersection(
  [t.type({ budget: NonNegative, requirement: RequirementCodec, candidates: t.array(CandidateCodec) }), t.partial({ steps: Steps })],
  'an object { budget, requirement, candidates, steps? }',
)

/**
 * Spends a payment budget so as to raise the probability that the coalition meets its requirement
 * (at least `size` partners, or `troops` soldiers), when payments raise each candidate's join
 * probability along its logit. The budget is cut into `steps` equal increments and each goes to the
 * candidate where it raises P(requirement met) the most, evaluated exactly (the Poisson-binomial
 * recursion with leave-one-out tails); allocation stops when no increment helps. A local search then
 * moves increments between candidates (one at a time, or all that one candidate holds) while a move
 * raises the probability, within a fixed amount of work (2·10⁸ distribution cells: large troop
 * requirements may stop it early).
 *
 * This is a heuristic, not a proven optimum: P(requirement met) is neither concave nor separable in
 * the payments. When every candidate is needed the greedy steps alone reach the best plan on the grid
 * (the objective is then log-concave and separable); on random problems of 3–4 candidates and 10 steps
 * the plan was the best one on the grid in 987 of 1,000 cases, and at most 0.045 below it.
 *
 * What is guaranteed: no payment exceeds the candidate's `maxPayment` or the budget, the total never
 * exceeds the budget, and no candidate's probability falls below its unpaid one, so neither does
 * P(requirement met). A requirement that all candidates together cannot meet is an `Infeasible` error.
 *
 * @param problem - `{ budget, requirement, candidates, steps? }`
 * @returns the allocation, or a `DecodeError`/`InvalidProblem`/`Infeasible`/`TooLarge` (more than
 * 2,000,000 cells of candidates × requirement, or more than 10⁹ of steps × cells)
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { allocatePayments } from 'coalitions/participation'
 *
 * // Two partners needed out of three; $10M to spend; payments move B most (per dollar).
 * const plan = allocatePayments({
 *   budget: 10e6,
 *   requirement: { size: 2 },
 *   candidates: [
 *     { name: 'A', probability: 0.9, paymentEffect: 0 },
 *     { name: 'B', probability: 0.3, paymentEffect: 4e-7 },
 *     { name: 'C', probability: 0.3, paymentEffect: 1e-7 },
 *   ],
 * })
 * assert.ok(E.isRight(plan))
 * assert.ok(plan.right.totalPayments <= 10e6)
 * assert.equal(plan.right.members[0]!.payment, 0) // A cannot be moved
 * assert.ok(plan.right.members[1]!.payment > plan.right.members[2]!.payment)
 * assert.ok(plan.right.probability > plan.right.baselineProbability)
 * ```
 *
 * @see Henke, "Buying allies", *International Security* 43 (2019): payments buy participation.
 * @see Tago, "Why do states join US-led military coalitions?", *International Relations of the Asia-Pacific* 7 (2007).
 * @since 0.1.0
 * @category payments
 */
export const allocatePayments = (problem: PaymentAllocationProblem): E.Either<CoalitionError, PaymentAllocation> =>
  E.flatMap(({ budget, requirement, candidates, steps = 100 }: t.TypeOf<typeof Codec>): E.Either<CoalitionError, PaymentAllocation> => {
    const n = candidates.length
    // One pass with a map (comparing every pair took 16.5 s at 40,000 candidates).
    const firstAt = new Map<string, number>()
    for (const [i, c] of candidates.entries()) {
      if (firstAt.has(c.name)) return E.left(coalitionError('InvalidProblem', `candidates[${i}].name: "${c.name}" appears twice`))
      firstAt.set(c.name, i)
    }
    const grid = unitsOf(requirement, candidates.map((c) => c.troops))
    if (E.isLeft(grid)) return grid
    const { units, target, offered, wanted, unit } = grid.right
    if (offered < wanted)
      return E.left(
        coalitionError(
          'Infeasible',
          'size' in requirement
            ? `requirement.size: ${wanted} partners wanted but there are only ${n} candidates`
            : `requirement.troops: ${wanted} troops wanted but the candidates together offer ${offered}, ${wanted - offered} short`,
        ),
      )
    // Each greedy step rebuilds prefix and suffix distributions of (n + 1) × (target + 1) cells.
    const cells = (n + 1) * (target + 1)
    if (cells > MAX_CELLS) return E.left(tooFine(n, target, MAX_CELLS, 'troops' in requirement, unit))
    if (steps * cells > MAX_STEP_CELLS)
      return E.left(coalitionError('TooLarge', `steps: ${steps} steps on a grid of ${cells} cells is too much work (steps × cells at most ${MAX_STEP_CELLS}); use at most ${Math.max(1, Math.floor(MAX_STEP_CELLS / cells))} steps`))
    // The most increments candidate i may take, so that k · budget / steps ≤ maxPayment.
    const cap = candidates.map((c) => {
      if (c.maxPayment === undefined || budget === 0) return steps
      let k = Math.min(steps, Math.floor((c.maxPayment / budget) * steps))
      while (k > 0 && (k * budget) / steps > c.maxPayment) k--
      while (k < steps && ((k + 1) * budget) / steps <= c.maxPayment) k++
      return k
    })
    const probabilityAt = (i: number, k: number): number => {
      const c = candidates[i]!
      if (k === 0 || c.probability === 0 || c.probability === 1 || c.paymentEffect === 0) return c.probability
      return inverseLink('logit', linkOf('logit', c.probability) + c.paymentEffect * ((k * budget) / steps))
    }
    // A budget so small that one step underflows to 0 buys nothing.
    const increment = budget / steps
    const baseline = Float64Array.from(candidates, (c) => c.probability)
    const p = Float64Array.from(baseline)
    const taken = new Array<number>(n).fill(0)
    const met = (q: Float64Array): number => Math.min(1, clampedDistribution(q, units, target)[target]!)
    if (increment > 0)
      for (let used = 0; used < steps; used++) {
        const { without, withIt } = leaveOneOutTails(p, units, target)
        let best = -1
        let bestGain = 0
        for (let i = 0; i < n; i++) {
          if (taken[i]! >= cap[i]!) continue
          // P(met) is linear in p_i: p_i · P₋ᵢ(≥ T − tᵢ) + (1 − p_i) · P₋ᵢ(≥ T).
          const rise = probabilityAt(i, taken[i]! + 1) - p[i]!
          const pivotal = withIt[i]! - without[i]!
          const gain = rise * pivotal
          if (rise > 0 && pivotal > 0 && gain > bestGain) {
            bestGain = gain
            best = i
          }
        }
        if (best < 0) break
        taken[best]!++
        p[best] = probabilityAt(best, taken[best]!)
      }
    // Local search: move increments between candidates (one, or all that one holds) while a move
    // raises P(met). Greedy steps are myopic (one long shot may only pay off with several increments);
    // the moves undo some of that. The work is bounded: at most POLISH_CELLS distribution cells.
    if (increment > 0 && n > 1) {
      let current = met(p)
      let work = 0
      const q = Float64Array.from(p)
      polish: for (;;) {
        let bestMove: [number, number, number] | undefined
        let bestValue = current
        for (let i = 0; i < n; i++) {
          if (taken[i]! === 0) continue
          for (let j = 0; j < n; j++) {
            if (j === i || taken[j]! >= cap[j]!) continue
            for (const m of new Set([1, Math.min(taken[i]!, cap[j]! - taken[j]!)])) {
              if ((work += n * (target + 1)) > POLISH_CELLS) break polish
              q[i] = probabilityAt(i, taken[i]! - m)
              q[j] = probabilityAt(j, taken[j]! + m)
              const value = met(q)
              q[i] = p[i]!
              q[j] = p[j]!
              if (value > bestValue * (1 + 1e-12) + 1e-300) {
                bestValue = value
                bestMove = [i, j, m]
              }
            }
          }
        }
        if (bestMove === undefined) break
        const [i, j, m] = bestMove
        taken[i]! -= m
        taken[j]! += m
        p[i] = q[i] = probabilityAt(i, taken[i]!)
        p[j] = q[j] = probabilityAt(j, taken[j]!)
        current = bestValue
      }
    }
    const payments = taken.map((k) => (k * budget) / steps)
    // Rounding must never lift the total above the budget: trim the largest payment by any excess.
    let total = payments.reduce((s, x) => s + x, 0)
    while (total > budget) {
      const j = payments.indexOf(maxOf(payments))
      payments[j] = Math.max(0, payments[j]! - (total - budget))
      total = payments.reduce((s, x) => s + x, 0)
    }
    const baselineProbability = met(baseline)
    return E.right({
      members: candidates.map((c, i) => ({ name: c.name, payment: payments[i]!, baseline: c.probability, probability: p[i]! })),
      totalPayments: total,
      probability: met(p),
      baselineProbability,
    })
  })(E.flatMap(nonEmpty<t.TypeOf<typeof Codec>>('candidates', 'candidate'))(decodeWith(Codec)(problem)))
