/**
 * The transferable-utility game: its type, its codec and its validating constructors.
 *
 * @module
 */
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from './CoalitionError.js'
import { FiniteNumbers, Label, decodeWith, show, thrownMessage } from '../internal/decode.js'

declare const GameBrand: unique symbol

/**
 * A cooperative game with transferable utility on n players.
 *
 * `values[mask]` is the worth of the coalition whose members are the set bits of `mask`: bit `i`
 * (counting from 0) is set exactly when `players[i]` belongs to it, so `values[0]` is the empty
 * coalition (always 0) and `values[2 ** n - 1]` the grand coalition. Only the validating
 * constructors ({@link makeGame}, {@link gameFromFunction}, {@link decodeGame},
 * {@link makeGameFromLexOrder}) create one, so every `Game` has been checked; treat `values` as
 * read-only.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { makeGame, type Game } from 'coalitions'
 *
 * // Two allies: alone each is worth 1, together 4.
 * const game: Game = E.getOrElseW(() => { throw new Error('invalid') })(makeGame([0, 1, 1, 4], { players: ['US', 'UK'] }))
 * assert.equal(game.n, 2)
 * assert.equal(game.values[0b11], 4)
 * ```
 *
 * @since 0.1.0
 * @category model
 */
export interface Game {
  /** Number of players. */
  readonly n: number
  /** Player labels, in bit order. */
  readonly players: readonly string[]
  /** Worth of every coalition, indexed by bitmask; length `2 ** n`. */
  readonly values: Float64Array
  readonly [GameBrand]: true
}

/**
 * The largest n for which a game is stored as a full table of `2 ** n` worths (2^24 doubles are 128 MiB).
 * Beyond it, describe the game by a worth function and use {@link shapleySample}.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_EXACT_PLAYERS } from 'coalitions'
 *
 * assert.equal(MAX_EXACT_PLAYERS, 24)
 * ```
 *
 * @see Maschler, Solan & Zamir, *Game Theory* (2013), ch. 16: exact values need all 2ⁿ coalitions.
 * @since 0.1.0
 * @category model
 */
export const MAX_EXACT_PLAYERS = 24

/**
 * Options for building a game.
 *
 * @since 0.1.0
 * @category model
 */
export interface GameOptions {
  /** Player labels in bit order; default `"1"`, …, `"n"`. Unique, non-empty, without commas. */
  readonly players?: readonly string[]
}

/** @internal The error for a table too large to hold. */
export const tooLarge = (n: number): CoalitionError =>
  coalitionError(
    'TooLarge',
    `a game of ${n} players needs a table of 2^${n} worths; exact methods stop at ${MAX_EXACT_PLAYERS} players: describe the game by a worth function and use shapleySample`,
  )

const exponentOf = (length: number): number | undefined => {
  if (length < 2) return undefined
  const n = Math.round(Math.log2(length))
  return 2 ** n === length ? n : undefined
}

/** @internal The labels for n players: the given ones checked (n of them, unique, no commas), or "1".."n". */
export const checkPlayers = (players: readonly string[] | undefined, n: number): E.Either<CoalitionError, readonly string[]> => {
  if (players === undefined) return E.right(Array.from({ length: n }, (_, i) => String(i + 1)))
  if (players.length !== n)
    return E.left(coalitionError('InvalidGame', `players: expected ${n} labels to match the ${n}-player table, got ${players.length}`))
  const seen = new Map<string, number>()
  for (let i = 0; i < players.length; i++) {
    const p = players[i]!
    if (p.includes(',')) return E.left(coalitionError('InvalidGame', `players[${i}]: a label may not contain a comma, got ${JSON.stringify(p)}`))
    const before = seen.get(p)
    if (before !== undefined)
      return E.left(coalitionError('InvalidGame', `players[${i}]: label ${JSON.stringify(p)} already used by players[${before}]`))
    seen.set(p, i)
  }
  return E.right(players)
}

// Every Game this library made, so that a look-alike (a JSON round trip, a hand-written object) is
// recognised and refused instead of computed on.
const made = new WeakSet<object>()

const build = (n: number, players: readonly string[], values: Float64Array): Game => {
  const game = Object.freeze({ n, players: Object.freeze([...players]), values }) as unknown as Game
  made.add(game)
  return game
}

/** @internal A Game from parts already checked by the caller (the library's own constructions). */
export const trustedGame = (n: number, players: readonly string[], values: Float64Array): Game => build(n, players, values)

/** @internal Whether `u` is a Game this library made (makeGame, decodeGame, gameFromFunction, …). */
export const isGame = (u: unknown): u is Game => typeof u === 'object' && u !== null && made.has(u)

const kindOf = (u: unknown): string =>
  u === null ? 'null' : Array.isArray(u) ? 'a list' : typeof u === 'object' ? ('values' in u ? 'an object with values that no constructor of coalitions made (a JSON copy or a look-alike)' : 'an object') : u === undefined ? 'nothing' : `a ${typeof u}`

/** @internal The message for a value that is not a Game: the function, what it expected, what it got. */
export const notAGame = (name: string, u: unknown): string =>
  `${name}: expected a Game made by makeGame, decodeGame or gameFromFunction, got ${kindOf(u)}; pass the table through makeGame or decodeGame first`

/** @internal For the functions that return plain values: a TypeError naming the function. */
export const expectGame = (name: string, u: unknown): void => {
  if (!isGame(u)) throw new TypeError(notAGame(name, u))
}

/** @internal For the functions that return an Either: a DecodeError naming the function. */
export const checkGame = <A>(name: string, u: unknown, f: (game: Game) => E.Either<CoalitionError, A>): E.Either<CoalitionError, A> =>
  isGame(u) ? f(u) : E.left(coalitionError('DecodeError', notAGame(name, u)))

const fromTable = (values: Float64Array, players: readonly string[] | undefined): E.Either<CoalitionError, Game> => {
  const n = exponentOf(values.length)
  if (n === undefined)
    return E.left(coalitionError('InvalidGame', `values: expected 2^n numbers (1, 2, 4, 8, …), got ${values.length}`))
  if (n > MAX_EXACT_PLAYERS) return E.left(tooLarge(n))
  if (values[0] !== 0) return E.left(coalitionError('InvalidGame', `values[0]: the empty coalition is worth 0, got ${values[0]}`))
  return E.map((ps: readonly string[]) => build(n, ps, values))(checkPlayers(players, n))
}

const PlayersCodec = t.partial({ players: t.array(Label, 'a list of non-empty strings') })
const TableCodec = t.intersection([t.type({ values: FiniteNumbers }), PlayersCodec])
const LabelledCodec = t.type({ players: t.array(Label, 'a list of non-empty strings'), worth: t.UnknownRecord })

/**
 * How {@link decodeGame} treats coalitions a labelled game leaves out.
 *
 * @since 0.1.0
 * @category model
 */
export interface DecodeGameOptions {
  /** `'error'` (default): every non-empty coalition must be given; `'zero'`: a missing one is worth 0. */
  readonly missing?: 'error' | 'zero'
}

const describeMask = (players: readonly string[], mask: number): string => {
  const names: string[] = []
  for (let i = 0; i < players.length; i++) if (mask & (1 << i)) names.push(players[i]!)
  return `{${names.join(',')}}`
}

const fromLabelled = (
  players: readonly string[],
  worth: Record<string, unknown>,
  missing: 'error' | 'zero',
): E.Either<CoalitionError, Game> => {
  const n = players.length
  if (n === 0) return E.left(coalitionError('InvalidGame', 'players: a game needs at least one player'))
  if (n > MAX_EXACT_PLAYERS) return E.left(tooLarge(n))
  const checked = checkPlayers(players, n)
  if (E.isLeft(checked)) return checked
  const index = new Map(players.map((p, i) => [p, i] as const))
  const size = 2 ** n
  const values = new Float64Array(size)
  const given = new Uint8Array(size)
  given[0] = 1
  const problems: string[] = []
  for (const key of Object.keys(worth)) {
    const where = `worth[${JSON.stringify(key)}]`
    const raw = worth[key]
    if (typeof raw !== 'number' || !Number.isFinite(raw)) {
      problems.push(`${where}: expected a finite number, got ${show(raw)}`)
      continue
    }
    const names = key.trim() === '' ? [] : key.split(',').map((s) => s.trim())
    let mask = 0
    let bad = false
    for (const name of names) {
      const i = index.get(name)
      if (i === undefined) {
        problems.push(`${where}: unknown player ${JSON.stringify(name)} (players are ${players.map((p) => JSON.stringify(p)).join(', ')})`)
        bad = true
        break
      }
      if (mask & (1 << i)) {
        problems.push(`${where}: player ${JSON.stringify(name)} listed twice`)
        bad = true
        break
      }
      mask |= 1 << i
    }
    if (bad) continue
    if (mask === 0) {
      if (raw !== 0) problems.push(`${where}: the empty coalition is worth 0, got ${raw}`)
      continue
    }
    if (given[mask]) {
      problems.push(`${where}: coalition ${describeMask(players, mask)} is given twice`)
      continue
    }
    given[mask] = 1
    values[mask] = raw
  }
  if (problems.length > 0) return E.left(coalitionError('DecodeError', problems.join('\n')))
  if (missing === 'error') {
    const absent: number[] = []
    for (let m = 1; m < size; m++) if (!given[m]) absent.push(m)
    if (absent.length > 0) {
      const shown = absent.slice(0, 5).map((m) => describeMask(players, m)).join(', ')
      return E.left(
        coalitionError(
          'InvalidGame',
          `worth: no value for ${absent.length} coalition${absent.length === 1 ? '' : 's'} (${shown}${absent.length > 5 ? ', …' : ''}); give every non-empty coalition or decode with { missing: 'zero' }`,
        ),
      )
    }
  }
  return E.right(build(n, players, values))
}

/**
 * Decodes an unknown value (parsed JSON, say) into a {@link Game}.
 *
 * Two forms are accepted: `{ players?, values }` with the worths in bitmask order, and
 * `{ players, worth }` where `worth` maps comma-separated member labels (`"US,UK"`, in any order)
 * to worths. Every failure is reported with its path and the rule broken; nothing throws.
 *
 * @param u - the value to decode
 * @param options - what to do with coalitions a labelled game leaves out
 * @returns the game, or a `DecodeError`/`InvalidGame`/`TooLarge`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { decodeGame } from 'coalitions'
 *
 * const game = decodeGame({ players: ['US', 'UK'], worth: { US: 1, UK: 1, 'UK,US': 4 } })
 * assert.ok(game._tag === 'Right')
 * assert.deepStrictEqual([...game.right.values], [0, 1, 1, 4])
 *
 * const bad = decodeGame({ values: [0, 1, 'abc', 4] })
 * assert.ok(bad._tag === 'Left')
 * assert.equal(bad.left.message, 'values[2]: expected a finite number, got the string "abc"')
 * ```
 *
 * @see Peleg & Sudhölter, *Introduction to the Theory of Cooperative Games* (2007), ch. 2 (TU games).
 * @since 0.1.0
 * @category constructors
 */
export const decodeGame = (u: unknown, options?: DecodeGameOptions): E.Either<CoalitionError, Game> => {
  if (typeof u !== 'object' || u === null || Array.isArray(u))
    return E.left(coalitionError('DecodeError', 'input: expected an object with `values` (worths in bitmask order) or `players` and `worth`'))
  let hasValues: boolean
  let hasWorth: boolean
  try {
    hasValues = 'values' in u
    hasWorth = 'worth' in u
  } catch {
    return E.left(coalitionError('DecodeError', 'input: could not be read'))
  }
  if (hasValues && hasWorth) return E.left(coalitionError('DecodeError', 'input: give either `values` or `worth`, not both'))
  if (hasValues) return E.flatMap((g: t.TypeOf<typeof TableCodec>) => fromTable(g.values, g.players))(decodeWith(TableCodec)(u))
  if (hasWorth)
    return E.flatMap((g: t.TypeOf<typeof LabelledCodec>) => fromLabelled(g.players, g.worth, options?.missing ?? 'error'))(
      decodeWith(LabelledCodec)(u),
    )
  return E.left(coalitionError('DecodeError', 'input: expected an object with `values` (worths in bitmask order) or `players` and `worth`'))
}

/**
 * Builds a game from the worths of all `2 ** n` coalitions in bitmask order.
 *
 * @param values - `values[mask]` is the worth of the coalition of the set bits of `mask`; `values[0]` must be 0
 * @param options - player labels
 * @returns the game, or an error naming what is wrong
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { makeGame } from 'coalitions'
 *
 * // The glove game: player 1 holds a left glove, players 2 and 3 right gloves.
 * const glove = makeGame([0, 0, 0, 1, 0, 1, 0, 1])
 * assert.ok(glove._tag === 'Right')
 * assert.deepStrictEqual(glove.right.players, ['1', '2', '3'])
 *
 * const bad = makeGame([1, 0, 0, 1])
 * assert.ok(bad._tag === 'Left')
 * assert.equal(bad.left.message, 'values[0]: the empty coalition is worth 0, got 1')
 * ```
 *
 * @see Peleg & Sudhölter, *Introduction to the Theory of Cooperative Games* (2nd ed., 2007), ch. 1 (TU games and their worths).
 * @since 0.1.0
 * @category constructors
 */
export const makeGame = (values: ArrayLike<number>, options?: GameOptions): E.Either<CoalitionError, Game> =>
  decodeGame(options?.players === undefined ? { values } : { values, players: options.players })

/**
 * Builds a game from a worth function, evaluated once on each of the `2 ** n` coalitions.
 *
 * @param n - number of players, 1 to {@link MAX_EXACT_PLAYERS}
 * @param worth - the worth of a coalition, given its members as 0-based player indices in increasing order and its bitmask
 * @param options - player labels
 * @returns the game, or an error if `n` is out of range or `worth` returns a non-finite number or throws
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { gameFromFunction } from 'coalitions'
 *
 * // A majority game: any two of three allies can act.
 * const majority = gameFromFunction(3, (members) => (members.length >= 2 ? 1 : 0))
 * assert.ok(majority._tag === 'Right')
 * assert.deepStrictEqual([...majority.right.values], [0, 0, 0, 1, 0, 1, 1, 1])
 * ```
 *
 * @see Peleg & Sudhölter, *Introduction to the Theory of Cooperative Games* (2nd ed., 2007), ch. 1 (TU games and their worths).
 * @since 0.1.0
 * @category constructors
 */
export const gameFromFunction = (
  n: number,
  worth: (members: readonly number[], mask: number) => number,
  options?: GameOptions,
): E.Either<CoalitionError, Game> => {
  if (!Number.isInteger(n) || n < 1) return E.left(coalitionError('DecodeError', `n: expected a whole number ≥ 1, got ${show(n)}`))
  if (n > MAX_EXACT_PLAYERS) return E.left(tooLarge(n))
  if (typeof worth !== 'function') return E.left(coalitionError('DecodeError', 'worth: expected a function'))
  const players = options?.players === undefined ? undefined : decodeWith(PlayersCodec)({ players: options.players })
  if (players !== undefined && E.isLeft(players)) return players
  const size = 2 ** n
  const values = new Float64Array(size)
  const members: number[] = []
  for (let mask = 1; mask < size; mask++) {
    members.length = 0
    for (let i = 0; i < n; i++) if (mask & (1 << i)) members.push(i)
    let w: unknown
    try {
      w = worth(Object.freeze([...members]), mask)
    } catch (e) {
      return E.left(coalitionError('InvalidGame', `worth: threw on coalition [${members.join(',')}]: ${thrownMessage(e)}`))
    }
    if (typeof w !== 'number' || !Number.isFinite(w))
      return E.left(coalitionError('InvalidGame', `worth: expected a finite number for coalition [${members.join(',')}], got ${show(w)}`))
    values[mask] = w
  }
  return fromTable(values, players?.right.players)
}
