// Work that could run away is refused up front: TooLarge with what to change, in well under a second.
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { fitDiscreteHazard, hazard, hazardModel, holdUp, MAX_FIT_WORK, MAX_PERSON_PERIODS, MAX_SIMULATION_ROWS, MAX_SIMULATION_WORK, simulateCoalitionWar, toPersonPeriod } from '../../src/defection/index.js'

const timed = <A>(f: () => A): { value: A; ms: number } => {
  const t0 = performance.now()
  const value = f()
  return { value, ms: performance.now() - t0 }
}
const model = { link: 'cloglog' as const, intercept: -7, coefficients: { separateFront: 1 } }
const partners = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `P${i}`, front: i % 2 === 0 ? ('common' as const) : ('separate' as const) }))

describe('toPersonPeriod', () => {
  it('a spell of a billion periods is TooLarge before any row is built (it ran Node out of memory)', () => {
    const { value, ms } = timed(() => toPersonPeriod([{ id: 'a', entry: 0, exit: 1e9, event: 1 }]))
    expect(ms).toBeLessThan(1000)
    expect(E.isLeft(value) && value.left._tag).toBe('TooLarge')
    expect(E.isLeft(value) && value.left.message).toBe(
      'spells: they expand to 1,000,000,000 partner-periods, more than the 5,000,000 rows this function builds; count in coarser periods (weeks instead of days) or expand the spells in batches',
    )
  })
  it('the bound counts the periods of all spells together (exactly the bound plus one is refused)', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, entry: 0, exit: MAX_PERSON_PERIODS / 1000, event: 0 as const }))
    expect(E.isRight(toPersonPeriod(many.slice(0, 2)))).toBe(true)
    const over = toPersonPeriod([...many, { id: 'one more', entry: 0, exit: 1, event: 0 }])
    expect(E.isLeft(over) && over.left._tag).toBe('TooLarge')
  })
  it.each(['event', 'id', 'period'])('a covariate named "%s" is refused (it would overwrite the row\'s own field)', (name) => {
    const covariates = toPersonPeriod([{ id: 'a', entry: 0, exit: 2, event: 1, covariates: { [name]: 0 } }])
    expect(E.isLeft(covariates) && covariates.left.message).toBe(`spells[0].covariates.${name}: "${name}" is a field of every row; give the covariate another name`)
    const changes = toPersonPeriod([{ id: 'a', entry: 0, exit: 2, event: 1, changes: [{ from: 2, values: { [name]: 1 } }] }])
    expect(E.isLeft(changes) && changes.left.message).toBe(`spells[0].changes[0].values.${name}: "${name}" is a field of every row; give the covariate another name`)
  })
})

describe('simulateCoalitionWar', () => {
  it('its documented maximums (a century of days, ten million runs) are TooLarge at once instead of running for hours', () => {
    const { value, ms } = timed(() => simulateCoalitionWar({ seed: 1, runs: 10_000_000 })({ days: 36_500, model, partners: partners(20) }))
    expect(ms).toBeLessThan(1000)
    expect(E.isLeft(value) && value.left._tag).toBe('TooLarge')
    expect(E.isLeft(value) && value.left.message).toMatch(/^options\.runs: 10,000,000 runs of 36,500 days with 20 partners are 7,300,000,000,000 partner-days, more than the 1,000,000,000 one call simulates; lower runs \(at most 1,369 here\)/)
  })
  it('ten million runs of one day with three partners (it ran out of heap on the per-partner rows) are TooLarge', () => {
    const r = simulateCoalitionWar({ seed: 1, runs: 10_000_000 })({ days: 1, model, partners: partners(3) })
    expect(E.isLeft(r) && r.left._tag).toBe('TooLarge')
    expect(E.isLeft(r) && r.left.message).toMatch(/up to 30,000,000 rows \(one per partner per run\), more than 5,000,000/)
  })
  it('partner-day rows count towards the row bound; without them the same simulation runs', () => {
    const war = { days: 365, model, partners: partners(20) }
    const runs = Math.ceil(MAX_SIMULATION_ROWS / (365 * 20)) + 1
    const withDays = simulateCoalitionWar({ seed: 1, runs, partnerDays: true })(war)
    expect(E.isLeft(withDays) && withDays.left.message).toMatch(/turn partnerDays off/)
    expect(E.isRight(simulateCoalitionWar({ seed: 1, runs })(war))).toBe(true)
    expect(runs * 365 * 20).toBeLessThan(MAX_SIMULATION_WORK)
  })
  it('an onProgress callback that throws ends the simulation as a Left, not an exception', () => {
    const r = simulateCoalitionWar({
      seed: 1,
      runs: 100,
      onProgress: (done) => {
        if (done >= 50) throw new Error('stop here')
      },
    })({ days: 10, model, partners: partners(2) })
    expect(E.isLeft(r) && r.left.message).toBe('options.onProgress: the callback threw at run 50 of 100: stop here')
  })
})

describe('hazard models are checked and owned', () => {
  it("hazard on a model that hazardModel did not make checks it: { link: 'probit' } is a Left (it was read as logit)", () => {
    const h = hazard({ link: 'probit', intercept: -5, coefficients: {} } as never)({}, 1)
    expect(E.isLeft(h) && h.left.message).toBe(`model.link: expected 'cloglog' or 'logit', got the string "probit"`)
    // A well-formed literal works, and gives what the checked model gives.
    const literal = { link: 'logit' as const, intercept: 0, coefficients: {} }
    expect(hazard(literal)({}, 1)).toEqual(E.right(0.5))
  })
  it("a checked model does not change when the caller edits the objects it was made from", () => {
    const baseline = { kind: 'piecewise' as const, from: [1, 10], shift: [0, 1] }
    const coefficients: Record<string, number> = { separateFront: 1 }
    const m = hazardModel({ link: 'logit', intercept: -3, coefficients, baseline })
    expect(E.isRight(m)).toBe(true)
    if (E.isLeft(m)) return
    const before = hazard(m.right)({ separateFront: 0 }, 12)
    baseline.shift[1] = 100
    baseline.from[1] = 2
    coefficients['separateFront'] = 50
    expect(hazard(m.right)({ separateFront: 0 }, 12)).toEqual(before)
    expect(Object.isFrozen(m.right.baseline)).toBe(true)
  })
})

describe('fits are bounded', () => {
  it('300 covariates on 10,000 rows are TooLarge before scoring, saying how many covariates fit', () => {
    const covariates = Array.from({ length: 300 }, (_, k) => `x${k}`)
    const rows = Array.from({ length: 10_000 }, (_, r) => ({ y: r % 3 === 0 ? 1 : 0, ...Object.fromEntries(covariates.map((c, k) => [c, ((r * (k + 7)) % 97) / 97])) }))
    const t0 = performance.now()
    const fit = fitDiscreteHazard({ event: 'y', covariates, link: 'logit' })(rows)
    expect(performance.now() - t0).toBeLessThan(3000)
    expect(E.isLeft(fit) && fit.left._tag).toBe('TooLarge')
    expect(E.isLeft(fit) && fit.left.message).toMatch(/^options\.covariates: 10,000 rows × 301 coefficients² is 906,010,000 products per iteration, more than 500,000,000; use fewer covariates \(at most 222 with these rows\)/)
    expect(MAX_FIT_WORK).toBe(5e8)
  })
})

describe('the battlefield walk stays finite', () => {
  const war = (battlefield: object) =>
    simulateCoalitionWar({ seed: 3, runs: 20 })({ days: 365, model: { link: 'cloglog', intercept: -6, coefficients: { worsening: 0.5 } }, partners: partners(2), battlefield } as never)
  it.each([
    [{ drift: 1e308, volatility: 1e308 }, 'config.battlefield.drift: expected a finite number from −1e150 to 1e150, got 1e+308\nconfig.battlefield.volatility: expected 0, or a number from 1e-150 to 1e150, got 1e+308'],
    [{ volatility: 5e-324 }, 'config.battlefield.volatility: expected 0, or a number from 1e-150 to 1e150, got 5e-324'],
  ])('%j is refused (it put NaN in finalPosition or −Infinity in worsening)', (battlefield, message) => {
    const r = war(battlefield)
    expect(E.isLeft(r) && r.left.message).toBe(message)
  })
  it('at the edges of the range every number in the result is finite', () => {
    for (const battlefield of [{ drift: 1e150, volatility: 1e150 }, { drift: 1, volatility: 1e-150 }, { drift: -1e150, volatility: 0 }]) {
      const r = war(battlefield)
      expect(E.isRight(r)).toBe(true)
      expect(JSON.stringify(r)).not.toMatch(/null|NaN|Infinity/)
    }
  })
})

describe('misspelt keys in a simulation are errors, not ignored', () => {
  it.each([
    [{ partnerdays: true }, {}, 'options.partnerdays: unknown key; did you mean partnerDays?'],
    [{}, { battlefield: { volatilty: 2 } }, 'config.battlefield.volatilty: unknown key; did you mean volatility?'],
    [{}, { horizon: 10 }, 'config.horizon: unknown key; expected one of days, model, partners, battlefield, retention'],
  ])('options %j, config %j', (extraOptions, extraConfig, message) => {
    const r = simulateCoalitionWar({ seed: 1, runs: 2, ...extraOptions } as never)({ days: 10, model, partners: partners(2), ...extraConfig } as never)
    expect(E.isLeft(r) && r.left).toEqual(expect.objectContaining({ _tag: 'DecodeError', message }))
  })
})

describe('holdUp beyond the doubles', () => {
  it('1e300 troops at a cost gap of 1e10: NotDefined naming the product (value, surplus and payment were Infinity)', () => {
    const r = holdUp({ demand: 1, troops: 1e300, pivotalCostPerSoldier: 1e10, partnerCostPerSoldier: 0, legitimacy: 0, bargainingPower: 0.5 })
    expect(E.isLeft(r) && r.left._tag).toBe('NotDefined')
    expect(E.isLeft(r) && r.left.message).toMatch(/^the partner's value to the pivotal state, legitimacy \+ troops × \(pivotalCostPerSoldier − partnerCostPerSoldier\) = 0 \+ 1e\+300 × 10000000000, is beyond the largest double/)
  })
  it('a value just inside the doubles is still a Right, and finite', () => {
    const r = holdUp({ demand: 1, troops: 1e298, pivotalCostPerSoldier: 1e10, partnerCostPerSoldier: 0, legitimacy: 0, bargainingPower: 0.5 })
    expect(E.isRight(r) && Number.isFinite(r.right.payment) && r.right.stays).toBe(true)
  })
})
