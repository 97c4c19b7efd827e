// What the claims module's mutation run showed untested: the rescaling of claims near the largest
// double (proportional and adjusted proportional are homogeneous of degree 1, so scaling a problem by
// a power of two scales every award by it exactly), the 24-claimant bound of the bankruptcy game and
// its player labels, and the messages for problems the module did not make.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { adjustedProportional, bankruptcyGame, claimsProblem, constrainedEqualAwards, constrainedEqualLosses, proportional, talmud } from '../../src/claims/index.js'
import { MAX_EXACT_PLAYERS } from '../../src/index.js'
import { right, spread } from '../helpers.js'

// Problems with claims spread over 0.01..1 and an estate anywhere up to their total, kept below 2 so
// that 2^1023 times it is finite (the claims' total times 2^1023 may overflow: each claim does not).
const problemArb = fc
  .tuple(fc.array(spread(0.01, 1), { minLength: 1, maxLength: 8 }), spread(0, 1))
  .map(([claims, f]) => ({ claims, estate: f * Math.min(1.99, claims.reduce((s, c) => s + c, 0)) }))

describe('claims near the largest double', () => {
  for (const [name, rule] of Object.entries({ proportional, adjustedProportional, constrainedEqualAwards, constrainedEqualLosses, talmud }))
    it(`${name}: scaling a problem by 2^1023 scales each award by 2^1023 exactly, also where the claims' total overflows`, () => {
      fc.assert(
        fc.property(problemArb, ({ claims, estate }) => {
          const small = rule(right(claimsProblem({ estate, claims })))
          const huge = rule(right(claimsProblem({ estate: estate * 2 ** 1023, claims: claims.map((c) => c * 2 ** 1023) })))
          expect(huge).toEqual(small.map((x) => x * 2 ** 1023))
        }),
      )
    })
  it('adjusted proportional with unequal claims of 1.2e308 and 0.6e308 and an estate of 1.5e308: minimal rights 0.9e308 and 0.3e308, the rest halved', () => {
    // By hand: each is first given what the other leaves, max(0, E − c_other) = (0.9, 0.3)·1e308; the
    // remaining 0.3e308 is split in proportion to the revised claims min(c − m, 0.3e308) = (0.3, 0.3)·1e308.
    const awards = adjustedProportional(right(claimsProblem({ estate: 1.5e308, claims: [1.2e308, 0.6e308] })))
    expect(awards[0]! / 1e308).toBeCloseTo(1.05, 12)
    expect(awards[1]! / 1e308).toBeCloseTo(0.45, 12)
    // Proportional: 1.5/1.8 of each claim.
    const shares = proportional(right(claimsProblem({ estate: 1.5e308, claims: [1.2e308, 0.6e308] })))
    expect(shares[0]! / 1e308).toBeCloseTo(1.0, 12)
    expect(shares[1]! / 1e308).toBeCloseTo(0.5, 12)
  })
  it('claims whose total overflows though each is finite: 1e308 + 1e308 with an estate of 1.7e308', () => {
    const p = right(claimsProblem({ estate: 1.7e308, claims: [1e308, 1e308] }))
    for (const rule of [proportional, adjustedProportional]) {
      const a = rule(p)
      expect(a.every(Number.isFinite)).toBe(true)
      expect(a[0]! / 1e308).toBeCloseTo(0.85, 12)
    }
  })
})

describe('the bankruptcy game', () => {
  it(`takes up to ${MAX_EXACT_PLAYERS} claimants and refuses ${MAX_EXACT_PLAYERS + 1} with a TooLarge that says what to change`, () => {
    const at = bankruptcyGame(right(claimsProblem({ estate: 10, claims: Array<number>(MAX_EXACT_PLAYERS).fill(1) })))
    expect(right(at).n).toBe(MAX_EXACT_PLAYERS)
    const past = bankruptcyGame(right(claimsProblem({ estate: 10, claims: Array<number>(MAX_EXACT_PLAYERS + 1).fill(1) })))
    expect(past._tag === 'Left' && past.left._tag).toBe('TooLarge')
    expect(past._tag === 'Left' && past.left.message).toMatch(/25 players/)
  })
  it("keeps the claimants' names as the game's players", () => {
    const g = right(bankruptcyGame(right(claimsProblem({ estate: 3, claims: [1, 2, 3], players: ['UK', 'France', 'Italy'] }))))
    expect(g.players).toEqual(['UK', 'France', 'Italy'])
    // v(S) = max(0, E − claims outside S): {UK, France} leaves Italy's 3 outside.
    expect(g.values[0b011]).toBe(0)
    expect(g.values[0b110]).toBe(2)
  })
})

describe('messages', () => {
  it('an estate above the claims, and each kind of value that is not a claims problem', () => {
    const over = claimsProblem({ estate: 7, claims: [1, 2] })
    expect(over._tag === 'Left' && over.left.message).toBe('estate: 7 exceeds the total claims 3; a claims problem divides a shortfall')
    const kinds: Array<[unknown, string]> = [
      [null, 'null'],
      [undefined, 'nothing'],
      [[1, 2], 'a list'],
      [{ estate: 1, claims: [1] }, 'an object that claimsProblem did not make'],
      [3, 'a number'],
    ]
    for (const [u, got] of kinds) {
      const g = bankruptcyGame(u as never)
      expect(g._tag === 'Left' && g.left.message).toBe(`bankruptcyGame: expected a claims problem made by claimsProblem, got ${got}`)
      expect(() => proportional(u as never)).toThrow(new TypeError(`proportional: expected a claims problem made by claimsProblem, got ${got}`))
    }
  })
  it('each shape wrong names the shape wanted, in the words of the input', () => {
    const cases: Array<[unknown, string]> = [
      [{ estate: 1, claims: 'x' }, 'DecodeError: claims: expected a list of finite numbers ≥ 0, got the string "x"'],
      [{ estate: 1, claims: [1], players: 'a' }, 'DecodeError: players: expected a list of non-empty strings, got the string "a"'],
      [{ estate: 1, claims: [1], players: ['a', 'b'] }, 'InvalidProblem: players: expected 1 label, one per claim, got 2'],
      [null, 'DecodeError: input: expected an object { estate, claims, players? }, got null'],
    ]
    for (const [u, want] of cases) {
      const r = claimsProblem(u)
      expect(r._tag === 'Left' && `${r.left._tag}: ${r.left.message}`).toBe(want)
    }
  })
  it('nothing claimed and nothing to divide: every rule awards zeros (no 0/0)', () => {
    const p = right(claimsProblem({ estate: 0, claims: [0, 0, 0] }))
    for (const rule of [proportional, adjustedProportional, constrainedEqualAwards, constrainedEqualLosses, talmud]) expect(rule(p)).toEqual([0, 0, 0])
  })
  it('claims that are not numbers ≥ 0, and players that are not strings, name the shape wanted', () => {
    const bad = claimsProblem({ estate: 1, claims: [1, -2] })
    expect(bad._tag === 'Left' && bad.left._tag).toBe('DecodeError')
    expect(bad._tag === 'Left' && bad.left.message).toMatch(/claims\[1\]/)
    const names = claimsProblem({ estate: 1, claims: [1, 2], players: ['a', ''] })
    expect(names._tag === 'Left' && names.left.message).toMatch(/players\[1\]/)
  })
})
