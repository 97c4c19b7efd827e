// Alliance graphs: the Myerson value and the position value against brute force from their
// definitions (every order of players, every order of links), their laws, and bad input.
import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { graphGame, makeGame, MAX_POSITION_LINKS, myersonValue, positionValue, shapley, type Game, type Links } from '../../src/games/index.js'

const right = <A>(e: E.Either<{ readonly message: string }, A>): A => {
  if (E.isLeft(e)) throw new Error(e.left.message)
  return e.right
}

/** The connected pieces of `members` using only `edges`, by breadth-first search. */
const pieces = (members: readonly number[], edges: readonly (readonly [number, number])[]): number[][] => {
  const left = new Set(members)
  const out: number[][] = []
  while (left.size > 0) {
    const start = left.values().next().value as number
    left.delete(start)
    const piece = [start]
    for (let k = 0; k < piece.length; k++)
      for (const [a, b] of edges) {
        const other = a === piece[k] ? b : b === piece[k] ? a : undefined
        if (other !== undefined && left.has(other)) {
          left.delete(other)
          piece.push(other)
        }
      }
    out.push(piece)
  }
  return out
}
const worthOf = (g: Game, members: readonly number[]): number => g.values[members.reduce((m, i) => m | (1 << i), 0)]!
const restrictedWorth = (g: Game, members: readonly number[], edges: readonly (readonly [number, number])[]): number =>
  pieces(members, edges).reduce((s, p) => s + worthOf(g, p), 0)

const permutations = (k: number): number[][] =>
  k === 0 ? [[]] : permutations(k - 1).flatMap((p) => Array.from({ length: k }, (_, at) => [...p.slice(0, at), k - 1, ...p.slice(at)]))

/** Myerson value by definition: average marginal contribution in the restricted game over all n! orders. */
const myersonBrute = (g: Game, edges: readonly (readonly [number, number])[]): number[] => {
  const out = new Array<number>(g.n).fill(0)
  const orders = permutations(g.n)
  for (const order of orders)
    order.forEach((p, k) => {
      out[p]! += (restrictedWorth(g, order.slice(0, k + 1), edges) - restrictedWorth(g, order.slice(0, k), edges)) / orders.length
    })
  return out
}
/** Position value by definition: each link's average marginal contribution to v^A(N) over all orders of links, half to each end, plus v({i}). */
const positionBrute = (g: Game, edges: readonly (readonly [number, number])[]): number[] => {
  const all = Array.from({ length: g.n }, (_, i) => i)
  const out = all.map((i) => worthOf(g, [i]))
  const orders = permutations(edges.length)
  for (const order of orders)
    order.forEach((l, k) => {
      const before = order.slice(0, k).map((j) => edges[j]!)
      const gain = restrictedWorth(g, all, [...before, edges[l]!]) - restrictedWorth(g, all, before)
      out[edges[l]![0]]! += gain / 2 / orders.length
      out[edges[l]![1]]! += gain / 2 / orders.length
    })
  return out
}

const pairsOf = (n: number): (readonly [number, number])[] =>
  Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => [a, b] as const).filter(([x, y]) => x < y)).flat()

// Games on 2–5 players with integer worths 0..20 drawn evenly, and a random set of distinct links.
const situation = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc.tuple(
    fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2 ** n - 1, maxLength: 2 ** n - 1 }),
    fc.subarray(pairsOf(n), { maxLength: Math.min(5, pairsOf(n).length) }),
  ),
)
const labelled = (g: Game, edges: readonly (readonly [number, number])[]): Links => edges.map(([a, b]) => [g.players[a]!, g.players[b]!] as const)
const close = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) < 1e-9)

describe('Myerson value and position value', () => {
  it('the majority game on the line 1 – 2 – 3: Myerson (1/6, 2/3, 1/6), position value (1/4, 1/2, 1/4) (by hand from the definitions)', () => {
    const g = right(makeGame([0, 0, 0, 1, 0, 1, 1, 1]))
    const line: Links = [['1', '2'], ['2', '3']]
    expect(close(right(myersonValue(g, line)), [1 / 6, 2 / 3, 1 / 6])).toBe(true)
    expect(right(positionValue(g, line))).toEqual([0.25, 0.5, 0.25])
  })
  it('property: both equal their definitions computed by brute force (every order of players, every order of links)', () => {
    fc.assert(
      fc.property(situation, ([worths, edges]) => {
        const g = right(makeGame([0, ...worths]))
        return close(right(myersonValue(g, labelled(g, edges))), myersonBrute(g, edges)) && close(right(positionValue(g, labelled(g, edges))), positionBrute(g, edges))
      }),
      { numRuns: 150 },
    )
  })
  it('property: component efficiency (each connected group of allies shares exactly its worth) for both values', () => {
    fc.assert(
      fc.property(situation, ([worths, edges]) => {
        const g = right(makeGame([0, ...worths]))
        const mu = right(myersonValue(g, labelled(g, edges)))
        const pi = right(positionValue(g, labelled(g, edges)))
        return pieces(Array.from({ length: g.n }, (_, i) => i), edges).every(
          (p) => Math.abs(p.reduce((s, i) => s + mu[i]!, 0) - worthOf(g, p)) < 1e-9 && Math.abs(p.reduce((s, i) => s + pi[i]!, 0) - worthOf(g, p)) < 1e-9,
        )
      }),
      { numRuns: 200 },
    )
  })
  it('property: fairness (Myerson 1977): cutting a link changes both its ends\' Myerson values by the same amount', () => {
    fc.assert(
      fc.property(situation, ([worths, edges]) => {
        const g = right(makeGame([0, ...worths]))
        const mu = right(myersonValue(g, labelled(g, edges)))
        return edges.every(([a, b], k) => {
          const cut = right(myersonValue(g, labelled(g, edges.filter((_, j) => j !== k))))
          return Math.abs(mu[a]! - cut[a]! - (mu[b]! - cut[b]!)) < 1e-9
        })
      }),
      { numRuns: 200 },
    )
  })
  it('property: with every pair linked the Myerson value is the Shapley value and the restricted game the game; with no links each keeps its own worth', () => {
    fc.assert(
      fc.property(situation, ([worths]) => {
        const g = right(makeGame([0, ...worths]))
        const complete: Links = g.players.flatMap((a, i) => g.players.slice(i + 1).map((b) => [a, b] as const))
        const none = g.players.map((_, i) => g.values[1 << i]!)
        return (
          close(right(myersonValue(g, complete)), shapley(g)) &&
          [...right(graphGame(g, complete)).values].every((x, m) => x === g.values[m]) &&
          close(right(myersonValue(g, [])), none) &&
          close(right(positionValue(g, [])), none)
        )
      }),
      { numRuns: 100 },
    )
  })
  it('bad input: unknown labels (with a suggestion), a self-link, a pair that is not one, a game not made by the library, too many links for the position value', () => {
    const g = right(makeGame([0, 0, 0, 1, 0, 1, 1, 1], { players: ['US', 'UK', 'FR'] }))
    const msg = (r: E.Either<{ readonly _tag: string; readonly message: string }, unknown>) => (E.isLeft(r) ? `${r.left._tag}: ${r.left.message}` : 'Right')
    expect(msg(myersonValue(g, [['US', 'Uk']]))).toBe('InvalidGame: myersonValue: links[0][1]: no player is labelled "Uk"; did you mean "UK"?')
    expect(msg(positionValue(g, [['FR', 'FR']]))).toBe('InvalidGame: positionValue: links[0] joins "FR" to itself; a link joins two players')
    expect(msg(graphGame(g, [['US']] as never))).toMatch(/^DecodeError: graphGame: links\[0\] must be a pair of player labels/)
    expect(msg(myersonValue(g, 'US-UK' as never))).toMatch(/^DecodeError: myersonValue: links must be a list of pairs/)
    expect(msg(myersonValue(JSON.parse(JSON.stringify(g)), []))).toMatch(/^DecodeError: .*myersonValue/)
    const seven = right(makeGame(new Array<number>(2 ** 7).fill(0)))
    const complete: Links = seven.players.flatMap((a, i) => seven.players.slice(i + 1).map((b) => [a, b] as const))
    expect(complete.length).toBe(21)
    expect(msg(positionValue(seven, complete))).toMatch(new RegExp(`^TooLarge: positionValue: 21 links; .* takes at most ${MAX_POSITION_LINKS}`))
    // A link listed twice (either way round) is one link.
    expect(right(positionValue(g, [['US', 'UK'], ['UK', 'US'], ['UK', 'FR']]))).toEqual([0.25, 0.5, 0.25])
  })
})
