// The one place that turns io-ts failures into our messages: `values[3]: expected a finite number, got "abc"`.
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'

/** What a thrown value says: its message if it is an Error, else the value as `show` prints it. Never throws. */
export const thrownMessage = (e: unknown): string => (e instanceof Error ? e.message : show(e))

/** A value as a message shows it, for any value: bigints, cycles, objects without a prototype, functions. Never throws. */
export const show = (u: unknown): string => {
  if (u === undefined) return 'nothing'
  if (typeof u === 'number') return Number.isNaN(u) ? 'NaN' : String(u)
  if (typeof u === 'bigint') return `${u}n`
  if (typeof u === 'function') return 'a function'
  if (ArrayBuffer.isView(u)) return `a ${u.constructor.name}`
  if (typeof u === 'symbol') return 'a symbol'
  // A string where a number or a flag belongs is the common slip: say it is a string.
  if (typeof u === 'string') return `the string ${JSON.stringify(u).length > 62 ? `${JSON.stringify(u).slice(0, 59)}..."` : JSON.stringify(u)}`
  try {
    const s = JSON.stringify(u)
    if (s === undefined) return String(u)
    return s.length > 60 ? `${s.slice(0, 57)}...` : s
  } catch {
    return typeof u === 'object' && u !== null ? (Array.isArray(u) ? 'a list that cannot be printed (it contains itself or a bigint)' : 'an object that cannot be printed (it contains itself or a bigint)') : 'an unprintable value'
  }
}

const tagOf = (type: t.Decoder<unknown, unknown>): string | undefined => (type as { _tag?: string })._tag

const pathOf = (context: t.Context, root: string): string => {
  let path = root
  for (let k = 1; k < context.length; k++) {
    const entry = context[k]!
    // An intersection's members and a union's branches are numbered in the context, but they are not part of the data's path.
    const parentTag = tagOf(context[k - 1]!.type)
    if (entry.key === '' || parentTag === 'IntersectionType' || parentTag === 'UnionType') continue
    path += /^\d+$/.test(entry.key) ? `[${entry.key}]` : path === '' ? entry.key : `.${entry.key}`
  }
  return path === '' ? 'input' : path
}

/** How many failures a message lists; the rest are counted, so a million bad entries give a short message. */
const LISTED = 20

/** Formats io-ts failures as `path: expected <rule>, got <value>`, one per line, without repeats (the first 20, then a count). */
export const formatErrors = (errors: t.Errors, root = ''): string => {
  const lines = new Set<string>()
  let more = 0
  for (const e of errors) {
    const line = formatError(e, root)
    if (line === undefined || lines.has(line)) continue
    if (lines.size < LISTED) lines.add(line)
    else more++
  }
  return [...lines, ...(more > 0 ? [`… and ${more.toLocaleString('en-US')} more`] : [])].join('\n')
}

/** The keys an object shape requires (those of its `t.type` parts), or undefined when it is not an object shape. */
const requiredKeys = (type: t.Decoder<unknown, unknown>): string[] | undefined => {
  const tag = tagOf(type)
  if (tag === 'InterfaceType' || tag === 'StrictType') return Object.keys((type as unknown as { props: object }).props)
  if (tag === 'PartialType') return []
  if (tag === 'IntersectionType' || tag === 'ExactType') {
    const parts = tag === 'ExactType' ? [(type as unknown as { type: t.Decoder<unknown, unknown> }).type] : (type as unknown as { types: t.Decoder<unknown, unknown>[] }).types
    const keys: string[] = []
    for (const part of parts) {
      const k = requiredKeys(part)
      if (k === undefined) return undefined
      keys.push(...k)
    }
    return keys
  }
  return undefined
}

// A failure inside a union (one of several forms) is told by the form the user should write, never by
// io-ts' branch numbers: when the value's keys pick out exactly one branch, that branch's own failures
// are shown (as if there were no union); otherwise one line names the forms.
const formatError = (e: t.ValidationError, root: string): string | undefined => {
  const u = e.context.findIndex((entry) => tagOf(entry.type) === 'UnionType')
  if (u >= 0 && u + 1 < e.context.length) {
    const union = e.context[u]!
    const value = union.actual
    const branches = (union.type as unknown as { types: t.Decoder<unknown, unknown>[] }).types
    const chosen =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? branches.flatMap((b, i) => {
            const keys = requiredKeys(b)
            return keys !== undefined && keys.length > 0 && keys.every((k) => k in value) ? [i] : []
          })
        : []
    if (chosen.length === 1) {
      if (e.context[u + 1]!.key !== String(chosen[0])) return undefined
    } else return `${pathOf(e.context.slice(0, u + 1), root)}: expected ${union.type.name}, got ${show(value)}`
  }
  let last = e.context[e.context.length - 1]
  // A non-object where an intersection of object shapes was expected: name the whole shape once.
  const parent = e.context[e.context.length - 2]
  if (parent !== undefined && tagOf(parent.type) === 'IntersectionType' && (typeof e.value !== 'object' || e.value === null || Array.isArray(e.value)))
    last = parent
  const rule = e.message ?? `expected ${last?.type.name ?? 'a valid value'}, got ${show(e.value)}`
  return `${pathOf(e.context, root)}: ${rule}`
}

/** An event indicator: 0 or 1, or false or true (as R's survfit and glm take them), decoded to 0 or 1. */
export const EventIndicator = new t.Type<0 | 1, 0 | 1, unknown>(
  '0 or 1 (or false or true)',
  (u): u is 0 | 1 => u === 0 || u === 1,
  (u, c) => (u === 0 || u === false ? t.success(0) : u === 1 || u === true ? t.success(1) : t.failure(u, c)),
  t.identity,
)

/** Decodes `u` with `codec`, mapping failures to a `DecodeError`. Never throws. */
export const decodeWith =
  <A, O>(codec: t.Type<A, O, unknown>, root = '') =>
  (u: unknown): E.Either<CoalitionError, A> => {
    try {
      const result = codec.decode(u)
      return E.isRight(result) ? result : E.left(coalitionError('DecodeError', formatErrors(result.left, root)))
    } catch (e) {
      // A hostile input (a throwing getter, a revoked proxy) must still come back as a value.
      return E.left(coalitionError('DecodeError', `${root || 'input'}: could not be read (${e instanceof Error ? e.message : 'unknown error'})`))
    }
  }

/** A number that is neither NaN nor ±Infinity. */
export const FiniteNumber = new t.Type<number, number, unknown>(
  'a finite number',
  (u): u is number => typeof u === 'number' && Number.isFinite(u),
  (u, c) => (typeof u === 'number' && Number.isFinite(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
)

/** A safe integer, for seeds. */
export const SafeInt = new t.Type<number, number, unknown>(
  'a whole number (a safe integer)',
  (u): u is number => Number.isSafeInteger(u),
  (u, c) => (Number.isSafeInteger(u) ? t.success(u as number) : t.failure(u, c)),
  t.identity,
)

/** A string with at least one non-blank character. */
export const Label = new t.Type<string, string, unknown>(
  'a non-empty string',
  (u): u is string => typeof u === 'string' && u.trim() !== '',
  (u, c) => (typeof u === 'string' && u.trim() !== '' ? t.success(u) : t.failure(u, c)),
  t.identity,
)

/** A finite number ≥ 0. */
export const NonNegative = new t.Type<number, number, unknown>(
  'a finite number ≥ 0',
  (u): u is number => typeof u === 'number' && Number.isFinite(u) && u >= 0,
  (u, c) => (typeof u === 'number' && Number.isFinite(u) && u >= 0 ? t.success(u) : t.failure(u, c)),
  t.identity,
)
/** A finite number > 0. */
export const Positive = new t.Type<number, number, unknown>(
  'a finite number > 0',
  (u): u is number => typeof u === 'number' && Number.isFinite(u) && u > 0,
  (u, c) => (typeof u === 'number' && Number.isFinite(u) && u > 0 ? t.success(u) : t.failure(u, c)),
  t.identity,
)

/** A number in the closed interval [lo, hi]. */
export const Between = (lo: number, hi: number, name = `a number in [${lo}, ${hi}]`) =>
  new t.Type<number, number, unknown>(
    name,
    (u): u is number => typeof u === 'number' && u >= lo && u <= hi,
    (u, c) => (typeof u === 'number' && u >= lo && u <= hi ? t.success(u) : t.failure(u, c)),
    t.identity,
  )

/**
 * A list of numbers, each checked by `element`, given as an array or a typed array and decoded into a
 * fresh `Float64Array` so that the caller's array is never aliased or mutated. Every bad entry is
 * reported with its index.
 */
const listOf = (name: string, element: t.Type<number, number, unknown>) =>
  new t.Type<Float64Array, Float64Array, unknown>(
    name,
    (u): u is Float64Array => u instanceof Float64Array && u.every((x) => element.is(x)),
    (u, c) => {
      if (!Array.isArray(u) && !(ArrayBuffer.isView(u) && !(u instanceof DataView))) return t.failure(u, c)
      const items = u as ArrayLike<unknown>
      const out = new Float64Array(items.length)
      const errors: t.ValidationError[] = []
      for (let i = 0; i < items.length; i++) {
        const x = items[i]
        if (element.is(x)) out[i] = x
        else errors.push({ value: x, context: t.appendContext(c, String(i), element, x) })
      }
      return errors.length === 0 ? t.success(out) : t.failures(errors)
    },
    t.identity,
  )

/** A list of finite numbers (see `listOf`). */
export const FiniteNumbers = listOf('a list of finite numbers', FiniteNumber)

/** A probability: a number in [0, 1]. */
export const Probability = Between(0, 1, 'a probability in [0, 1]')

/** A list of probabilities in [0, 1] (see `listOf`). */
export const Probabilities = listOf('a list of probabilities in [0, 1]', Probability)

/** Edit distance between two short strings, for "did you mean" suggestions. */
const distance = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0]![j] = j
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
  return d[a.length]![b.length]!
}

/** The known name nearest to `key` by edit distance, when one is close enough to suggest. */
export const nearestName = (key: string, known: readonly string[]): string | undefined => {
  const nearest = known.map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.d - b.d)[0]
  return nearest !== undefined && (nearest.d <= Math.max(2, Math.ceil(nearest.k.length / 2)) || key.slice(0, 3).toLowerCase() === nearest.k.slice(0, 3).toLowerCase())
    ? nearest.k
    : undefined
}

/**
 * What is wrong with an options object, from any caller: not an object (`options: expected an object
 * { a?, b? }, got null`), or its unknown keys with the nearest known one; undefined when it is fine.
 */
export const optionsShapeProblem = (options: unknown, known: readonly string[]): string | undefined => {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return `options: expected an object { ${known.map((k) => `${k}?`).join(', ')} }, got ${options === null ? 'null' : Array.isArray(options) ? 'a list' : typeof options}`
  const strays = unknownKeys(options, known, 'options')
  return strays.length > 0 ? strays.join('\n') : undefined
}

/**
 * The keys of a plain object that are not among `known`, each as `path.key: unknown key; did you
 * mean <nearest>?` (the nearest known key by edit distance, when one is close), or the list of
 * keys allowed. Empty when every key is known or `u` is not a plain object (the codec reports that).
 */
export const unknownKeys = (u: unknown, known: readonly string[], path = ''): string[] => {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return []
  const out: string[] = []
  for (const key of Object.keys(u)) {
    if (known.includes(key)) continue
    const nearest = nearestName(key, known)
    const at = path === '' ? key : `${path}.${key}`
    out.push(nearest !== undefined ? `${at}: unknown key; did you mean ${nearest}?` : `${at}: unknown key; expected one of ${known.join(', ')}`)
  }
  return out
}

/**
 * The one rule for empty inputs: a model needs at least one member (ally, claimant, candidate,
 * player, voter, observation), so an empty list is an `InvalidProblem` naming the field. Data
 * transforms (`toPersonPeriod`) map an empty list to an empty list instead.
 */
export const nonEmpty =
  <A>(field: string, what: string, listOf: (decoded: A) => ArrayLike<unknown> = (decoded) => (decoded as Record<string, ArrayLike<unknown>>)[field]!) =>
  (decoded: A): E.Either<CoalitionError, A> =>
    listOf(decoded).length === 0 ? E.left(coalitionError('InvalidProblem', `${field}: the model needs at least one ${what}, got an empty list`)) : E.right(decoded)

/**
 * For a call in the shape before parameters came first (`f(data)(options)` or `f(data, options)`):
 * when the value given as options has any of the data's own keys (or is a list, for rows), a message
 * saying so and showing the call to write; otherwise undefined.
 */
export const swappedCall = (options: unknown, dataKeys: readonly string[], what: string, call: string): string | undefined => {
  const looksLikeData = Array.isArray(options) || (typeof options === 'object' && options !== null && dataKeys.some((k) => Object.prototype.hasOwnProperty.call(options, k)))
  return looksLikeData ? `options: got ${what} where the options belong; the options come first and the data last: ${call}` : undefined
}

/**
 * The function a curried call returns when its first call was already wrong in a way that the old,
 * uncurried shape explains (`fitDiscreteHazard(rows, options)`): called, it gives the Left; read as
 * the Either the old shape returned, it is that Left too, so plain-JavaScript code written for the
 * old shape sees the message instead of a function.
 */
export const refusedCall = <F extends (...args: never[]) => unknown>(error: CoalitionError): F =>
  Object.assign(() => E.left(error), { _tag: 'Left' as const, left: error }) as unknown as F
