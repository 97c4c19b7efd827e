// The scenario's messages (issue 15): every bad input is a Left naming the path and the rule broken,
// in the user's words; a user's step that throws or returns something else is reported, never thrown.
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { scenario } from '../../src/scenario/index.js'

const P = [{ name: 'A', troops: 10, deploymentCost: 5, ownBenefit: 0, joinProbability: 0.5 }, { name: 'B', troops: 5, deploymentCost: 5, ownBenefit: 0, joinProbability: 0.5 }]
const R = { pivotal: { budget: 10 }, requirements: { troops: 10 } }
const cases: [string, unknown, unknown, string][] = [
  ['unknown top key', { partners: P, joining: 'given', recruitment: R, burdn: {} }, {}, `DecodeError: burdn: unknown key; did you mean burden?`],
  ['misspelt partner key', { partners: [{ ...P[0], joinProbabilty: 0.5 }], joining: 'given', recruitment: R }, {}, `DecodeError: partners[0].joinProbabilty: unknown key; did you mean joinProbability?`],
  ['missing joinProbability', { partners: [{ name: 'A', troops: 1, deploymentCost: 1, ownBenefit: 0 }], joining: 'given', recruitment: R }, {}, `InvalidProblem: partners[0].joinProbability: joining 'given' reads each partner's joinProbability; "A" has none`],
  ['missing deploymentCost', { partners: [{ name: 'A', troops: 1, ownBenefit: 0 }], joining: 'all', recruitment: R }, {}, `DecodeError: partners[0].deploymentCost: expected a finite number ≥ 0, got nothing (recruitment terms need every partner's troops, deploymentCost and ownBenefit)`],
  ['bad joining', { partners: P, joining: 'some', recruitment: R }, {}, `DecodeError: joining: expected 'all', 'given', { model } or a function, got the string "some"`],
  ['join model missing covariate', { partners: P, joining: { model: { intercept: 0, coefficients: { x: 1 } } }, recruitment: R }, {}, `DecodeError: partners[0].covariates.x: expected a finite number, got nothing`],
  ['too many', { partners: Array.from({ length: 21 }, (_, i) => ({ name: `P${i}`, troops: 1, deploymentCost: 1, ownBenefit: 0 })), joining: 'all', recruitment: R }, {}, `TooLarge: partners: recruitment terms enumerate every plan, for at most 20 partners, and there are 21; pass recruitment as a function of the willing partners instead, e.g. (willing) => recruit(lp)({ pivotal, requirements, candidates: willing })`],
  ['throwing join', { partners: P, joining: () => { throw new Error('boom') }, recruitment: R }, {}, `InvalidProblem: joining: the step threw: boom`],
  ['join not either', { partners: P, joining: () => ({ A: 0.5 }), recruitment: R }, {}, `InvalidProblem: joining: expected the step to return an Either (E.right or E.left), got {"A":0.5}`],
  ['join missing name', { partners: P, joining: () => E.right({ A: 0.5 }), recruitment: R }, {}, `InvalidProblem: joining: expected a probability in [0, 1] for partners[1] ("B"), got nothing`],
  ['recruit step bad member', { partners: P, joining: 'all', recruitment: () => E.right({ members: [{ name: 'Z', payment: 1 }], totalPayments: 1, ownTroops: 0, partnerTroops: 0, legitimacy: 0, totalCost: 1, unilateralCost: 1 }) }, { seed: 1, runs: 1 }, `InvalidProblem: run 0: recruitment: the step's plan recruits the string "Z", which is not among the willing partners`],
  ['claims infeasible', { partners: P.map((p) => ({ ...p, gdp: 1 })), joining: 'all', recruitment: R, burden: { rule: 'talmud', by: 'gdp', pivotal: { gdp: 1 } } }, { seed: 1, runs: 1 }, `Infeasible: run 0: burden: the sharers (the pivotal state and the members): the cost 5 exceeds the sharers' total gdp 2, so a claims rule cannot divide it; share in proportion instead`],
  ['burden no gdp', { partners: P, joining: 'all', recruitment: R, burden: { rule: 'proportional', by: 'gdp' } }, { seed: 1, runs: 1 }, `InvalidProblem: burden.pivotal.gdp: sharing by gdp needs the pivotal state's gdp too`],
  ['pivotal name clash', { partners: P, joining: 'all', recruitment: R, burden: { rule: 'equal', pivotal: { name: 'A' } } }, { seed: 1, runs: 1 }, `InvalidProblem: burden.pivotal.name: "A" is also a partner's name; give the pivotal state its own`],
  ['options typo', { partners: P, joining: 'all', recruitment: R }, { seed: 1, run: 2 }, `DecodeError: options.run: unknown key; did you mean runs?`],
  ['exit covariate missing', { partners: P, joining: 'all', recruitment: R, exit: { days: 5, model: { link: 'logit', intercept: -3, coefficients: { democracy: 1 } } } }, { seed: 1, runs: 1 }, `InvalidProblem: partners[0].covariates.democracy: the model has a coefficient for it, but no value was given`],
  ['exit typo', { partners: P, joining: 'all', recruitment: R, exit: { days: 5, model: { link: 'logit', intercept: -3, coefficients: {} }, retenton: {} } }, { seed: 1, runs: 1 }, `DecodeError: exit.retenton: unknown key; did you mean retention?`],
  ['requirement bad', { partners: P, joining: 'all', recruitment: R, requirement: { flags: 2 } }, { seed: 1, runs: 1 }, `DecodeError: requirement: expected a requirement { size } or { troops }, got {"flags":2}`],
  ['recruitment typo', { partners: P, joining: 'all', recruitment: { pivotal: { budgt: 1 }, requirements: { troops: 1 } } }, { seed: 1, runs: 1 }, `DecodeError: recruitment.pivotal.budgt: unknown key; did you mean budget?`],
  ['TooLarge runs', { partners: P, joining: 'all', recruitment: R, exit: { days: 36500, model: { link: 'logit', intercept: -3, coefficients: {} } } }, { seed: 1, runs: 100000 }, `TooLarge: options.runs: 100,000 runs of a 36,500-day war with up to 2 members are up to 7,300,000,000 partner-days, more than the 1,000,000,000 one call simulates; lower runs (at most 13,698 here) and combine seeds in a study`],
  ['null spec', null, { seed: 1, runs: 1 }, `DecodeError: spec: expected a scenario { partners, joining, recruitment, requirement?, burden?, exit? }, got null`],
]

describe('scenario: bad input', () => {
  it.each(cases)('%s', (_, spec, options, message) => {
    const r = scenario({ seed: 1, runs: 2, ...(options as object) } as never)(spec as never)
    expect(E.isLeft(r) ? `${r.left._tag}: ${r.left.message}` : 'Right').toBe(message)
  })
})
