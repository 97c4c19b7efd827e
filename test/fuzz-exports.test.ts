/// <reference types="vite/client" />
// A fuzzer that finds the exports by itself: it walks every export of every entry point in
// package.json (no hand-kept list), calls each function with arbitrary and near-valid arguments, and
// calls again whatever a curried function returns. For every call: no throw (except the documented
// TypeError of a function on a validated type, which names the function), no NaN or ±Infinity inside
// a Right, the arguments unchanged, and the same result for the same arguments. The kernels
// (`coalitions/kernel`) are documented as unchecked and are left out.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as lib from '../src/index.js'

const lp = await lib.loadLpSolver()
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> }
const entryPoints = Object.keys(pkg.exports).filter((k) => k !== './package.json' && k !== './kernel')
// Every subpath's source module, found by pattern; each entry point in package.json must have one.
const sources = import.meta.glob<Record<string, unknown>>('../src/*/index.ts', { eager: true })
const modules = entryPoints.map((k) => {
  const mod = k === '.' ? (lib as Record<string, unknown>) : sources[`../src/${k.slice(2)}/index.ts`]
  if (mod === undefined) throw new Error(`no source module for the entry point ${k}`)
  return [k, mod] as const
})

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error('fixture')
  return e.right
}
// Values of the library's own types and shapes its inputs take, so calls reach past the first check.
const glove = right(lib.makeGame([0, 0, 0, 1, 0, 1, 0, 1], { players: ['L', 'R1', 'R2'] }))
const council = right(lib.weightedVotingGame({ quota: 3, weights: [2, 1, 1] }))
const claims = right(lib.claimsProblem({ estate: 200, claims: [100, 200, 300] }))
const model = right(lib.hazardModel({ link: 'logit', intercept: -3, coefficients: { x: 1 } }))
const pool: unknown[] = [
  lp, glove, council, claims, model, [0.2, 0.5, 0.9], [1, 2, 3], [['L', 'R1']], [['R1', 'R2']], { samples: 5, seed: 1 }, { seed: 1, runs: 2 },
  { n: 3, worth: (S: readonly number[]) => S.length }, { incomes: [3, 2, 1], alpha: 0.3 }, { durations: [1, 2, 3], events: [1, 0, 1] },
  { candidates: [{ probability: 0.5, troops: 10 }], requirement: { troops: 5 } }, 'L', 3, 0, -1, 1e308, 5e-324, Number.NaN, null, undefined, true, {},
]
const arg = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 2, arbitrary: fc.anything() })

const allFinite = (u: unknown, depth = 0): boolean =>
  depth > 6 ||
  (typeof u === 'number'
    ? Number.isFinite(u)
    : Array.isArray(u)
      ? u.every((x) => allFinite(x, depth + 1))
      : typeof u === 'object' && u !== null && !ArrayBuffer.isView(u)
        ? Object.values(u).every((x) => allFinite(x, depth + 1))
        : true)
const snapshot = (args: readonly unknown[]): string => {
  try {
    return JSON.stringify(args, (_, v) => (typeof v === 'bigint' ? `${v}n` : ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v))
  } catch {
    return 'unprintable'
  }
}
const isEither = (u: unknown): u is E.Either<{ readonly message: string }, unknown> =>
  typeof u === 'object' && u !== null && ((u as { _tag?: unknown })._tag === 'Left' || (u as { _tag?: unknown })._tag === 'Right')

let calls = 0
/** One call, checked; returns what it gave, or undefined when it threw the documented TypeError. */
const checkedCall = (name: string, f: (...a: unknown[]) => unknown, args: unknown[]): unknown => {
  const before = snapshot(args)
  let out: unknown
  calls++
  try {
    out = f(...args)
  } catch (e) {
    // The one throw the library makes: a program error on a validated type, naming the function.
    expect(e).toBeInstanceOf(TypeError)
    expect((e as Error).message.startsWith(`${name}:`)).toBe(true)
    return undefined
  }
  expect(snapshot(args)).toBe(before)
  if (out instanceof Promise) {
    out.catch(() => undefined)
    return undefined
  }
  if (isEither(out)) {
    if (E.isLeft(out)) expect(typeof out.left.message).toBe('string')
    else expect(allFinite(out.right)).toBe(true)
  }
  return out
}

const functions = modules.flatMap(([entry, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => typeof v === 'function')
    .map(([name, f]) => [entry, name, f as (...a: unknown[]) => unknown] as const),
)
const distinct = new Set(functions.map(([, , f]) => f))

describe('every exported function, found by walking the entry points', () => {
  it(`finds the exports itself: ${distinct.size} distinct functions over ${entryPoints.length} entry points`, () => {
    expect(distinct.size).toBeGreaterThan(80)
  })
  const seen = new Set<unknown>()
  for (const [entry, name, f] of functions) {
    if (seen.has(f) || name === 'loadLpSolver') continue
    seen.add(f)
    it(`${name} (${entry}): no throw but its documented TypeError, no NaN or ±Infinity in a Right, arguments unchanged, same result twice`, () => {
      fc.assert(
        fc.property(fc.array(arg, { maxLength: 3 }), fc.array(arg, { maxLength: 3 }), (args, inner) => {
          const out = checkedCall(name, f, args)
          // The same arguments give the same result (every random draw takes a seed).
          if (out !== undefined && !(typeof out === 'function')) expect(snapshot([f(...args)])).toBe(snapshot([out]))
          // A curried function: call what it returns.
          if (typeof out === 'function') checkedCall(name, out as (...a: unknown[]) => unknown, inner)
        }),
        { numRuns: 150 },
      )
    })
  }
  it('prints its counts', () => {
    console.log(`fuzz-exports: ${seen.size} functions, ${calls.toLocaleString('en-US')} calls`)
    expect(calls).toBeGreaterThan(seen.size * 150)
  })
})
