// A study task of one's own (examples/study.ts): runs in runStudy's worker threads, one call per grid
// point and seed. It builds its scenario from the point's parameters, runs it, and returns one row.
import { either as E } from 'fp-ts'
import { scenario, type Partner } from '../../src/scenario/index.js' // in your project: from 'coalitions/scenario'

export interface Point {
  readonly budget: number
  readonly separateHazard: number
}

// Five partners: their troops and prices after the More Flags recipe, willingness assumed.
const partners: Partner[] = [
  { name: 'Thailand', troops: 10_000, deploymentCost: 50e6, ownBenefit: 0, joinProbability: 0.87 },
  { name: 'Philippines', troops: 2_000, deploymentCost: 9.13e6, ownBenefit: 0, joinProbability: 0.87 },
  { name: 'South Korea', troops: 26_042, deploymentCost: 166.7e6, ownBenefit: 0, joinProbability: 0.75, front: 'separate' },
  { name: 'Australia', troops: 7_000, deploymentCost: 91e6, ownBenefit: 91e6, joinProbability: 0.75 },
  { name: 'New Zealand', troops: 500, deploymentCost: 6.5e6, ownBenefit: 6.5e6, joinProbability: 0.38 },
]

export default (point: Point, seed: number) => {
  const result = scenario({ seed, runs: 500, within: 365 })({
    partners,
    joining: 'given',
    recruitment: { pivotal: { budget: point.budget, costPerSoldier: 13_000 }, requirements: { troops: 40_000 } },
    exit: { days: 365, model: { link: 'cloglog', intercept: -8.5, coefficients: { separateFront: Math.log(point.separateHazard) } } },
  })
  return E.map(({ summary }: { summary: { expectedCost: number | undefined; pNoExit: number | undefined; expectedExits: number } }) => ({
    expectedCost: summary.expectedCost,
    pNoExit: summary.pNoExit,
    expectedExits: summary.expectedExits,
  }))(result)
}
