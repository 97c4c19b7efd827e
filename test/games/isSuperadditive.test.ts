import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { gameFromFunction, isConvex, isSuperadditive, makeGame, MAX_SUPERADDITIVE_PLAYERS } from '../../src/games/index.js'

// The definition, over every ordered pair of disjoint non-empty coalitions.
const bruteForce = (values: readonly number[]): boolean => {
  for (let s = 1; s < values.length; s++)
    for (let t = 1; t < values.length; t++) if ((s & t) === 0 && values[s]! + values[t]! > values[s | t]! + 1e-9 * Math.max(1, ...values.map(Math.abs))) return false
  return true
}

describe('isSuperadditive', () => {
  it('property: agrees with the definition checked over all ordered pairs (worths drawn evenly from a small range, so ties and near-misses occur)', () => {
    const instance = fc.integer({ min: 1, max: 6 }).chain((n) => fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2 ** n - 1, maxLength: 2 ** n - 1 }))
    let superadditive = 0
    fc.assert(
      fc.property(instance, (worths) => {
        const values = [0, ...worths]
        const g = makeGame(values)
        if (E.isLeft(g)) return false
        const got = isSuperadditive(g.right)
        if (E.isRight(got) && got.right) superadditive++
        return E.isRight(got) && got.right === bruteForce(values)
      }),
      { numRuns: 500 },
    )
    // Both answers occur, so the property tests both directions.
    expect(superadditive).toBeGreaterThan(20)
  })
  it('property: convex games (sums of unanimity games) are superadditive', () => {
    const carriers = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.integer({ min: 1, max: 2 ** n - 1 }), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 5 })))
    fc.assert(
      fc.property(carriers, ([n, layers]) => {
        const g = makeGame(Array.from({ length: 2 ** n }, (_, m) => layers.reduce((s, [c, d]) => ((m & c) === c ? s + d : s), 0)))
        return E.isRight(g) && isConvex(g.right) && E.isRight(isSuperadditive(g.right)) && E.getOrElse(() => false)(isSuperadditive(g.right))
      }),
    )
  })
  it(`past ${MAX_SUPERADDITIVE_PLAYERS} players: TooLarge in well under a second, saying what the work would be (20 players took 40 s checking each pair twice, 24 about an hour)`, () => {
    const g = gameFromFunction(MAX_SUPERADDITIVE_PLAYERS + 1, (S) => S.length)
    if (E.isLeft(g)) throw new Error(g.left.message)
    const start = performance.now()
    const r = isSuperadditive(g.right)
    expect(performance.now() - start).toBeLessThan(1000)
    expect(E.isLeft(r) && r.left._tag).toBe('TooLarge')
    expect(E.isLeft(r) && r.left.message).toMatch(/^isSuperadditive checks every pair of disjoint coalitions, about 3\^n \/ 2 of them: 21 players would be 5\.2e\+9 checks; at most 20 players/)
  })
  it('a look-alike game is a DecodeError naming the function', () => {
    const r = isSuperadditive({ n: 2, players: ['1', '2'], values: new Float64Array([0, 1, 1, 4]) } as never)
    expect(E.isLeft(r) && r.left).toMatchObject({ _tag: 'DecodeError' })
    expect(E.isLeft(r) && r.left.message).toMatch(/isSuperadditive/)
  })
})
