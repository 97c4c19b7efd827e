// Each family's checked type: made once by its constructor, frozen, used by the family's functions
// without checking it again, and giving the same answers as the unchecked input it came from.
import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { loadLpSolver } from '../src/index.js'
import { bargainingProblem, egalitarian, kalaiSmorodinsky, nashBargaining, type BargainingProblem } from '../src/bargaining/index.js'
import { fitLogit, joinModel, joinProbabilities, joinProbability } from '../src/participation/index.js'
import { recruit, recruitmentProblem, type RecruitmentProblem } from '../src/recruitment/index.js'
import { checkedScenario, scenario, type Scenario } from '../src/scenario/index.js'
import { problemArb } from './fixtures/partners.js'
import { right, spread } from './helpers.js'

const lp = await loadLpSolver()

/** An object whose every property read is counted: a checked copy must not read it again. */
const counted = <A extends object>(value: A): { readonly value: A; readonly reads: () => number } => {
  let reads = 0
  const wrap = (v: unknown): unknown =>
    typeof v !== 'object' || v === null
      ? v
      : new Proxy(v, {
          get: (target, key, receiver) => {
            reads++
            return wrap(Reflect.get(target, key, receiver))
          },
        })
  return { value: wrap(value) as A, reads: () => reads }
}

const deepFrozen = (u: unknown): boolean =>
  typeof u !== 'object' || u === null || (Object.isFrozen(u) && Object.values(u).every(deepFrozen))

describe('recruitment: recruitmentProblem', () => {
  it('gives the plan the unchecked problem gives, from a frozen copy', () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        const checked = right(recruitmentProblem(p))
        expect(deepFrozen(checked)).toBe(true)
        expect(recruit(lp)(checked)).toEqual(recruit(lp)(p))
      }),
      { numRuns: 40 },
    )
  })
  it('is read once: solving it again under other options reads nothing of the input', () => {
    const input = counted<RecruitmentProblem>({
      pivotal: { budget: 80e6, costPerSoldier: 13_000 },
      requirements: { troops: 15_000 },
      candidates: [{ name: 'Thailand', troops: 10_000, deploymentCost: 50e6, ownBenefit: 0 }],
    })
    const checked = right(recruitmentProblem(input.value))
    const after = input.reads()
    for (const timeLimitSeconds of [1, 10, 60]) expect(E.isRight(recruit(lp, { timeLimitSeconds })(checked))).toBe(true)
    expect(input.reads()).toBe(after)
    // The unchecked problem is read on every call.
    recruit(lp)(input.value)
    expect(input.reads()).toBeGreaterThan(after)
  })
  it('names a misspelt key and a repeated name, as recruit does', () => {
    const base = { pivotal: { budget: 1 }, requirements: { troops: 1 }, candidates: [] }
    const typo = recruitmentProblem({ ...base, requirements: { troops: 1, legitimcy: 2 } } as never)
    expect(E.isLeft(typo) && typo.left).toEqual({ _tag: 'DecodeError', message: 'problem.requirements.legitimcy: unknown key; did you mean legitimacy?' })
    const twice = recruitmentProblem({ ...base, candidates: [{ name: 'A', troops: 1, deploymentCost: 0, ownBenefit: 0 }, { name: 'A', troops: 2, deploymentCost: 0, ownBenefit: 0 }] })
    expect(E.isLeft(twice) && twice.left).toEqual({ _tag: 'InvalidProblem', message: 'problem.candidates[1].name: "A" already used by candidates[0]' })
    expect(recruit(lp)({ ...base, requirements: { troops: 1, legitimcy: 2 } } as never)).toEqual(typo)
  })
})

describe('participation: joinModel', () => {
  it('fitLogit returns a checked model; joinProbability gives the same as from the plain record', () => {
    const rows = [1, 1, 1, 0].map((joined) => ({ joined, un: 1 })).concat([1, 0, 0, 0].map((joined) => ({ joined, un: 0 })))
    const { model } = right(fitLogit({ outcome: 'joined', covariates: ['un'] })(rows))
    expect(deepFrozen(model)).toBe(true)
    const plain = { intercept: model.intercept, coefficients: { ...model.coefficients } }
    expect(joinProbability(model)({ un: 1 })).toEqual(joinProbability(plain)({ un: 1 }))
    expect(right(joinModel(plain))).toEqual(model)
  })
  it('joinProbabilities reads the model once, however many partner lists it is given', () => {
    const model = counted({ intercept: -1, coefficients: { allianceTies: 2 } })
    const p = joinProbabilities(model.value)
    const after = model.reads()
    for (let k = 0; k < 5; k++) expect(E.isRight(p([{ name: 'A', covariates: { allianceTies: k % 2 } }]))).toBe(true)
    expect(model.reads()).toBe(after)
  })
  it('a misspelt key is an error, where it was ignored', () => {
    const typo = joinProbability({ intercept: 0, coefficients: {}, coeficients: { un: 1 } } as never)({})
    expect(E.isLeft(typo) && typo.left).toEqual({ _tag: 'DecodeError', message: 'model.coeficients: unknown key; did you mean coefficients?' })
    const model = joinModel({ intercept: Number.NaN, coefficients: {} })
    expect(E.isLeft(model) && model.left._tag).toBe('DecodeError')
  })
})

describe('bargaining: bargainingProblem', () => {
  const solvers = [nashBargaining, kalaiSmorodinsky, egalitarian]
  it('gives the solutions of the unchecked problem, by frontier and by outcomes', () => {
    fc.assert(
      fc.property(spread(0.2, 5), spread(0.2, 5), spread(0, 0.5), (a, b, share) => {
        const d = share * 0.5 * Math.min(a, b)
        const frontier: BargainingProblem = { disagreement: [d, d], frontier: (u1) => b * Math.sqrt(Math.max(0, 1 - (u1 / a) ** 2)), domain: [0, a], weights: [1, 2] }
        const outcomes: BargainingProblem = { disagreement: [0, 0], outcomes: [[a, 0], [0, b], [a / 2, b / 2 + d]] }
        for (const problem of [frontier, outcomes]) {
          const checked = right(bargainingProblem(problem))
          expect(Object.isFrozen(checked) && deepFrozen(checked.disagreement) && deepFrozen('outcomes' in checked ? checked.outcomes : checked.domain)).toBe(true)
          for (const solve of solvers) expect(solve(checked)).toEqual(solve(problem))
        }
      }),
      { numRuns: 50 },
    )
  })
  it('the frontier is checked once: solving the checked problem calls it only to solve', () => {
    let calls = 0
    const problem: BargainingProblem = { disagreement: [0, 0], frontier: (u1) => (calls++, 1 - u1 * u1), domain: [0, 1] }
    nashBargaining(problem)
    const unchecked = calls
    const checked = right(bargainingProblem(problem))
    calls = 0
    nashBargaining(checked)
    expect(calls).toBeLessThan(unchecked)
  })
  it('a misspelt key is an error, where it gave the symmetric solution', () => {
    const r = nashBargaining({ disagreement: [0, 0], outcomes: [[4, 0], [0, 2]], weight: [3, 1] } as never)
    expect(E.isLeft(r) && r.left).toEqual({ _tag: 'DecodeError', message: 'weight: unknown key; did you mean weights?' })
    expect(bargainingProblem({ disagreement: [0, 0], outcomes: [[4, 0], [0, 2]], weight: [3, 1] } as never)).toEqual(r)
  })
})

describe('scenario: checkedScenario', () => {
  const spec: Scenario = {
    partners: [
      { name: 'A', troops: 3000, deploymentCost: 20e6, ownBenefit: 0, joinProbability: 0.9, front: 'separate' },
      { name: 'B', troops: 1000, deploymentCost: 5e6, ownBenefit: 0, joinProbability: 0.6 },
    ],
    joining: 'given',
    recruitment: { pivotal: { budget: 22e6, costPerSoldier: 13_000 }, requirements: { troops: 5000 } },
    exit: { days: 60, model: { link: 'cloglog', intercept: -6, coefficients: { separateFront: 0.7 } } },
  }
  it('runs as the unchecked scenario does, for any seed', () => {
    const checked = right(checkedScenario(spec))
    expect(checked.partners).toEqual(['A', 'B'])
    for (const seed of [1, 2, 3]) expect(scenario({ seed, runs: 50 })(checked)).toEqual(scenario({ seed, runs: 50 })(spec))
  })
  it('is read once, and its errors are those of scenario', () => {
    const input = counted(spec)
    const checked = right(checkedScenario(input.value))
    const after = input.reads()
    for (const seed of [1, 2, 3]) right(scenario({ seed, runs: 10 })(checked))
    expect(input.reads()).toBe(after)
    const typo = { ...spec, burdn: { rule: 'equal' } } as never
    expect(checkedScenario(typo)).toEqual(scenario({ seed: 1, runs: 1 })(typo))
    expect(E.isLeft(checkedScenario(typo))).toBe(true)
  })
  it('a copy of a checked scenario (JSON, a worker thread) is refused by name, not read as a spec', () => {
    const copy = JSON.parse(JSON.stringify(right(checkedScenario(spec))))
    expect(scenario({ seed: 1, runs: 1 })(copy)).toEqual(
      E.left({ _tag: 'DecodeError', message: 'spec: a copy of a checked scenario, not one checkedScenario made in this thread; pass the scenario itself, or checkedScenario(spec) here' }),
    )
  })
})
