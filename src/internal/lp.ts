// The one import site of the LP solver (HiGHS, compiled to WebAssembly). Swapping the solver touches
// only this file: the models see `LpSolver`, `createLp` and the small `Lp` interface below.
import type { Highs } from 'highs'
import { thrownMessage } from './decode.js'

declare const LpBrand: unique symbol

/**
 * A loaded linear-programming solver (HiGHS, compiled to WebAssembly), made by {@link loadLpSolver}.
 * The LP-backed models take it explicitly, so they stay synchronous and pure once it is loaded.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { loadLpSolver } from 'coalitions'
 *
 * const lp = await loadLpSolver()
 * assert.equal(lp.name, 'HiGHS')
 * ```
 *
 * @since 0.1.0
 * @category LP solver
 */
export interface LpSolver {
  /** The solver's name and version, for reports. */
  readonly name: string
  readonly version: string
  readonly [LpBrand]: true
}

interface Loaded extends LpSolver {
  readonly highs: Highs
}

/**
 * Options for {@link loadLpSolver}; in a browser, say where `highs.wasm` is served.
 *
 * @since 0.1.0
 * @category LP solver
 */
export interface LoadLpSolverOptions {
  /** Maps the file name `highs.wasm` to the URL it is served from. */
  readonly locateFile?: (file: string) => string
  /** The WebAssembly binary itself, when it is already in memory. */
  readonly wasmBinary?: ArrayBuffer | Uint8Array
}

let cached: Promise<LpSolver> | undefined

// Every solver loadLpSolver made: a look-alike (or a forgotten `await`) is refused, never called into.
const solvers = new WeakSet<object>()

/** @internal Whether `u` is a solver loadLpSolver made. */
export const isLpSolver = (u: unknown): u is LpSolver => typeof u === 'object' && u !== null && solvers.has(u)

/** @internal The message for a value that is not a loaded solver, naming the function. */
export const notASolver = (name: string, u: unknown): string =>
  `${name}: expected the solver from await loadLpSolver(), got ${u instanceof Promise ? 'a Promise (await loadLpSolver() first)' : u === undefined ? 'nothing' : u === null ? 'null' : typeof u === 'object' ? 'an object that loadLpSolver did not make' : `a ${typeof u}`}`

type Loader = (options?: object) => Promise<Highs>

const resolveLoader = (mod: unknown): Loader => {
  // ESM gives `{ default: loader }`; a CommonJS build through interop may nest it once more.
  let m: unknown = mod
  for (let i = 0; i < 3 && typeof m !== 'function'; i++) m = (m as { default?: unknown } | null)?.default
  if (typeof m !== 'function') throw new Error('the highs package did not export its loader')
  return m as Loader
}

/**
 * Loads the HiGHS LP solver's WebAssembly once (later calls without options share it) and resolves to
 * the solver that {@link nucleolus}, {@link prenucleolus}, {@link leastCore} and
 * {@link coreIsNonEmpty} take. The promise rejects only when the WebAssembly itself cannot be loaded.
 *
 * Under Node the binary is read from the highs package. In a browser bundle (the package's `browser`
 * condition) it is embedded, gzipped, and inflated here on the first call, so no file has to be served;
 * `locateFile` or `wasmBinary` replace the embedded copy.
 *
 * @param options - where to find `highs.wasm` (browsers)
 * @returns the loaded solver
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { loadLpSolver } from 'coalitions'
 *
 * const lp = await loadLpSolver()
 * assert.equal(await loadLpSolver(), lp)
 * ```
 *
 * @see Huangfu & Hall, "Parallelizing the dual revised simplex method", *Mathematical Programming Computation* 10 (2018) — HiGHS.
 * @since 0.1.0
 * @category LP solver
 */
export const loadLpSolver = (options?: LoadLpSolverOptions): Promise<LpSolver> => {
  if (options === undefined && cached !== undefined) return cached
  const loading = import('#highs').then(async (mod) => {
    // Browser builds carry the binary (#highs → dist/highs.browser.js); under Node the loader reads it from disk.
    const wasm = options?.wasmBinary ?? (options?.locateFile === undefined ? await mod.embeddedWasm?.() : undefined)
    const highs = await (wasm === undefined ? resolveLoader(mod)(options === undefined ? undefined : { ...options }) : instantiate(resolveLoader(mod), wasm))
    const v = highs.version as unknown as { readonly highs?: string; readonly version?: string } | string
    const version = typeof v === 'string' ? v : (v.highs ?? v.version ?? 'unknown')
    const solver: Loaded = Object.freeze({ name: 'HiGHS', version: String(version), highs }) as unknown as Loaded
    solvers.add(solver)
    return solver as LpSolver
  })
  if (options === undefined) {
    cached = loading
    loading.catch(() => {
      cached = undefined
    })
  }
  return loading
}

// Emscripten's loader no longer reads a `wasmBinary` setting: it takes an `instantiateWasm` hook instead,
// which gets the imports and hands back the instance. A failure there rejects instead of hanging.
// The few WebAssembly calls used here (the compile target has no DOM or WebAssembly typings).
interface WasmApi {
  readonly compile: (bytes: ArrayBuffer | Uint8Array) => Promise<object>
  readonly instantiate: (module: object, imports: object) => Promise<object>
}
const instantiate = async (loader: Loader, wasm: ArrayBuffer | Uint8Array): Promise<Highs> => {
  const api = (globalThis as unknown as { readonly WebAssembly: WasmApi }).WebAssembly
  const compiled = await api.compile(wasm)
  return new Promise<Highs>((resolve, reject) => {
    const instantiateWasm = (imports: object, receive: (instance: object, module: object) => void): object => {
      api.instantiate(compiled, imports).then((instance) => receive(instance, compiled), reject)
      return {}
    }
    loader({ instantiateWasm }).then(resolve, reject)
  })
}

/** Result of one LP solve. */
export type LpResult =
  | { readonly status: 'optimal'; readonly objective: number; readonly x: Float64Array; readonly rowDual: Float64Array }
  | { readonly status: 'infeasible' | 'unbounded' | 'failed'; readonly detail: string }

/** A persistent LP: rows can be added and relaxed between solves, and the basis is kept (warm start). */
export interface Lp {
  /** Adds `lower ≤ Σ values[k]·x[indices[k]] ≤ upper`; returns the row's index. */
  readonly addRow: (lower: number, upper: number, indices: readonly number[], values: readonly number[]) => number
  /** Adds a column with its cost, bounds and entries in the existing rows; returns the column's index. */
  readonly addColumn: (cost: number, lower: number, upper: number, indices: readonly number[], values: readonly number[]) => number
  /** Changes a row's bounds (±Infinity for none). */
  readonly setRowBounds: (row: number, lower: number, upper: number) => void
  readonly solve: () => LpResult
  readonly dispose: () => void
}

/** Column definitions of a minimisation LP; `integer` marks the columns of a mixed-integer program. */
export interface LpColumns {
  readonly cost: readonly number[]
  readonly lower: readonly number[]
  readonly upper: readonly number[]
  readonly integer?: readonly boolean[]
  /** Wall-clock limit for a mixed-integer solve, in seconds. */
  readonly timeLimitSeconds?: number
}

const finite = (highs: Highs, x: number): number => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x)

/** Creates a persistent minimisation LP with the given columns and no rows. */
export const createLp = (solver: LpSolver, columns: LpColumns): Lp => {
  const { highs } = solver as Loaded
  const model = highs.createModel()
  // Feasibility tolerances 1e-10 (HiGHS defaults 1e-7) so the LP resolves what the 1e-9 relative checks on worths expect.
  const mip = columns.integer?.some((b) => b) === true
  try {
    model.options.set({ output_flag: false, presolve: mip ? 'on' : 'off', primal_feasibility_tolerance: 1e-10, dual_feasibility_tolerance: 1e-10 })
    // Branch and bound runs to a proven optimum (no relative gap), or until the time limit.
    if (mip) model.options.set({ mip_rel_gap: 0, mip_abs_gap: 0, mip_feasibility_tolerance: 1e-9, time_limit: columns.timeLimitSeconds ?? 60 })
    model.addVars(columns.lower.map((x) => finite(highs, x)), columns.upper.map((x) => finite(highs, x)))
    columns.integer?.forEach((isInt, j) => {
      if (isInt) model.changeColIntegrality(j, 1)
    })
    columns.cost.forEach((c, j) => {
      if (c !== 0) model.changeColCost(j, c)
    })
  } catch (e) {
    // The model lives in the WebAssembly heap: free it before the error leaves, or every failed call leaks it.
    model.dispose()
    throw e
  }
  let rows = 0
  let cols = columns.cost.length
  return {
    addRow: (lower, upper, indices, values) => {
      model.addRow(finite(highs, lower), finite(highs, upper), { indices: [...indices], values: [...values] })
      return rows++
    },
    addColumn: (cost, lower, upper, indices, values) => {
      model.addCol(cost, finite(highs, lower), finite(highs, upper), { indices: [...indices], values: [...values] })
      return cols++
    },
    setRowBounds: (row, lower, upper) => {
      model.changeRowBounds(row, finite(highs, lower), finite(highs, upper))
    },
    solve: () => {
      try {
        model.run()
      } catch (e) {
        return { status: 'failed', detail: thrownMessage(e) }
      }
      const status = model.getModelStatus()
      const codes = highs.constants.modelStatus
      if (status === codes.optimal) {
        const s = model.getSolution()
        return { status: 'optimal', objective: model.getObjectiveValue(), x: s.colValue, rowDual: s.rowDual }
      }
      if (status === codes.infeasible) return { status: 'infeasible', detail: 'the LP is infeasible' }
      if (status === codes.unbounded || status === codes.unboundedOrInfeasible) return { status: 'unbounded', detail: 'the LP is unbounded' }
      if (status === codes.timeLimit) return { status: 'failed', detail: 'HiGHS reached its time limit before proving a plan optimal' }
      return { status: 'failed', detail: `HiGHS stopped with model status ${status}` }
    },
    dispose: () => model.dispose(),
  }
}
