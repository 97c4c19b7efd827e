// Every decoding entry point of the model families: arbitrary input gives a Left or a Right, never a
// throw and never NaN; valid input is not mutated.
import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as lib from '../src/index.js'

const lp = await lib.loadLpSolver()

type Entry = (u: never) => E.Either<unknown, unknown>
const entries: Record<string, [Entry, () => unknown]> = {
  weightedVotingGame: [lib.weightedVotingGame, () => ({ quota: 3, weights: [2, 1, 1], players: ['a', 'b', 'c'] })],
  claimsProblem: [lib.claimsProblem, () => ({ estate: 200, claims: [300, 100, 200] })],
  nashBargaining: [lib.nashBargaining, () => ({ disagreement: [0, 0], outcomes: [[1, 0], [0, 1], [0.6, 0.6]], weights: [1, 2] })],
  kalaiSmorodinsky: [lib.kalaiSmorodinsky, () => ({ disagreement: [0, 0], outcomes: [[1, 0], [0, 1]] })],
  egalitarian: [lib.egalitarian, () => ({ disagreement: [0, 0], frontier: (u: number) => 1 - u, domain: [0, 1] })],
  nashBargainingTU: [lib.nashBargainingTU, () => ({ surplus: 10, disagreement: [1, 2], weights: [1, 3] })],
  rubinstein: [lib.rubinstein, () => ({ delta1: 0.9, delta2: 0.8, outsideOption2: 0.5 })],
  rotatingProposer: [lib.rotatingProposer, () => ({ deltas: [0.9, 0.8, 0.7] })],
  baronFerejohn: [lib.baronFerejohn, () => ({ n: 5, delta: 0.9 })],
  olsonZeckhauser: [lib.olsonZeckhauser, () => ({ incomes: [10, 5, 1], alpha: 0.3 })],
  shapleySample: [
    ((u: { options: never; game: never }) => lib.shapleySample(u?.options)(u?.game)) as Entry,
    () => ({ options: { samples: 5, seed: 1 }, game: { n: 3, worth: (S: readonly number[]) => S.length ** 2 } }),
  ],
  owenSample: [
    ((u: { options: never; game: never; blocs: never }) => lib.owenSample(u?.options)(u?.game, u?.blocs)) as Entry,
    () => ({ options: { samples: 5, seed: 1 }, game: { n: 3, worth: (S: readonly number[]) => S.length ** 2, players: ['A', 'B', 'C'] }, blocs: [['A', 'C']] }),
  ],
  lindahl: [lib.lindahl, () => ({ incomes: [10, 5, 1], alpha: 0.3 })],
  jointProduct: [lib.jointProduct, () => ({ incomes: [10, 5, 1], alpha: 0.3, beta: 0.2 })],
  quasiLinearPublicGood: [lib.quasiLinearPublicGood, () => ({ valuations: [1, 3, 2] })],
  disproportionality: [lib.disproportionality, () => ({ gdp: [1, 2, 3, 4], burden: [1, 3, 2, 4] })],
  partialSpearman: [lib.partialSpearman, () => ({ x: [1, 2, 3, 4, 5], y: [1, 3, 2, 5, 4], z: [2, 1, 4, 3, 5] })],
  airportGame: [lib.airportGame, () => ({ costs: [1, 2, 3] })],
  airportShapley: [lib.airportShapley, () => ({ costs: [1, 2, 3] })],
  fairShareGap: [lib.fairShareGap, () => ({ cost: [1, 2], benefit: [2, 1] })],
  hazardModel: [lib.hazardModel, () => ({ link: 'cloglog', intercept: -5, coefficients: { x: 1 }, baseline: { kind: 'piecewise', from: [1, 10], shift: [0, -1] } })],
  survivalCurve: [lib.survivalCurve, () => [0.1, 0.2, 0.3]],
  coalitionSurvival: [lib.coalitionSurvival, () => [[0.1, 0.2], [0.3, 0.1]]],
  retentionPayment: [lib.retentionPayment, () => ({ link: 'logit', linearPredictor: 0, paymentCoefficient: -0.5, targetHazard: 0.1 })],
  retentionPaymentUtility: [lib.retentionPaymentUtility, () => ({ winProbability: 0.4, prize: 100, cost: 30, outsideOption: 25 })],
  holdUp: [lib.holdUp, () => ({ demand: 10, troops: 5, pivotalCostPerSoldier: 3, partnerCostPerSoldier: 1, legitimacy: 2, bargainingPower: 0.5 })],
  toPersonPeriod: [lib.toPersonPeriod, () => [{ id: 'A', entry: 0, exit: 3, event: 1, covariates: { x: 1 }, changes: [{ from: 2, values: { x: 2 } }] }]],
  kaplanMeier: [lib.kaplanMeier, () => ({ durations: [1, 2, 2, 3], events: [1, 0, 1, 1] })],
  logRank: [lib.logRank, () => ({ durations: [1, 2, 2, 3, 4], events: [1, 0, 1, 1, 1], groups: ['a', 'b', 'a', 'b', 'a'] })],
  fitDiscreteHazard: [
    ((u: { rows: object[]; options: never }) => lib.fitDiscreteHazard(u?.options)(u?.rows)) as Entry,
    () => ({ rows: [{ e: 0, x: 1 }, { e: 1, x: 2 }, { e: 0, x: 3 }, { e: 1, x: 1 }, { e: 0, x: 2 }], options: { event: 'e', covariates: ['x'], link: 'logit' } }),
  ],
  simulateCoalitionWar: [
    ((u: { config: never; options: never }) => lib.simulateCoalitionWar(u?.options)(u?.config)) as Entry,
    () => ({ config: { days: 20, model: { link: 'logit', intercept: -3, coefficients: { separateFront: 1, worsening: 0.5 } }, partners: [{ name: 'A', front: 'separate' }] }, options: { seed: 1, runs: 3 } }),
  ],
  bargainPayment: [lib.bargainPayment, () => ({ candidate: { name: 'X', troops: 1000, deploymentCost: 20e6, ownBenefit: 5e6, bargainingPower: 0.5, sideDeal: { valueToRecipient: 10e6, costToPivotal: 1e6 } }, costPerSoldier: 20_000 })],
  classifyRecipient: [lib.classifyRecipient, () => ({ name: 'Colombia', troops: 1068, deploymentCost: 6e6, ownBenefit: 8e6, ownResources: 1e6 })],
  takeItOrLeaveIt: [lib.takeItOrLeaveIt, () => ({ value: 30, reservationLow: 10, reservationHigh: 40 })],
  recruit: [
    ((u: never) => lib.recruit(lp)(u)) as Entry,
    () => ({
      pivotal: { budget: 50e6, costPerSoldier: 138_465 },
      requirements: { troops: 3000, legitimacy: 1 },
      candidates: [
        { name: 'A', troops: 2000, deploymentCost: 30e6, ownBenefit: 10e6, legitimacy: 1, critical: true },
        { name: 'B', troops: 1500, deploymentCost: 10e6, ownBenefit: 2e6, bargainingPower: 0.5, sideDeal: { valueToRecipient: 5e6, costToPivotal: 1e6 } },
      ],
    }),
  ],
  joinProbabilities: [
    ((u: { model: never; partners: never }) => lib.joinProbabilities(u?.model)(u?.partners)) as Entry,
    () => ({ model: { intercept: -1, coefficients: { allianceTies: 1.2 } }, partners: [{ name: 'A', covariates: { allianceTies: 1 } }, { name: 'B', troops: 3, covariates: { allianceTies: 0 } }] }),
  ],
  hazards: [
    ((u: { model: never; partners: never; t: never }) => lib.hazards(u?.model)(u?.partners, u?.t)) as Entry,
    () => ({ model: { link: 'cloglog', intercept: -5, coefficients: { separateFront: 0.7, x: 1 } }, partners: [{ name: 'A', front: 'separate', covariates: { x: 1 } }, { name: 'B', covariates: { x: 0 } }], t: 3 }),
  ],
  costShares: [
    ((u: { rule: never; cost: never; partners: never }) => lib.costShares(u?.rule)(u?.cost, u?.partners)) as Entry,
    () => ({ rule: { rule: 'constrainedEqualLosses', by: 'gdp' }, cost: 90, partners: [{ name: 'A', gdp: 100 }, { name: 'B', gdp: 30, troops: 5 }] }),
  ],
  scenario: [
    ((u: { spec: never; options: never }) => lib.scenario(u?.options)(u?.spec)) as Entry,
    () => ({
      spec: {
        partners: [
          { name: 'A', troops: 2000, deploymentCost: 30e6, ownBenefit: 10e6, joinProbability: 0.7, gdp: 10, front: 'separate', covariates: { x: 1 } },
          { name: 'B', troops: 1500, deploymentCost: 10e6, ownBenefit: 2e6, joinProbability: 0.4, gdp: 5, critical: true },
        ],
        joining: 'given',
        recruitment: { pivotal: { budget: 50e6, costPerSoldier: 40_000 }, requirements: { troops: 3000 } },
        requirement: { size: 1 },
        burden: { rule: 'proportional', by: 'gdp', pivotal: { name: 'P', gdp: 30 } },
        exit: { days: 20, model: { link: 'logit', intercept: -3, coefficients: { separateFront: 1, worsening: 0.5 } }, retention: { paymentCoefficient: -1e-6, targetHazard: 0.01, valuePerDay: 1e5 } },
      },
      options: { seed: 1, runs: 5, within: 10 },
    }),
  ],
  grid: [lib.grid as Entry, () => ({ a: [1, 2], b: ['x'] })],
  toCsv: [lib.toCsv as Entry, () => [{ a: 1, b: 'x, y' }, { a: undefined, c: true }]],
  joinProbability: [
    ((u: { model: never; covariates: never }) => lib.joinProbability(u?.model)(u?.covariates)) as Entry,
    () => ({ model: { intercept: -1, coefficients: { unAuthorization: 1.2, domesticIntervention: -0.8 } }, covariates: { unAuthorization: 1, domesticIntervention: 0 } }),
  ],
  fitLogit: [
    ((u: { rows: object[]; options: never }) => lib.fitLogit(u?.options)(u?.rows)) as Entry,
    () => ({ rows: [{ j: 0, x: 1 }, { j: 1, x: 2 }, { j: 0, x: 3 }, { j: 1, x: 1 }, { j: 0, x: 2 }], options: { outcome: 'j', covariates: ['x'] } }),
  ],
  coalitionSizeDistribution: [lib.coalitionSizeDistribution, () => [0.9, 0.5, 0.1, 1, 0]],
  requirementProbability: [lib.requirementProbability, () => ({ candidates: [{ probability: 0.6, troops: 2500 }, { probability: 0.5, troops: 1000 }], requirement: { troops: 3000 } })],
  allocatePayments: [
    lib.allocatePayments,
    () => ({ budget: 10e6, requirement: { size: 2 }, candidates: [{ name: 'A', probability: 0.9, paymentEffect: 0, troops: 10 }, { name: 'B', probability: 0.3, paymentEffect: 4e-7, maxPayment: 5e6 }, { name: 'C', probability: 0.3, paymentEffect: 1e-7 }], steps: 20 }),
  ],
}

const allFinite = (u: unknown): boolean =>
  typeof u === 'number' ? Number.isFinite(u) : Array.isArray(u) ? u.every(allFinite) : typeof u === 'object' && u !== null && !ArrayBuffer.isView(u) ? Object.values(u).every(allFinite) : true

const deepFreeze = <T>(u: T): T => {
  if (typeof u === 'object' && u !== null) {
    Object.values(u).forEach(deepFreeze)
    Object.freeze(u)
  }
  return u
}

// Valid-looking objects with one field replaced by something arbitrary reach past the first check.
const mutate = (valid: Record<string, unknown>) =>
  fc.tuple(fc.constantFrom(...Object.keys(valid)), fc.oneof(fc.anything(), fc.array(fc.oneof(fc.double(), fc.constant(Number.NaN), fc.integer())), fc.double())).map(
    ([key, value]) => ({ ...valid, [key]: value }),
  )

describe.each(Object.entries(entries))('%s', (_, [f, valid]) => {
  it('returns an Either with no NaN or ±Infinity on arbitrary and almost-valid input, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), mutate(valid() as Record<string, unknown>)), (u) => {
        const r = f(u as never)
        expect(['Left', 'Right']).toContain(r._tag)
        if (E.isLeft(r)) expect(typeof (r.left as { message: string }).message).toBe('string')
        else expect(allFinite(r.right)).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
  it('accepts its documented input and leaves it untouched', () => {
    const input = deepFreeze(valid())
    const before = JSON.stringify(input)
    expect(E.isRight(f(input as never))).toBe(true)
    expect(JSON.stringify(input)).toBe(before)
  })
})
