import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { isGame, notAGame, trustedGame, type Game } from '../core/Game.js'
import { show } from '../internal/decode.js'
import { unknownLabel } from '../internal/labels.js'
import { shapleyKernel } from '../kernel/shapleyKernel.js'
import { onScaledGame } from '../internal/scale.js'

/**
 * An alliance graph: the pairs of players who can talk to each other (coordinate, share
 * intelligence, fight side by side), as pairs of player labels. Order within a pair does not matter,
 * and a pair listed twice is one link.
 *
 * @since 0.2.0
 * @category alliance graphs
 */
export type Links = readonly (readonly [string, string])[]

/**
 * The most links {@link positionValue} takes: it enumerates the 2^links sets of links (about a second
 * at 20).
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_POSITION_LINKS } from 'coalitions'
 *
 * assert.equal(MAX_POSITION_LINKS, 20)
 * ```
 *
 * @see Borm, Owen & Tijs, "On the position value for communication situations", *SIAM Journal on Discrete Mathematics* 5 (1992).
 * @since 0.2.0
 * @category alliance graphs
 */
export const MAX_POSITION_LINKS = 20

/** The links read against the players' labels, as pairs of indices, each pair once; or what is wrong. */
const linksOf = (name: string, players: readonly string[], links: unknown): E.Either<CoalitionError, readonly (readonly [number, number])[]> => {
  if (!Array.isArray(links))
    return E.left(coalitionError('DecodeError', `${name}: links must be a list of pairs of player labels, such as [["US", "UK"]], got ${show(links)}`))
  const index = new Map(players.map((p, i) => [p, i] as const))
  const seen = new Set<number>()
  const out: [number, number][] = []
  for (let k = 0; k < links.length; k++) {
    const pair: unknown = links[k]
    if (!Array.isArray(pair) || pair.length !== 2)
      return E.left(coalitionError('DecodeError', `${name}: links[${k}] must be a pair of player labels, got ${show(pair)}`))
    const ends: number[] = []
    for (let e = 0; e < 2; e++) {
      const label: unknown = pair[e]
      if (typeof label !== 'string') return E.left(coalitionError('DecodeError', `${name}: links[${k}][${e}] must be a player label (a string), got ${show(label)}`))
      const i = index.get(label)
      if (i === undefined) return E.left(unknownLabel(name, `links[${k}][${e}]`, label, players))
      ends.push(i)
    }
    const [a, b] = [Math.min(ends[0]!, ends[1]!), Math.max(ends[0]!, ends[1]!)]
    if (a === b) return E.left(coalitionError('InvalidGame', `${name}: links[${k}] joins ${JSON.stringify(players[a])} to itself; a link joins two players`))
    const key = a * players.length + b
    if (seen.has(key)) continue
    seen.add(key)
    out.push([a, b])
  }
  return E.right(out)
}

/** v^G(S) for every S: the worths of S's connected pieces summed, by g(S) = v(C) + g(S ∖ C) for the piece C of S's lowest member. */
const restricted = (game: Game, adjacent: Int32Array): Float64Array => {
  const v = game.values
  const g = new Float64Array(v.length)
  for (let S = 1; S < v.length; S++) {
    let piece = S & -S
    let frontier = piece
    while (frontier !== 0) {
      let reach = 0
      for (let f = frontier; f !== 0; f &= f - 1) reach |= adjacent[31 - Math.clz32(f & -f)]!
      frontier = reach & S & ~piece
      piece |= frontier
    }
    g[S] = v[piece]! + g[S ^ piece]!
  }
  return g
}

const adjacency = (n: number, links: readonly (readonly [number, number])[]): Int32Array => {
  const adjacent = new Int32Array(n)
  for (const [a, b] of links) {
    adjacent[a] = adjacent[a]! | (1 << b)
    adjacent[b] = adjacent[b]! | (1 << a)
  }
  return adjacent
}

/**
 * The game restricted to an alliance graph (Myerson 1977): a coalition is worth the sum of the worths
 * of its connected pieces, because allies who cannot communicate cannot coordinate. v^G(S) =
 * Σ v(C) over the components C of S in the graph. With every pair linked it is the game itself.
 *
 * @param game - the game
 * @param links - the alliance graph, as pairs of player labels ({@link Links})
 * @returns the restricted game, with the same players; a `DecodeError` or `InvalidGame` naming a link
 * that is not a pair of the game's labels
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { graphGame, makeGame } from 'coalitions'
 *
 * // Three-player majority game; 1 talks to 2 and 2 to 3, but 1 and 3 cannot coordinate.
 * const majority = makeGame([0, 0, 0, 1, 0, 1, 1, 1])
 * const line = F.pipe(majority, E.flatMap((g) => graphGame(g, [['1', '2'], ['2', '3']])))
 * assert.ok(E.isRight(line))
 * assert.equal(line.right.values[0b101], 0) // {1, 3}: two pieces, worth v(1) + v(3) = 0
 * ```
 *
 * @see Myerson, "Graphs and cooperation in games", *Mathematics of Operations Research* 2 (1977).
 * @since 0.2.0
 * @category alliance graphs
 */
export const graphGame = (game: Game, links: Links): E.Either<CoalitionError, Game> => {
  if (!isGame(game)) return E.left(coalitionError('DecodeError', notAGame('graphGame', game)))
  return E.map((pairs: readonly (readonly [number, number])[]) => trustedGame(game.n, game.players, restricted(game, adjacency(game.n, pairs))))(
    linksOf('graphGame', game.players, links),
  )
}

/**
 * The Myerson value: the Shapley value of the game restricted to the alliance graph
 * ({@link graphGame}). It is the one allocation rule that is component efficient (each connected
 * group of allies shares exactly what it is worth) and fair (cutting the link between two allies
 * costs both of them the same); with every pair linked it is the Shapley value, and a player with
 * no links gets its own worth.
 *
 * @param game - the game
 * @param links - the alliance graph, as pairs of player labels ({@link Links})
 * @returns the Myerson value in player order; the Lefts of {@link graphGame}
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { makeGame, myersonValue } from 'coalitions'
 *
 * // The three-player majority game on the line 1 – 2 – 3: the broker in the middle gets 2/3.
 * const mu = F.pipe(makeGame([0, 0, 0, 1, 0, 1, 1, 1]), E.flatMap((g) => myersonValue(g, [['1', '2'], ['2', '3']])))
 * assert.ok(E.isRight(mu))
 * assert.deepStrictEqual(mu.right.map((x) => Math.round(x * 6)), [1, 4, 1])
 * ```
 *
 * @see Myerson, "Graphs and cooperation in games", *Mathematics of Operations Research* 2 (1977).
 * @since 0.2.0
 * @category alliance graphs
 */
export const myersonValue = (game: Game, links: Links): E.Either<CoalitionError, number[]> => {
  if (!isGame(game)) return E.left(coalitionError('DecodeError', notAGame('myersonValue', game)))
  return E.map((pairs: readonly (readonly [number, number])[]) =>
    onScaledGame(game, (g) => Array.from(shapleyKernel(restricted(g, adjacency(g.n, pairs)), g.n, new Float64Array(g.n)))),
  )(linksOf('myersonValue', game.players, links))
}

/**
 * The position value (Borm, Owen & Tijs 1992): the links, not the players, are valued. Each set A of
 * links is worth what the players earn when only those links exist, r(A) = v^A(N) − Σ v({i}); each
 * link gets its Shapley value in that link game, and each player keeps its own worth v({i}) plus half
 * of the value of every link it is part of. Like the Myerson value it is component efficient; unlike
 * it, it rewards a player for the links it holds rather than for being needed as a member, so a
 * broker in the middle of a line gets less. For a game with v({i}) = 0 this is Borm, Owen & Tijs's
 * definition; for others, each player first keeps its own worth and the links share the rest (the
 * decision this library takes).
 *
 * @param game - the game
 * @param links - the alliance graph, at most {@link MAX_POSITION_LINKS} distinct links
 * @returns the position value in player order; the Lefts of {@link graphGame}, and `TooLarge` past
 * {@link MAX_POSITION_LINKS} links
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E, function as F } from 'fp-ts'
 * import { makeGame, positionValue } from 'coalitions'
 *
 * // The majority game on the line 1 – 2 – 3: each link is worth ½, so the middle player gets ½.
 * const pi = F.pipe(makeGame([0, 0, 0, 1, 0, 1, 1, 1]), E.flatMap((g) => positionValue(g, [['1', '2'], ['2', '3']])))
 * assert.ok(E.isRight(pi))
 * assert.deepStrictEqual(pi.right, [0.25, 0.5, 0.25])
 * ```
 *
 * @see Borm, Owen & Tijs, "On the position value for communication situations", *SIAM Journal on Discrete Mathematics* 5 (1992).
 * @since 0.2.0
 * @category alliance graphs
 */
export const positionValue = (game: Game, links: Links): E.Either<CoalitionError, number[]> => {
  if (!isGame(game)) return E.left(coalitionError('DecodeError', notAGame('positionValue', game)))
  return E.flatMap((pairs: readonly (readonly [number, number])[]): E.Either<CoalitionError, number[]> => {
    const L = pairs.length
    if (L > MAX_POSITION_LINKS)
      return E.left(
        coalitionError('TooLarge', `positionValue: ${L} links; the position value enumerates all 2^links sets of links and takes at most ${MAX_POSITION_LINKS} (use myersonValue, which takes up to 24 players whatever the links)`),
      )
    const n = game.n
    if (L === 0) return E.right(Array.from({ length: n }, (_, i) => game.values[1 << i]!))
    return E.right(
      onScaledGame(game, (g) => {
        const v = g.values
        let alone = 0
        for (let i = 0; i < n; i++) alone += v[1 << i]!
        // r(A) for every set A of links: union–find over A's links, then the pieces' worths summed.
        const r = new Float64Array(2 ** L)
        const parent = new Int32Array(n)
        const piece = new Int32Array(n)
        const root = (i: number): number => {
          while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
          return i
        }
        for (let A = 1; A < r.length; A++) {
          for (let i = 0; i < n; i++) parent[i] = i
          for (let a = A; a !== 0; a &= a - 1) {
            const [x, y] = pairs[31 - Math.clz32(a & -a)]!
            const rx = root(x)
            const ry = root(y)
            if (rx !== ry) parent[rx] = ry
          }
          piece.fill(0)
          for (let i = 0; i < n; i++) piece[root(i)] = piece[root(i)]! | (1 << i)
          let worth = 0
          for (let i = 0; i < n; i++) if (piece[i] !== 0) worth += v[piece[i]!]!
          r[A] = worth - alone
        }
        const phi = shapleyKernel(r, L, new Float64Array(L))
        const out = Array.from({ length: n }, (_, i) => v[1 << i]!)
        pairs.forEach(([a, b], l) => {
          out[a] = out[a]! + phi[l]! / 2
          out[b] = out[b]! + phi[l]! / 2
        })
        return out
      }),
    )
  })(linksOf('positionValue', game.players, links))
}
