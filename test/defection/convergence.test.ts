// Fits that converge whenever R's would: the stop rule is R's relative deviance change (1e-8), so
// rounding in sums over hundreds of thousands of rows cannot decide convergence, and the order of
// the rows changes nothing but the last digits.
import { describe, expect, it } from 'vitest'
import { fitDiscreteHazard, simulateCoalitionWar } from '../../src/defection/index.js'
import { fitLogit } from '../../src/participation/index.js'
import { makeRng } from '../../src/internal/random.js'
import { right } from '../helpers.js'

const shuffled = <A>(rows: readonly A[], seed: number): A[] => {
  const out = [...rows]
  const rng = makeRng(seed)
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
const relativeGap = (a: Record<string, number>, b: Record<string, number>): number =>
  Math.max(...Object.keys(a).map((k) => Math.abs(a[k]! - b[k]!) / Math.max(1e-3, Math.abs(a[k]!))))

describe('fits on large data do not depend on the order of the rows', () => {
  it("the simulator's own partner-days (about 400,000 rows) fit in their order, reversed and shuffled, to the same estimates within 1e-8", () => {
    const model = { link: 'cloglog' as const, intercept: -6, coefficients: { separateFront: 0.7, worsening: 0.5 } }
    const partners = Array.from({ length: 20 }, (_, i) => ({ name: `P${i}`, front: i % 3 === 0 ? ('separate' as const) : ('common' as const) }))
    const sim = right(simulateCoalitionWar({ seed: 2016, runs: 90, partnerDays: true })({ days: 365, model, partners }))
    const rows = sim.partnerDays!
    expect(rows.length).toBeGreaterThan(300_000)
    const opts = { event: 'exit', covariates: ['separateFront', 'worsening'], link: 'cloglog' as const }
    const fits = [rows, [...rows].reverse(), shuffled(rows, 1)].map((r) => right(fitDiscreteHazard(opts)(r)))
    for (const f of fits.slice(1)) {
      expect(relativeGap(f.coefficients, fits[0]!.coefficients)).toBeLessThan(1e-8)
      expect(relativeGap(f.standardErrors, fits[0]!.standardErrors)).toBeLessThan(1e-8)
    }
    // And the fit recovers the simulated effects.
    expect(Math.abs(fits[0]!.coefficients['separateFront']! - 0.7)).toBeLessThan(4 * fits[0]!.standardErrors['separateFront']!)
  }, 120_000)

  it('a million simulated rows with 5 covariates (cloglog hazard and logit participation): shuffling changes neither convergence nor the estimates (1e-8)', () => {
    const rng = makeRng(1_000_000)
    const truth = [-3, 0.5, -0.3, 0.2, 0.8, -0.6]
    const n = 1_000_000
    const rows = Array.from({ length: n }, () => {
      const x = [rng.next(), rng.next(), rng.next() * 2 - 1, rng.next() < 0.3 ? 1 : 0, rng.next()]
      const eta = truth[0]! + x.reduce((s, v, k) => s + truth[k + 1]! * v, 0)
      const p = -Math.expm1(-Math.exp(eta))
      return { y: rng.next() < p ? 1 : 0, x1: x[0]!, x2: x[1]!, x3: x[2]!, x4: x[3]!, x5: x[4]! }
    })
    const covariates = ['x1', 'x2', 'x3', 'x4', 'x5']
    const again = shuffled(rows, 7)
    const hazard = [rows, again].map((r) => right(fitDiscreteHazard({ event: 'y', covariates, link: 'cloglog' })(r)))
    expect(relativeGap(hazard[1]!.coefficients, hazard[0]!.coefficients)).toBeLessThan(1e-8)
    const logit = [rows, again].map((r) => right(fitLogit({ outcome: 'y', covariates })(r)))
    expect(relativeGap(logit[1]!.coefficients, logit[0]!.coefficients)).toBeLessThan(1e-8)
    // The cloglog fit recovers the truth it was simulated from.
    covariates.forEach((c, k) => expect(Math.abs(hazard[0]!.coefficients[c]! - truth[k + 1]!)).toBeLessThan(4 * hazard[0]!.standardErrors[c]!))
  }, 120_000)
})
