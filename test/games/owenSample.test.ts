import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { makeGame, owenSample, owenValue, shapleySample } from '../../src/games/index.js'

// A game on up to 7 players with worths drawn as integers 0..30 (evenly, so ties and zeros occur),
// and a partition of its players into blocs given by a bloc number per player.
const instance = fc.integer({ min: 2, max: 7 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 2 ** n - 1, maxLength: 2 ** n - 1 }),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
    fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  ),
)
const blocsOf = (labels: readonly string[], owner: readonly number[]): string[][] =>
  [0, 1, 2, 3].map((b) => labels.filter((_, i) => owner[i] === b)).filter((bloc) => bloc.length > 0)

describe('owenSample', () => {
  it('property: the estimates are unbiased for the exact Owen value: within 5 standard errors (plus rounding) for 4,000 orders', () => {
    fc.assert(
      fc.property(instance, ([n, worths, owner, seed]) => {
        const g = makeGame([0, ...worths])
        if (E.isLeft(g)) return false
        const blocs = blocsOf(g.right.players, owner)
        const exact = owenValue(g.right, blocs)
        const est = owenSample({ samples: 4000, seed })(g.right, blocs)
        if (E.isLeft(exact) || E.isLeft(est)) return false
        return exact.right.every((x, i) => Math.abs(est.right.values[i]! - x) <= 5 * est.right.standardErrors[i]! + 1e-9)
      }),
      { numRuns: 60 },
    )
  })
  it('property: every sampled order pays out v(N) exactly, so the estimates sum to v(N); a player in a bloc of one with a null worth gets 0', () => {
    fc.assert(
      fc.property(instance, ([n, worths, owner, seed]) => {
        const g = makeGame([0, ...worths])
        if (E.isLeft(g)) return false
        const est = owenSample({ samples: 50, seed })(g.right, blocsOf(g.right.players, owner))
        return E.isRight(est) && Math.abs(est.right.values.reduce((a, b) => a + b, 0) - g.right.values[2 ** n - 1]!) < 1e-9
      }),
      { numRuns: 100 },
    )
  })
  it('with every player alone it is shapleySample, draw for draw (same seed, same numbers)', () => {
    const worth = (S: readonly number[]) => S.reduce((s, i) => s + (i + 1), 0) ** 1.5
    expect(owenSample({ samples: 300, seed: 11 })({ n: 40, worth }, [])).toEqual(shapleySample({ samples: 300, seed: 11 })({ n: 40, worth }))
  })
  it('blocs of the sizes 100 and 200 in a game worth |S|²: 300 to every state, as the exact two-step Owen value says', () => {
    const players = Array.from({ length: 300 }, (_, i) => `S${i}`)
    const est = owenSample({ samples: 2000, seed: 5 })({ n: 300, players, worth: (S) => S.length ** 2 }, [players.slice(0, 100), players.slice(100)])
    if (E.isLeft(est)) throw new Error(est.left.message)
    est.right.values.forEach((x, i) => expect(Math.abs(x - 300)).toBeLessThanOrEqual(5 * est.right.standardErrors[i]! + 1e-9))
  })
  it('bad input: a label in two blocs, an unknown label, labels of the wrong count, a game that is not one', () => {
    const f = owenSample({ samples: 10, seed: 1 })
    const msg = (r: E.Either<{ readonly message: string }, unknown>) => (E.isLeft(r) ? r.left.message : 'Right')
    const game = { n: 3, worth: (S: readonly number[]) => S.length }
    expect(msg(f(game, [['1', '2'], ['2']]))).toBe('owenSample: blocs[1][0]: "2" is already in blocs[0]; a player belongs to one bloc at most')
    expect(msg(f({ ...game, players: ['US', 'UK', 'FR'] }, [['US', 'UK', 'Fr']]))).toBe('owenSample: blocs[0][2]: no player is labelled "Fr"; did you mean "FR"?')
    expect(msg(f({ ...game, players: ['US', 'UK'] }, []))).toBe('players: expected 3 labels to match the 3-player table, got 2')
    expect(msg(f(null as never, []))).toBe('owenSample: expected a Game or { n, worth, players? }, got null')
    expect(msg(owenSample({ samples: 1, seed: 1 })(game, []))).toMatch(/^options\.samples/)
  })
})
