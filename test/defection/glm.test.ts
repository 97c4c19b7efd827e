// The safety paths of the binomial GLM behind fitDiscreteHazard and fitLogit: step halving and the
// Newton finish on small cloglog fits where Fisher scoring alone stalls (checked against R), the
// iteration cap, the work bound (refused before a row is read), repeated covariates.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fitDiscreteHazard } from '../../src/defection/index.js'
import { MAX_FIT_WORK } from '../../src/index.js'
import { fitLogit } from '../../src/participation/index.js'
import { makeRng } from '../../src/internal/random.js'
import { right, spread } from '../helpers.js'

const lines = readFileSync(new URL('../fixtures/halving.csv', import.meta.url), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number))
const rowsOf = (seed: number) => lines.filter((l) => l[0] === seed).map(([, exit, x, z]) => ({ exit: exit!, x: x!, z: z! }))

// `Rscript test/fixtures/halving.R` (R 4.2): glm(exit ~ x + z, binomial("cloglog"), start = the optim
// maximum, epsilon 1e-12): estimates, standard errors, log-likelihood.
const R: Record<number, { coef: number[]; se: number[]; logLik: number }> = {
  230: { coef: [-0.417981753983, 0.737646802596, 0.651970142138], se: [0.344634326482, 0.245139724159, 0.298732965216], logLik: -12.3602065327 },
  696: { coef: [-0.699103502068, 0.713485714183, 0.173090516104], se: [0.531698506795, 0.517254006503, 0.630195879249], logLik: -7.41256842342 },
  1365: { coef: [-0.198297703574, 1.09943751346, 0.191234089143], se: [0.30780867157, 0.417756379937, 0.396398615086], logLik: -13.2909215516 },
}

describe('small cloglog fits where a full scoring step raises the deviance', () => {
  for (const [seed, want] of Object.entries(R))
    it(`seed ${seed}: the maximum R's glm reaches from optim's start, to 1e-6 (R's glm from its own start does not converge${seed === '696' ? ' and diverges' : ''})`, () => {
      const fit = right(fitDiscreteHazard({ event: 'exit', covariates: ['x', 'z'], link: 'cloglog' })(rowsOf(Number(seed))))
      ;['intercept', 'x', 'z'].forEach((k, j) => {
        expect(Math.abs(fit.coefficients[k]! - want.coef[j]!)).toBeLessThan(1e-6)
        expect(Math.abs(fit.standardErrors[k]! - want.se[j]!)).toBeLessThan(1e-6)
      })
      expect(Math.abs(fit.logLik - want.logLik)).toBeLessThan(1e-9)
    })
})

describe('bounds and caps', () => {
  it('a cap of one iteration: NoConvergence, saying what to raise, from both fits', () => {
    const rows = rowsOf(230)
    const hazard = fitDiscreteHazard({ event: 'exit', covariates: ['x', 'z'], link: 'logit', maxIterations: 1 })(rows)
    expect(hazard._tag === 'Left' && [hazard.left._tag, hazard.left.message]).toEqual([
      'NoConvergence',
      'the fit did not converge in 1 iteration; raise options.maxIterations or rescale the covariates',
    ])
    const logit = fitLogit({ outcome: 'joined', covariates: ['x', 'z'], maxIterations: 3 })(rows.map((r) => ({ joined: r.exit, x: r.x, z: r.z })))
    expect(logit._tag === 'Left' && [logit.left._tag, logit.left.message]).toEqual([
      'NoConvergence',
      'the fit did not converge in 3 iterations; raise options.maxIterations or rescale the covariates',
    ])
    const once = fitLogit({ outcome: 'joined', covariates: ['x', 'z'], maxIterations: 1 })(rows.map((r) => ({ joined: r.exit, x: r.x, z: r.z })))
    expect(once._tag === 'Left' && once.left.message).toBe('the fit did not converge in 1 iteration; raise options.maxIterations or rescale the covariates')
  })
  it(`more rows × coefficients² than MAX_FIT_WORK (${MAX_FIT_WORK.toExponential(0)}): a TooLarge before any row is read`, () => {
    // Five million empty slots: reading them would fail on the first; the bound answers first.
    const rows = new Array<object>(5_000_000)
    const covariates = Array.from({ length: 10 }, (_, k) => `x${k}`)
    for (const fit of [fitLogit({ outcome: 'y', covariates })(rows), fitDiscreteHazard({ event: 'y', covariates, link: 'cloglog' })(rows)]) {
      expect(fit._tag === 'Left' && fit.left._tag).toBe('TooLarge')
      expect(fit._tag === 'Left' && fit.left.message).toMatch(/^options\.covariates: 5,000,000 rows × 11 coefficients² is 605,000,000 products per iteration, more than 500,000,000; use fewer covariates \(at most 9 with these rows\)/)
    }
  })
  it('a covariate twice, or named like the response or "intercept": InvalidProblem naming its index, in each fit\'s words', () => {
    const rows = rowsOf(230)
    const twice = fitDiscreteHazard({ event: 'exit', covariates: ['x', 'x'], link: 'cloglog' })(rows)
    expect(twice._tag === 'Left' && [twice.left._tag, twice.left.message]).toEqual(['InvalidProblem', 'options.covariates[1]: "x" is repeated, or is the event or "intercept"'])
    const named = fitLogit({ outcome: 'joined', covariates: ['joined'] })(rows.map((r) => ({ joined: r.exit, x: r.x })))
    expect(named._tag === 'Left' && named.left.message).toBe('options.covariates[0]: "joined" is repeated, or is the outcome or "intercept"')
    const intercept = fitLogit({ outcome: 'joined', covariates: ['intercept'] })(rows.map((r) => ({ joined: r.exit, intercept: r.x })))
    expect(intercept._tag === 'Left' && intercept.left._tag).toBe('InvalidProblem')
  })
  it('a misspelt option is a DecodeError naming the nearest key, in both fits (maxIteration was silently ignored)', () => {
    const rows = rowsOf(230)
    const hazard = fitDiscreteHazard({ event: 'exit', covariates: ['x'], link: 'cloglog', maxIteration: 3 } as never)(rows)
    expect(hazard._tag === 'Left' && [hazard.left._tag, hazard.left.message]).toEqual(['DecodeError', 'options.maxIteration: unknown key; did you mean maxIterations?'])
    const logit = fitLogit({ outcome: 'joined', covariate: ['x'] } as never)(rows.map((r) => ({ joined: r.exit, x: r.x })))
    expect(logit._tag === 'Left' && logit.left.message).toMatch(/^options\.covariate: unknown key; did you mean covariates\?/)
  })
})

describe("the path, not only the end: R's iteration count and R's estimates under its own stopping rule", () => {
  const table = (file: string): Record<string, number>[] => {
    const [head, ...rest] = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8').trim().split('\n')
    const names = head!.split(',')
    return rest.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i]!, Number(v)])))
  }
  const hazard = table('hazard.csv')
  const participation = table('participation.csv')
  const h5 = ['separate', 'worsening', 'capability', 'democracy', 'logday']
  // `Rscript test/fixtures/iterations.R` (R 4.2): glm(..., binomial(link)) with the default control,
  // fit$iter and coef(fit).
  const cases: [string, Record<string, number>[], string, string[], 'cloglog' | 'logit', number, number[]][] = [
    ['hazard, 5 covariates', hazard, 'exit', h5, 'cloglog', 7, [-3.7082694222187094, 1.1212553214688425, 0.31182173360511783, -0.29120756149768123, 0.21019731848695436, -0.045711375768391009]],
    ['hazard, first 300 rows', hazard.slice(0, 300), 'exit', ['separate', 'worsening'], 'cloglog', 7, [-4.5125694249610619, 2.1524704046130605, 0.33060542079146821]],
    ['hazard, log day', hazard, 'exit', ['logday'], 'cloglog', 6, [-3.3025330463031146, -0.043074137470585923]],
    ['hazard, 5 covariates', hazard, 'exit', h5, 'logit', 7, [-3.6932750567351298, 1.1408007633502915, 0.31858587421256873, -0.29704716370180184, 0.21294811418382514, -0.046304629607320805]],
    ['hazard, first 300 rows', hazard.slice(0, 300), 'exit', ['separate', 'worsening'], 'logit', 7, [-4.5099416931552785, 2.2021045502450933, 0.34450547314704599]],
    ['hazard, log day', hazard, 'exit', ['logday'], 'logit', 6, [-3.2843946504845105, -0.043725954670987589]],
    ['participation', participation, 'joined', ['unAuthorization', 'domesticIntervention', 'allianceTies', 'capability', 'sharedThreat'], 'logit', 4, [-0.42927469812372682, 0.99542265033834543, -0.70448582721139297, 0.84819597742683883, 0.39255040546469355, 0.073828018416622704]],
    ['participation, first 60 rows', participation.slice(0, 60), 'joined', ['unAuthorization', 'capability'], 'logit', 4, [0.1662229277729349, 0.57699061914999206, 0.23282869554187932]],
  ]
  for (const [label, rows, event, covariates, link, iter, coef] of cases)
  it(`${label}, ${link} link: the same number of scoring iterations as R`, () => {
    const fit = right(fitDiscreteHazard({ event, covariates, link })(rows))
    expect(fit.iterations).toBe(iter)
    const estimates = ['intercept', ...covariates].map((c) => fit.coefficients[c]!)
    // On the logit link scoring is Newton's method and the library stops where R stops: the same
    // iterates, to rounding. On cloglog the Newton finish goes on past R's stop, by less than 1e-7.
    estimates.forEach((b, k) => expect(Math.abs(b - coef[k]!)).toBeLessThan(link === 'logit' ? 1e-12 * (1 + Math.abs(coef[k]!)) : 1e-7))
    if (event === 'joined') {
      const logit = right(fitLogit({ outcome: event, covariates })(rows))
      expect(logit.iterations).toBe(iter)
      expect(logit.coefficients).toEqual(fit.coefficients)
    }
  })
})

describe('covariates far from zero (the fit is run on centred and scaled columns)', () => {
  for (const offset of [1e4, 1e6, 1e9])
  it(`x = ${offset} + U(0, 1): fitLogit converges and agrees with the fit on x − that offset (slope, its standard error, and the intercept moved by offset·slope)`, () => {
    const rng = makeRng(offset)
    const rows = Array.from({ length: 2000 }, () => {
      const u = rng.next()
      return { y: rng.next() < 1 / (1 + Math.exp(-(-0.5 + 2 * u))) ? 1 : 0, x: offset + u, u }
    })
    const far = right(fitLogit({ outcome: 'y', covariates: ['x'] })(rows))
    const near = right(fitLogit({ outcome: 'y', covariates: ['x'] })(rows.map((r) => ({ y: r.y, x: r.x - offset }))))
    expect(Math.abs(far.coefficients['x']! - near.coefficients['x']!) / Math.abs(near.coefficients['x']!)).toBeLessThan(1e-9)
    expect(Math.abs(far.standardErrors['x']! - near.standardErrors['x']!) / near.standardErrors['x']!).toBeLessThan(1e-9)
    const moved = near.coefficients['intercept']! - offset * near.coefficients['x']!
    expect(Math.abs(far.coefficients['intercept']! - moved)).toBeLessThan(1e-9 * Math.abs(offset * near.coefficients['x']!))
    expect(far.iterations).toBeLessThanOrEqual(near.iterations + 1)
  })
})

/** A fit's error as [tag, message], or ['Right']. */
const failure = (r: { _tag: string; left?: { _tag: string; message: string } }) => (r._tag === 'Left' ? [r.left!._tag, r.left!.message] : ['Right'])

// Every value the rows can get wrong, in both fits: the first bad one in row order is named, with its
// path and what it is, and a bad value anywhere never reaches the fit.
describe('the rows are read value by value', () => {
  const fits = [
    ['fitLogit', (rows: unknown) => fitLogit({ outcome: 'y', covariates: ['x'] })(rows as object[])],
    ['fitDiscreteHazard', (rows: unknown) => fitDiscreteHazard({ event: 'y', covariates: ['x'], link: 'cloglog' })(rows as object[])],
  ] as const
  const good = [{ y: 0, x: 1 }, { y: 1, x: 2 }, { y: 0, x: 2 }, { y: 1, x: 3 }]
  for (const [name, fit] of fits)
  it(`${name}: rows that are not a list, and rows that are not objects`, () => {
    for (const rows of [null, {}, 'rows', 3]) expect(failure(fit(rows))).toEqual(['DecodeError', 'rows: expected a list of rows (objects)'])
    for (const row of [null, 5, 'row', undefined]) expect(failure(fit([...good.slice(0, 2), row, ...good.slice(2)]))).toEqual(['DecodeError', 'rows[2]: expected an object'])
  })
  for (const [name, fit] of fits)
  it(`${name}: a response that is not 0, 1, false or true`, () => {
    const cases: [unknown, string][] = [[2, '2'], ['1', 'the string "1"'], [null, 'null'], [undefined, 'nothing (missing)'], [Number.NaN, 'NaN'], [0.5, '0.5']]
    for (const [y, shown] of cases)
      expect(failure(fit([...good, { y, x: 3 }]))).toEqual(['DecodeError', `rows[4].y: expected 0 or 1 (or false or true), got ${shown}`])
  })
  for (const [name, fit] of fits)
  it(`${name}: a covariate that is not a finite number`, () => {
    const cases: [unknown, string][] = [[Number.NaN, 'NaN'], [Infinity, 'Infinity'], [-Infinity, '-Infinity'], ['3', 'the string "3"'], [null, 'null'], [undefined, 'nothing (missing)'], [true, 'true']]
    for (const [x, shown] of cases) expect(failure(fit([...good, { y: 1, x }, ...good]))).toEqual(['DecodeError', `rows[4].x: expected a finite number, got ${shown}`])
  })
  for (const [name, fit] of fits)
  it(`${name}: the first bad value in row order is named, whichever column it is in`, () => {
    expect(failure(fit([...good, { y: 1, x: 'a' }, { y: 7, x: 1 }]))[1]).toBe('rows[4].x: expected a finite number, got the string "a"')
    expect(failure(fit([...good, { y: 7, x: 1 }, { y: 1, x: 'a' }]))[1]).toBe('rows[4].y: expected 0 or 1 (or false or true), got 7')
    expect(failure(fit([...good, { y: 1, x: 'a' }, null]))[1]).toBe('rows[4].x: expected a finite number, got the string "a"')
  })
  it('false and true are read as 0 and 1: the same fit to the last digit, in both fits', () => {
    const rows = rowsOf(230)
    const asBool = rows.map((r) => ({ ...r, exit: r.exit === 1 }))
    for (const fit of [fitLogit({ outcome: 'exit', covariates: ['x', 'z'] }), fitDiscreteHazard({ event: 'exit', covariates: ['x', 'z'], link: 'cloglog' })]) {
      const numbers = right(fit(rows))
      expect(numbers.coefficients['x']).not.toBe(0)
      expect(right(fit(asBool))).toEqual(numbers)
    }
  })
})

describe('rows that cannot identify the coefficients', () => {
  it('fewer rows than coefficients: InvalidProblem counting both; as many rows as coefficients is a saturated fit, here separated', () => {
    expect(failure(fitLogit({ outcome: 'y', covariates: ['x'] })([{ y: 0, x: 1 }]))).toEqual(['InvalidProblem', 'rows: 1 row cannot identify 2 coefficients'])
    expect(failure(fitLogit({ outcome: 'y', covariates: ['x', 'z'] })([{ y: 0, x: 1, z: 1 }, { y: 1, x: 2, z: 0 }]))).toEqual(['InvalidProblem', 'rows: 2 rows cannot identify 3 coefficients'])
    expect(failure(fitLogit({ outcome: 'y', covariates: ['x'] })([{ y: 0, x: 0 }, { y: 1, x: 1 }]))[0]).toBe('NotDefined')
  })
  it("a response that never varies: NotDefined, in each fit's words", () => {
    const zeros = [{ y: 0, x: 0 }, { y: 0, x: 1 }, { y: 0, x: 2 }]
    expect(failure(fitLogit({ outcome: 'y', covariates: ['x'] })(zeros))).toEqual(['NotDefined', 'rows: every y is 0, so the join probability is not identified (separation by the intercept)'])
    const ones = zeros.map((r) => ({ ...r, y: 1 }))
    expect(failure(fitDiscreteHazard({ event: 'y', covariates: ['x'], link: 'cloglog' })(ones))).toEqual(['NotDefined', 'rows: every y is 1, so the hazard is not identified (separation by the intercept)'])
  })
  it('a covariate that never varies, or whose spread overflows: InvalidProblem naming it (a column of 0.1s has a computed spread of 1e-17, not 0)', () => {
    const rows = rowsOf(230).map((r) => ({ ...r, tenth: 0.1, huge: r.exit === 1 ? 1e200 : -1e200 }))
    expect(failure(fitLogit({ outcome: 'exit', covariates: ['x', 'tenth'] })(rows))).toEqual([
      'InvalidProblem',
      `options.covariates[1]: "tenth" is 0.1 in every row, so its effect cannot be told from the intercept's; drop it`,
    ])
    expect(failure(fitDiscreteHazard({ event: 'exit', covariates: ['huge'], link: 'logit' })(rows))).toEqual([
      'InvalidProblem',
      'options.covariates[0]: the values of "huge" are too far apart for double precision (their squared deviations overflow); rescale it',
    ])
  })
  it('collinearity: a column within 1e-6 of another (1 − R² = 1e-12) is refused, within 1e-4 (1e-8) is fitted; an exact sum of two correlated columns is refused', () => {
    const rng = makeRng(7)
    const rows = Array.from({ length: 200 }, () => {
      const x = rng.next()
      return { y: rng.next() < 0.4 ? 1 : 0, x, e: rng.next() - 0.5, v: x + 0.5 * rng.next() }
    })
    const near = (eps: number) => fitLogit({ outcome: 'y', covariates: ['x', 'x2'] })(rows.map((r) => ({ ...r, x2: r.x + eps * r.e })))
    expect(failure(near(1e-6))).toEqual(['InvalidProblem', 'options.covariates: "x2" is (almost) a linear combination of "intercept", "x"; drop it or recode'])
    expect(near(1e-4)._tag).toBe('Right')
    const sum = (noise: number) => fitLogit({ outcome: 'y', covariates: ['x', 'v', 'z'] })(rows.map((r) => ({ ...r, z: r.x + r.v + noise * r.e })))
    expect(failure(sum(0))).toEqual(['InvalidProblem', 'options.covariates: "z" is (almost) a linear combination of "intercept", "x", "v"; drop it or recode'])
    expect(sum(1e-3)._tag).toBe('Right')
  })
  it('complete separation: NotDefined naming the covariate with the largest estimate (here the second), whether the fit stops on its own or at the cap; before the probabilities reach 0 or 1, NoConvergence', () => {
    const rng = makeRng(7)
    const rows = Array.from({ length: 200 }, () => {
      const x = rng.next()
      return { y: x > 0.5 ? 1 : 0, u: rng.next(), x }
    })
    for (const maxIterations of [50, 7]) {
      const fit = failure(fitLogit({ outcome: 'y', covariates: ['u', 'x'], maxIterations })(rows))
      expect(fit[0]).toBe('NotDefined')
      const at = /^separation: fitted probabilities reach 0 or 1, so some estimates are infinite \(the largest is "x", at (\S+) per unit\); the outcomes are perfectly predicted by the covariates$/.exec(fit[1]!)
      expect(Number(at?.[1])).toBeGreaterThan(50)
    }
    expect(failure(fitLogit({ outcome: 'y', covariates: ['u', 'x'], maxIterations: 5 })(rows))[0]).toBe('NoConvergence')
  })
  it('separation on a covariate in thousands: named by its effect per standard deviation, not its small slope per unit (it named "u"), in both links, and the weights that underflow to 0 end the fit as a Left', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ y: i < 20 ? 0 : 1, x: (i - 19.5) * 1000, u: (i * 7) % 5 }))
    for (const fit of [fitLogit({ outcome: 'y', covariates: ['u', 'x'] }), fitDiscreteHazard({ event: 'y', covariates: ['u', 'x'], link: 'cloglog' })]) {
      const [tag, message] = failure(fit(rows))
      expect(tag).toBe('NotDefined')
      expect(message).toMatch(/\(the largest is "x", at 0\.0\d+ per unit\)/)
    }
  })
})

describe("the fits' options, checked when the fit is set up", () => {
  const rows = [{ y: 0, x: 1 }, { y: 1, x: 2 }]
  it('not an object, covariates not a list, a cap that is not a whole number ≥ 1: DecodeError naming the option and the rule', () => {
    expect(failure(fitLogit(null as never)(rows))).toEqual(['DecodeError', 'options: expected an object { outcome, covariates, maxIterations? }, got null'])
    expect(failure(fitDiscreteHazard(null as never)(rows))).toEqual(['DecodeError', 'options: expected an object { event, covariates, link, maxIterations? }, got null'])
    for (const [value, shown] of [[0, '0'], [-1, '-1'], [1.5, '1.5'], ['3', 'the string "3"'], [2 ** 60, '1152921504606847000']] as const) {
      expect(failure(fitLogit({ outcome: 'y', covariates: ['x'], maxIterations: value as number })(rows))).toEqual(['DecodeError', `options.maxIterations: expected a whole number ≥ 1, got ${shown}`])
      expect(failure(fitDiscreteHazard({ event: 'y', covariates: ['x'], link: 'logit', maxIterations: value as number })(rows))).toEqual([
        'DecodeError',
        `options.maxIterations: expected a whole number ≥ 1, got ${shown}`,
      ])
    }
    expect(failure(fitLogit({ outcome: 'y', covariates: 'x' as never })(rows))).toEqual(['DecodeError', 'options.covariates: expected a list of column names, got the string "x"'])
    expect(failure(fitDiscreteHazard({ event: 'y', covariates: 'x' as never, link: 'logit' })(rows))).toEqual(['DecodeError', 'options.covariates: expected a list of column names, got the string "x"'])
  })
})

// The maximum is where the score vanishes: Σ_r (y_r − μ_r)·g_r·x_r = 0 with g = dμ/dη / V(μ) (1 on the
// logit link; t/(1 − e^{−t}) with t = e^η on the cloglog). Computed here from the returned estimates
// alone, each component relative to the sum of its terms' sizes. A fit that stops early (R's rule alone
// leaves the cloglog estimates moving in the fifth digit) or whose Newton finish goes astray fails it.
const relativeScore = (link: 'cloglog' | 'logit', rows: readonly Record<string, number>[], response: string, coefficients: Record<string, number>): number => {
  const covariates = Object.keys(coefficients).filter((k) => k !== 'intercept')
  const sums = new Array<number>(covariates.length + 1).fill(0)
  const sizes = new Array<number>(covariates.length + 1).fill(0)
  for (const row of rows) {
    const eta = coefficients['intercept']! + covariates.reduce((s, k) => s + coefficients[k]! * row[k]!, 0)
    const t = Math.exp(eta)
    const mu = link === 'logit' ? 1 / (1 + Math.exp(-eta)) : -Math.expm1(-t)
    const u = (row[response]! - mu) * (link === 'logit' ? 1 : t / mu)
    ;[1, ...covariates.map((k) => row[k]!)].forEach((x, j) => {
      sums[j]! += u * x
      sizes[j]! += Math.abs(u * x)
    })
  }
  return Math.max(...sums.map((s, j) => Math.abs(s) / sizes[j]!))
}

// Bounds: the cloglog fit ends with Newton steps below 1e-10 of the estimates (1e-16 to 3e-11 seen);
// the logit fit stops where R's does, on a deviance change below 1e-8 of itself, one Newton step past
// a score whose square is that small (up to 1.3e-8 seen).
describe('the estimates are the maximum: the score vanishes there', () => {
  for (const seed of [230, 696, 1365])
  it(`seed ${seed}, where R's glm alone stops early or diverges: the cloglog score is below 1e-12 of its terms`, () => {
    const rows = rowsOf(seed)
    const fit = right(fitDiscreteHazard({ event: 'exit', covariates: ['x', 'z'], link: 'cloglog' })(rows))
    expect(relativeScore('cloglog', rows, 'exit', fit.coefficients)).toBeLessThan(1e-12)
  })
  it('law: on random data of either link, rare events (hazards down to e^-5 × e^-3) included, the fit is a Right at a score below 1e-9 of its terms (cloglog) or 1e-6 (logit)', () => {
    let fitted = 0
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), spread(-5, -0.5), spread(-1.5, 1.5), spread(-1.5, 1.5), fc.constantFrom('cloglog' as const, 'logit' as const), (seed, b0, b1, b2, link) => {
        const rng = makeRng(seed)
        const rows = Array.from({ length: 3000 }, () => {
          const x = rng.next()
          const z = rng.next() < 0.5 ? 1 : 0
          const eta = b0 + b1 * x + b2 * z
          return { exit: rng.next() < (link === 'logit' ? 1 / (1 + Math.exp(-eta)) : -Math.expm1(-Math.exp(eta))) ? 1 : 0, x, z }
        })
        const fit = fitDiscreteHazard({ event: 'exit', covariates: ['x', 'z'], link })(rows)
        // Too few events to identify the fit: refused as such, never a Right at a wrong maximum.
        if (fit._tag === 'Left') expect(fit.left._tag).toBe('NotDefined')
        else {
          fitted++
          expect(relativeScore(link, rows, 'exit', fit.right.coefficients)).toBeLessThan(link === 'cloglog' ? 1e-9 : 1e-6)
        }
      }),
      { numRuns: 40 },
    )
    expect(fitted).toBeGreaterThan(30)
  })
})
