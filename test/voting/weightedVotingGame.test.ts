// weightedVotingGame: the forms of a quota, the exact rescaling to whole numbers (checked by hand),
// and every rule broken, with its tag.
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { banzhafIndex, shapleyShubik, toGame, weightedVotingGame } from '../../src/voting/index.js'
import { right } from '../helpers.js'

describe('the exact rescaling, by hand', () => {
  const scaled: [string, number, number[], number, number[], number, number][] = [
    // quota, weights → integer quota, integer weights, scale, the quota reported
    ['[0.75; 0.25, 0.5, 1]: hundredths, then the common factor 25', 0.75, [0.25, 0.5, 1], 3, [1, 2, 4], 4, 0.75],
    ['[6; 2, 4, 6]: the common factor 2', 6, [2, 4, 6], 3, [1, 2, 3], 0.5, 6],
    ['[1e21; 1e21, 1e21]: exponents written out', 1e21, [1e21, 1e21], 1, [1, 1], 1e-21, 1e21],
    ['[0.6; 0.5, 0.3]: below one vote, with weights that total less than 2', 0.6, [0.5, 0.3], 6, [5, 3], 10, 0.6],
  ]
  for (const [label, quota, weights, integerQuota, integerWeights, scale, reported] of scaled)
  it(label, () => {
    const g = right(weightedVotingGame({ quota, weights }))
    expect([g.integerQuota, g.integerWeights, g.scale, g.quota]).toEqual([integerQuota, integerWeights, scale, reported])
    expect(g.share).toBeUndefined()
  })
  it('{ votes: 0.5 } among weights 1 and 2 counts in half votes', () => {
    const g = right(weightedVotingGame({ quota: { votes: 0.5 }, weights: [1, 2] }))
    expect([g.integerQuota, g.integerWeights, g.scale, g.quota]).toEqual([1, [2, 4], 2, 0.5])
  })
  it('{ share } is applied to the whole-number total and rounded up: half of 15 is 8, 60% of 10 is 6 exactly, all of 3 is 3', () => {
    expect(right(weightedVotingGame({ quota: { share: 0.5 }, weights: [7, 7, 1] }))).toMatchObject({ integerQuota: 8, quota: 8, share: 0.5 })
    expect(right(weightedVotingGame({ quota: { share: 0.6 }, weights: [3, 3, 4] }))).toMatchObject({ integerQuota: 6, quota: 6, share: 0.6 })
    expect(right(weightedVotingGame({ quota: { share: 1 }, weights: [1, 2] }))).toMatchObject({ integerQuota: 3, quota: 3, share: 1 })
    // 60% of 7 + 7 + 1 is 9: {7, 1} loses, {7, 7} wins, and the weight-1 voter is a dummy (at half,
    // 8, {7, 1} wins and all three are equal).
    const ss = right(shapleyShubik(right(weightedVotingGame({ quota: { share: 0.6 }, weights: [7, 7, 1] }))))
    expect(Math.abs(ss[0]! - 0.5) + Math.abs(ss[1]! - 0.5)).toBeLessThan(1e-15)
    expect(ss[2]).toBe(0)
    right(shapleyShubik(right(weightedVotingGame({ quota: { share: 0.5 }, weights: [7, 7, 1] })))).forEach((x) => expect(x).toBeCloseTo(1 / 3, 15))
  })
  it('labels default to 1..n; the game is frozen and known to the other functions, a copy is not', () => {
    const g = right(weightedVotingGame({ quota: 2, weights: [1, 1, 1] }))
    expect(g.players).toEqual(['1', '2', '3'])
    expect([Object.isFrozen(g), Object.isFrozen(g.weights), Object.isFrozen(g.integerWeights)]).toEqual([true, true, true])
    expect(E.isRight(toGame(g))).toBe(true)
    const copy = toGame({ ...g } as never)
    expect(E.isLeft(copy) && copy.left._tag).toBe('DecodeError')
  })
  it('a total weight of exactly 10,000,000 is counted; one more unit is TooLarge', () => {
    expect(E.isRight(weightedVotingGame({ quota: 1, weights: [9_999_999, 1] }))).toBe(true)
    const r = weightedVotingGame({ quota: 1, weights: [9_999_999, 2] })
    expect(E.isLeft(r) && r.left).toEqual({
      _tag: 'TooLarge',
      message: 'weights: made whole by the exact factor 1, they sum to 10000001, above the 10000000 the counting methods accept: round the weights to fewer decimals',
    })
  })
})

describe('every rule broken, with its tag', () => {
  const refused: [Parameters<typeof weightedVotingGame>[0], string, string][] = [
    [{ quota: { share: 1.5 }, weights: [1, 2] }, 'InvalidProblem', 'quota.share: 1.5 is above 1, the whole of the total weight; a share lies in (0, 1]'],
    [{ quota: { share: 0.5, votes: 2 }, weights: [1, 2] }, 'DecodeError', 'quota: give either { share } or { votes }, not both'],
    [{ quota: 0.5, weights: [1, 2] }, 'InvalidProblem', 'quota: 0.5 is less than one vote while the weights total 3; write a share of the total weight as { share: 0.5 }, or an absolute quota below one vote as { votes: 0.5 }'],
    [{ quota: 1, weights: [0, 0] }, 'InvalidGame', 'weights: every weight is 0, so no coalition can win'],
    [{ quota: 4, weights: [1, 2] }, 'InvalidGame', 'quota: 4 exceeds the total weight 3, so no coalition can win'],
    [{ quota: { shares: 0.5 }, weights: [1, 2] }, 'DecodeError', 'quota.shares: unknown key; did you mean share?'],
    [{ quota: 1, weight: [1, 2] }, 'DecodeError', 'weight: unknown key; did you mean weights?'],
    [{ quota: { share: 0 }, weights: [1] }, 'DecodeError', 'quota: expected a number of votes > 0, { share } in (0, 1] or { votes } > 0, got {"share":0}'],
    [{ quota: 1, weights: [1, -1] }, 'DecodeError', 'weights[1]: expected a finite number ≥ 0, got -1'],
    [{ quota: Infinity, weights: [1, 2] }, 'DecodeError', 'quota: expected a number of votes > 0, { share } in (0, 1] or { votes } > 0, got Infinity'],
    [{ quota: null, weights: [1, 2] }, 'DecodeError', 'quota: expected a number of votes > 0, { share } in (0, 1] or { votes } > 0, got null'],
    [{ quota: { share: 'x' }, weights: [1, 2] }, 'DecodeError', 'quota: expected a number of votes > 0, { share } in (0, 1] or { votes } > 0, got {"share":"x"}'],
    [{ quota: 1, weights: 'x' }, 'DecodeError', 'weights: expected a list of finite numbers ≥ 0, got the string "x"'],
    [{ quota: 1, weights: [1, 2], players: [''] }, 'DecodeError', 'players[0]: expected a non-empty string, got the string ""'],
    [{ quota: 1, weights: [1, 2], players: 'x' }, 'DecodeError', 'players: expected a list of non-empty strings, got the string "x"'],
    [{ quota: 1, weights: [1, 2], players: ['A'] }, 'InvalidGame', 'players: expected 2 labels, one per weight, got 1'],
    [{ quota: 1, weight: [1, 2], player: [] }, 'DecodeError', 'weight: unknown key; did you mean weights?\nplayer: unknown key; did you mean players?'],
    [{ quota: { shares: 1, vote: 2 }, weights: [1] }, 'DecodeError', 'quota.shares: unknown key; did you mean share?\nquota.vote: unknown key; did you mean votes?'],
    // Weights totalling exactly 2 are "two votes": a quota of 0.5 is ambiguous there too.
    [{ quota: 0.5, weights: [1, 1] }, 'InvalidProblem', 'quota: 0.5 is less than one vote while the weights total 2; write a share of the total weight as { share: 0.5 }, or an absolute quota below one vote as { votes: 0.5 }'],
  ]
  for (const [input, tag, message] of refused)
  it(`${JSON.stringify(input)}: ${tag}`, () => {
    expect(weightedVotingGame(input)).toEqual(E.left({ _tag: tag, message }))
  })
})

describe('the counting work is bounded before any counting (fast: nothing is counted)', () => {
  it('Shapley–Shubik for 2,000 shareholders with 9 million votes, and Banzhaf for 8,000 voters with 9.6 million, are TooLarge at once', () => {
    const shareholders = right(weightedVotingGame({ quota: { share: 0.5 }, weights: Array.from({ length: 2000 }, (_, i) => 3500 + i) }))
    const ss = shapleyShubik(shareholders)
    expect(E.isLeft(ss) && ss.left._tag).toBe('TooLarge')
    const voters = right(weightedVotingGame({ quota: { share: 0.5 }, weights: Array.from({ length: 8000 }, (_, i) => 1199 + (i % 3)) }))
    const bz = banzhafIndex(voters)
    expect(E.isLeft(bz) && bz.left._tag).toBe('TooLarge')
  })
})
