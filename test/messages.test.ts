// One message style for the library, tested on the messages themselves: forms described by the shape
// to write (never io-ts branch numbers), strings called strings, one rule for empty
// inputs, and booleans wherever 0/1 event indicators are. (Money in recruit's messages: test/recruitment.)
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as lib from '../src/index.js'

const msg = (r: E.Either<{ readonly _tag: string; readonly message: string }, unknown>): string => (E.isLeft(r) ? `${r.left._tag}: ${r.left.message}` : 'Right')

describe('messages in the user\'s words', () => {
  it('a string where a number belongs is called a string (it printed "3" as if it were the number)', () => {
    expect(msg(lib.baronFerejohn({ n: '3', delta: 0.9 } as never))).toBe('DecodeError: n: expected a whole number (a safe integer), got the string "3"')
  })
  it('a requirement is { size } or { troops }: both at once is refused, a misspelt key named with the nearest one (one of them was silently used; the message listed requirement[0] and requirement[1])', () => {
    const candidates = [{ probability: 0.5, troops: 5 }]
    expect(msg(lib.requirementProbability({ candidates, requirement: { troops: 5, size: 1 } } as never))).toBe(
      'DecodeError: requirement: give { size } (partners) or { troops } (soldiers), not both',
    )
    expect(msg(lib.requirementProbability({ candidates, requirement: { troop: 5 } } as never))).toBe('DecodeError: requirement.troop: unknown key; did you mean troops?')
    expect(msg(lib.requirementProbability({ candidates, requirement: { troops: -5 } }))).toBe('DecodeError: requirement.troops: expected a whole number ≥ 0, got -5')
    expect(msg(lib.requirementProbability({ candidates, requirement: 3 } as never))).toBe('DecodeError: requirement: expected a requirement { size } or { troops }, got 3')
  })
  it('a value that fits none of several forms names the forms once, never by branch number', () => {
    const r = lib.kaplanMeier({ durations: [1, 2], events: [1, 2] } as never)
    expect(msg(r)).toBe('DecodeError: events[1]: expected 0 or 1 (or false or true), got 2')
    expect(msg(r)).not.toMatch(/\[\d\]\[\d\]/)
  })
})

describe('booleans as event indicators (R\'s survfit takes them)', () => {
  it('kaplanMeier and logRank give the same answer for true/false as for 1/0; toPersonPeriod takes them too', () => {
    const durations = [3, 5, 5, 8, 10, 12]
    const numbers = [1, 0, 1, 1, 0, 1] as const
    const flags = numbers.map((e) => e === 1)
    expect(lib.kaplanMeier({ durations, events: flags })).toEqual(lib.kaplanMeier({ durations, events: [...numbers] }))
    const groups = ['a', 'b', 'a', 'b', 'a', 'b']
    expect(lib.logRank({ durations, events: flags, groups })).toEqual(lib.logRank({ durations, events: [...numbers], groups }))
    expect(lib.toPersonPeriod([{ id: 'UK', entry: 0, exit: 2, event: true }])).toEqual(lib.toPersonPeriod([{ id: 'UK', entry: 0, exit: 2, event: 1 }]))
  })
})

describe('one rule for empty inputs: a model needs at least one member', () => {
  const cases: [string, () => E.Either<{ readonly _tag: string; readonly message: string }, unknown>, string][] = [
    ['olsonZeckhauser', () => lib.olsonZeckhauser({ incomes: [], alpha: 0.5 }), 'incomes: the model needs at least one ally'],
    ['lindahl', () => lib.lindahl({ incomes: [], alpha: 0.5 }), 'incomes: the model needs at least one ally'],
    ['jointProduct', () => lib.jointProduct({ incomes: [], alpha: 0.5, beta: 0.2 }), 'incomes: the model needs at least one ally'],
    ['quasiLinearPublicGood', () => lib.quasiLinearPublicGood({ valuations: [] }), 'valuations: the model needs at least one ally'],
    ['airportGame', () => lib.airportGame({ costs: [] }), 'costs: the model needs at least one ally'],
    ['airportShapley', () => lib.airportShapley({ costs: [] }), 'costs: the model needs at least one ally'],
    ['coalitionSizeDistribution', () => lib.coalitionSizeDistribution([]), 'probabilities: the model needs at least one candidate'],
    ['requirementProbability', () => lib.requirementProbability({ candidates: [], requirement: { size: 0 } }), 'candidates: the model needs at least one candidate'],
    ['allocatePayments', () => lib.allocatePayments({ budget: 1, requirement: { size: 0 }, candidates: [] }), 'candidates: the model needs at least one candidate'],
    ['claimsProblem', () => lib.claimsProblem({ estate: 0, claims: [] }), 'claims: a claims problem needs at least one claimant'],
    ['weightedVotingGame', () => lib.weightedVotingGame({ quota: 1, weights: [] }), 'weights: a council needs at least one voter'],
    ['kaplanMeier', () => lib.kaplanMeier({ durations: [], events: [] }), 'durations: expected at least one observation'],
    ['nashBargainingTU', () => lib.nashBargainingTU({ surplus: 1, disagreement: [], weights: [] }), 'disagreement: expected at least one player'],
  ]
  for (const [name, call, start] of cases)
    it(`${name}: an InvalidProblem or InvalidGame that says so (the burden models and the participation models returned a Right)`, () => {
      const r = call()
      expect(E.isLeft(r) && ['InvalidProblem', 'InvalidGame'].includes(r.left._tag)).toBe(true)
      expect(E.isLeft(r) && r.left.message).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    })
  it('a data transform maps empty to empty: toPersonPeriod([]) is a Right of no rows', () => {
    expect(lib.toPersonPeriod([])).toEqual(E.right([]))
  })
})

describe('from plain JavaScript (found by the export-walking fuzzer)', () => {
  const glove = E.getOrElseW(() => { throw new Error('game') })(lib.makeGame([0, 0, 0, 1, 0, 1, 0, 1]))
  it('an LP function given no solver, or the promise instead of the solver, is a DecodeError saying so (it threw "Cannot read properties of undefined")', () => {
    expect(msg(lib.nucleolus(undefined as never)(glove))).toBe('DecodeError: nucleolus: expected the solver from await loadLpSolver(), got nothing')
    expect(msg(lib.leastCore(lib.loadLpSolver() as never)(glove))).toBe('DecodeError: leastCore: expected the solver from await loadLpSolver(), got a Promise (await loadLpSolver() first)')
    for (const f of [lib.prenucleolus, lib.coreIsNonEmpty, lib.costNucleolus, lib.nucleolusReport]) expect(msg(f({} as never)(glove))).toMatch(/^DecodeError: \w+: expected the solver from await loadLpSolver\(\), got an object that loadLpSolver did not make$/)
    expect(msg(lib.recruit(null as never)({ pivotal: { budget: 1 }, requirements: { troops: 1 }, candidates: [] }))).toBe('DecodeError: recruit: expected the solver from await loadLpSolver(), got null')
  })
  it('a claims rule given a plain object throws the TypeError that names it; bankruptcyGame and randomArrival give a DecodeError (they read undefined claims)', () => {
    const lookalike = { n: 2, players: ['1', '2'], estate: 1, claims: [1, 1] }
    for (const [name, f] of [['proportional', lib.proportional], ['talmud', lib.talmud], ['constrainedEqualAwards', lib.constrainedEqualAwards], ['constrainedEqualLosses', lib.constrainedEqualLosses], ['adjustedProportional', lib.adjustedProportional]] as const)
      expect(() => f(lookalike as never)).toThrow(new TypeError(`${name}: expected a claims problem made by claimsProblem, got an object that claimsProblem did not make`))
    expect(msg(lib.bankruptcyGame(lookalike as never))).toBe('DecodeError: bankruptcyGame: expected a claims problem made by claimsProblem, got an object that claimsProblem did not make')
    expect(msg(lib.randomArrival(undefined as never))).toBe('DecodeError: randomArrival: expected a claims problem made by claimsProblem, got nothing')
  })
  it('labelAllocation without an allocation throws the TypeError that names it', () => {
    expect(() => lib.labelAllocation(glove, undefined as never)).toThrow(new TypeError('labelAllocation: expected an allocation (a list of numbers, one per player), got nothing'))
  })
})

describe('sampling options', () => {
  it('a misspelt sampling option is named with the nearest key (it said options.samples was missing)', () => {
    const worth = (S: readonly number[]) => S.length
    expect(msg(lib.shapleySample({ sample: 100, seed: 1 } as never)({ n: 3, worth }))).toBe('DecodeError: options.sample: unknown key; did you mean samples?')
    expect(msg(lib.owenSample({ samples: 100, seeds: 1 } as never)({ n: 3, worth }, []))).toBe('DecodeError: options.seeds: unknown key; did you mean seed?')
  })
})

const lp = await lib.loadLpSolver()

describe('a call in the shape before parameters came first says the call to write (from plain JavaScript)', () => {
  const rows = [{ exit: 1, x: 0 }, { exit: 0, x: 1 }, { exit: 1, x: 1 }, { exit: 0, x: 0 }]
  const war = { days: 10, model: { link: 'logit', intercept: -3, coefficients: {} }, partners: [{ name: 'A' }] }
  const spec = { partners: [{ name: 'A', troops: 1, deploymentCost: 0, ownBenefit: 0 }], joining: 'all', recruitment: { pivotal: { budget: 0 }, requirements: { troops: 0 } } }
  const problem = { pivotal: { budget: 1 }, requirements: { troops: 0 }, candidates: [] }
  const game = lib.makeGame([0, 0, 0, 1, 0, 1, 0, 1])
  const old = lib as unknown as Record<string, (...a: unknown[]) => (...b: unknown[]) => E.Either<{ _tag: string; message: string }, unknown>>
  const oldCalls: [string, () => unknown, string][] = [
    ['fitDiscreteHazard(rows, options)', () => (old.fitDiscreteHazard! as (...a: unknown[]) => unknown)(rows, { event: 'exit', covariates: ['x'], link: 'logit' }) as never,
      'DecodeError: options: got a list of rows where the options belong; the options come first and the data last: fitDiscreteHazard({ event, covariates, link })(rows)'],
    ['fitLogit(rows, options)', () => (old.fitLogit! as (...a: unknown[]) => unknown)(rows, { outcome: 'exit', covariates: ['x'] }) as never,
      'DecodeError: options: got a list of rows where the options belong; the options come first and the data last: fitLogit({ outcome, covariates })(rows)'],
    ['simulateCoalitionWar(config)(options)', () => old.simulateCoalitionWar!(war)({ seed: 1, runs: 1 }),
      'DecodeError: options: got a war where the options belong; the options come first and the data last: simulateCoalitionWar({ seed, runs })(config)'],
    ['scenario(spec)(options)', () => old.scenario!(spec)({ seed: 1, runs: 1 }),
      'DecodeError: options: got a scenario where the options belong; the options come first and the data last: scenario({ seed, runs })(spec)'],
    ['recruit(lp)(problem, options)', () => old.recruit!(lp)(problem, { timeLimitSeconds: 5 }),
      'DecodeError: recruit: the options come with the solver, recruit(lp, { timeLimitSeconds })(problem); the problem is the only argument of the second call'],
    ['nucleolusReport(lp)(game, options)', () => old.nucleolusReport!(lp)(E.isRight(game) ? game.right : undefined, { prenucleolus: true }),
      'DecodeError: nucleolusReport: the options come with the solver, nucleolusReport(lp, { prenucleolus })(game); the game is the only argument of the second call'],
  ]
  for (const [label, call, message] of oldCalls)
  it(label, () => {
    // The fits return a function in the new shape; read as the Either the old shape returned, it is the Left.
    const r = call() as unknown as E.Either<{ _tag: string; message: string }, unknown> & ((...a: unknown[]) => unknown)
    expect(msg(r)).toBe(message)
    if (typeof r === 'function') expect(msg(r(rows) as never)).toBe(message)
  })
})
