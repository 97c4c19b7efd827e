// recruitmentProblem: every field's rule in the user's words, and the frozen copy recruit trusts.
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { recruitmentProblem } from '../../src/recruitment/index.js'
import { right } from '../helpers.js'

const base = { pivotal: { budget: 1 }, requirements: { troops: 0 }, candidates: [] }

describe('recruitmentProblem', () => {
  it.each([
    [null, 'problem: expected an object { pivotal, requirements, candidates }, got null'],
    [{ ...base, pivotal: { budget: -1 } }, 'problem.pivotal.budget: expected a finite number ≥ 0, got -1'],
    [{ ...base, pivotal: { budget: 1, costPerSoldier: 'x' } }, 'problem.pivotal.costPerSoldier: expected a finite number ≥ 0, got the string "x"'],
    [{ ...base, requirements: { troops: -1 } }, 'problem.requirements.troops: expected a finite number ≥ 0, got -1'],
    [{ ...base, requirements: { troops: 1, legitimacy: -2 } }, 'problem.requirements.legitimacy: expected a finite number ≥ 0, got -2'],
    [{ ...base, candidates: 'x' }, 'problem.candidates: expected a list of candidates, got the string "x"'],
    [{ ...base, candidates: [{ name: 'A', troops: 1, deploymentCost: 0, ownBenefit: 0, critcal: true }] }, 'problem.candidates[0].critcal: unknown key; did you mean critical?'],
    [{ ...base, extra: 1 }, 'problem.extra: unknown key; expected one of pivotal, requirements, candidates'],
    [{ ...base, pivotal: { budget: 1, costPerSoldr: 3 } }, 'problem.pivotal.costPerSoldr: unknown key; did you mean costPerSoldier?'],
    [{ ...base, pivotal: { budjet: 1 } }, 'problem.pivotal.budjet: unknown key; did you mean budget?\nproblem.pivotal.budget: expected a finite number ≥ 0, got nothing'],
  ])('%j is a DecodeError: %s', (input, message) => {
    expect(recruitmentProblem(input)).toEqual(E.left({ _tag: 'DecodeError', message }))
  })
  it('a name used twice is an InvalidProblem naming both', () => {
    const c = { troops: 1, deploymentCost: 0, ownBenefit: 0 }
    expect(recruitmentProblem({ ...base, candidates: [{ name: 'A', ...c }, { name: 'B', ...c }, { name: 'A', ...c }] })).toEqual(
      E.left({ _tag: 'InvalidProblem', message: 'problem.candidates[2].name: "A" already used by candidates[0]' }),
    )
  })
  it('is a frozen copy, all the way down: later edits to the input change nothing', () => {
    const input = {
      pivotal: { budget: 10, costPerSoldier: 2 },
      requirements: { troops: 5, legitimacy: 1 },
      candidates: [{ name: 'A', troops: 5, deploymentCost: 3, ownBenefit: 0, legitimacy: 1, sideDeal: { valueToRecipient: 1, costToPivotal: 1 }, covariates: { allianceTies: 1 } }],
    }
    const p = right(recruitmentProblem(input))
    expect(p).toEqual(input)
    expect(p).not.toBe(input)
    for (const part of [p, p.pivotal, p.requirements, p.candidates, p.candidates[0]!, p.candidates[0]!.sideDeal!, p.candidates[0]!.covariates!]) expect(Object.isFrozen(part)).toBe(true)
    input.pivotal.budget = 0
    input.candidates[0]!.sideDeal.costToPivotal = 99
    input.candidates[0]!.covariates.allianceTies = 0
    expect(p.pivotal.budget).toBe(10)
    expect(p.candidates[0]!.sideDeal!.costToPivotal).toBe(1)
    expect(p.candidates[0]!.covariates!['allianceTies']).toBe(1)
  })
  it('a candidate without a side deal or covariates gets none', () => {
    const p = right(recruitmentProblem({ ...base, candidates: [{ name: 'A', troops: 1, deploymentCost: 0, ownBenefit: 0 }] }))
    expect(Object.keys(p.candidates[0]!).sort()).toEqual(['deploymentCost', 'name', 'ownBenefit', 'troops'])
  })
})
