// The safety paths of the binomial GLM behind fitDiscreteHazard and fitLogit: step halving and the
// Newton finish on small cloglog fits where Fisher scoring alone stalls (checked against R), the
// iteration cap, the work bound (refused before a row is read), repeated covariates.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fitDiscreteHazard } from '../../src/defection/index.js'
import { MAX_FIT_WORK } from '../../src/index.js'
import { fitLogit } from '../../src/participation/index.js'
import { right } from '../helpers.js'

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
  it.each(cases)('%s, %s link: the same number of scoring iterations as R', (_, rows, event, covariates, link, iter, coef) => {
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
