// Owen, Myerson and position values against values computed outside this library: the example in the
// reference manual of the R package GameTheoryAllocation, and brute force over orders in base R
// (test/fixtures/blocs-graphs.R, run with `Rscript test/fixtures/blocs-graphs.R`, R 4.2), on a
// weighted council with blocs and on an alliance graph with a cycle and tails.
import { describe, it } from 'vitest'
import { gameFromFunction, myersonValue, owenValue, positionValue, shapley } from '../../src/index.js'
import { close, right } from '../helpers.js'

describe('the Owen value', () => {
  it('the cost game of GameTheoryAllocation\'s manual: c = (1, 1, 2, 1, 2, 2, 2), blocs {1, 2} and {3}: (0.25, 0.25, 1.5); Shapley (1/3, 1/3, 4/3)', () => {
    // Saavedra-Nieves, R package GameTheoryAllocation 1.0, Owen_value and Shapley_value examples. The
    // manual lists coalitions as 1, 2, 3, 12, 13, 23, 123; a cost game's Owen value is the formula on c.
    const c: Record<string, number> = { '1': 1, '2': 1, '3': 2, '12': 1, '13': 2, '23': 2, '123': 2 }
    const game = right(gameFromFunction(3, (S) => (S.length === 0 ? 0 : c[S.map((i) => i + 1).join('')]!), { players: ['1', '2', '3'] }))
    close(right(owenValue(game, [['1', '2'], ['3']])), [0.25, 0.25, 1.5], 1e-12)
    close(shapley(game), [1 / 3, 1 / 3, 4 / 3], 1e-12)
  })
  it('a council (weights 5, 4, 3, 3, 2, 1, quota 11) with blocs {1, 4}, {2, 3, 5}, {6}: as R computes it over the bloc-respecting orders', () => {
    const w = [5, 4, 3, 3, 2, 1]
    const council = right(gameFromFunction(6, (S) => (S.reduce((s, i) => s + w[i]!, 0) >= 11 ? 1 : 0)))
    // Rscript test/fixtures/blocs-graphs.R: "owen council" and "shapley council".
    close(right(owenValue(council, [['1', '4'], ['2', '3', '5'], ['6']])), [0.25, 0.19444444444444445, 0.19444444444444445, 0.25, 0.1111111111111111, 0], 1e-12)
    close(shapley(council), [0.33333333333333331, 0.20000000000000001, 0.16666666666666666, 0.16666666666666666, 0.083333333333333329, 0.050000000000000003], 1e-12)
  })
})

describe('the Myerson and position values', () => {
  // Links A–B, B–C, C–D, B–D, D–E: a cycle B–C–D with a tail at each end.
  const links: [string, string][] = [['A', 'B'], ['B', 'C'], ['C', 'D'], ['B', 'D'], ['D', 'E']]
  const players = ['A', 'B', 'C', 'D', 'E']
  it('worth (Σ weights)² / 10 with weights 1..5: as R computes them from the restricted game and the link game', () => {
    const quadratic = right(gameFromFunction(5, (S) => S.reduce((s, i) => s + i + 1, 0) ** 2 / 10, { players }))
    // Rscript test/fixtures/blocs-graphs.R: "myerson quadratic" and "position quadratic".
    close(right(myersonValue(quadratic, links)), [1.0166666666666677, 3.3833333333333346, 3.8999999999999981, 7.7833333333333421, 6.416666666666667], 1e-12)
    close(right(positionValue(quadratic, links)), [0.90000000000000135, 3.6750000000000012, 3.5499999999999989, 8.2249999999999996, 6.1500000000000004], 1e-12)
  })
  it('a five-member council (weights 5, 4, 3, 3, 2, quota 9) on the same links: as R computes it', () => {
    const w = [5, 4, 3, 3, 2]
    const council = right(gameFromFunction(5, (S) => (S.reduce((s, i) => s + w[i]!, 0) >= 9 ? 1 : 0), { players }))
    // Rscript test/fixtures/blocs-graphs.R: "myerson council5".
    close(right(myersonValue(council, links)), [0.20000000000000001, 0.6166666666666667, 0.033333333333333333, 0.11666666666666667, 0.033333333333333333], 1e-12)
  })
})
