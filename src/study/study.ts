import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import { either as E } from 'fp-ts'
import { Piscina } from 'piscina'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { optionsShapeProblem, show, thrownMessage, unknownKeys } from '../internal/decode.js'
import { isCell, type Cell } from '../scenario/tidy.js'

/**
 * One tidy row of a study: `point` (the grid point's index), `seed`, the point's parameters, then
 * what the task returned.
 *
 * @since 0.3.0
 * @category study
 */
export type StudyRow = Readonly<Record<string, Cell>>

/**
 * A study: every point of a grid, each run once per seed.
 *
 * @since 0.3.0
 * @category study
 */
export interface Study {
  /**
   * The grid points (e.g. from `grid`), as plain data (they are copied to the worker threads).
   * A point's fields that are numbers, strings or booleans are its parameters and become columns of
   * its rows; the others (a scenario, say) only go to the task.
   */
  readonly points: readonly Readonly<Record<string, unknown>>[]
  /** The seeds: each point runs once per seed (safe integers, no repeats). */
  readonly seeds: readonly number[]
  /**
   * The task, as a module: a file URL or an absolute path to an ES module whose default export (or
   * export named `task`) is `(point, seed) => rows`, sync or async, where rows are a record, a list of
   * records, or an Either of those. Default: the scenario task, which reads each point's `scenario`,
   * `runs`, `within?` and `rows?` (`'summary'`, `'runs'` or `'partners'`) and runs `scenario`.
   */
  readonly task?: string | URL
}

/**
 * Options of {@link runStudy}.
 *
 * @since 0.3.0
 * @category study
 */
export interface StudyOptions {
  /** Worker threads (default: the machine's available parallelism). The rows do not depend on it. */
  readonly threads?: number
  /** Called as tasks finish, with the tasks done and the total. */
  readonly onProgress?: (done: number, total: number) => void
}

/**
 * The most tasks (points × seeds) one {@link runStudy} runs; more is `TooLarge`, before any runs.
 *
 * @example
 * ```ts
 * // Node only (worker threads).
 * import assert from 'node:assert'
 * import { MAX_STUDY_TASKS } from 'coalitions/study'
 *
 * assert.equal(MAX_STUDY_TASKS, 1_000_000)
 * ```
 *
 * @see Weisiger, "Exiting the coalition: when do states abandon coalition partners during war?", *International Studies Quarterly* 60 (2016): the wars a study simulates.
 * @since 0.3.0
 * @category study
 */
export const MAX_STUDY_TASKS = 1_000_000

const RESERVED = ['point', 'seed']
const SCENARIO_TASK_KEYS = ['scenario', 'runs', 'within', 'rows']

const taskUrl = (task: unknown): E.Either<CoalitionError, string> => {
  if (task === undefined) return E.right(pathToFileURL(createRequire(import.meta.url).resolve('#scenario-task')).href)
  if (task instanceof URL) return task.protocol === 'file:' ? E.right(task.href) : E.left(coalitionError('DecodeError', `study.task: expected a file: URL, got ${task.href}`))
  if (typeof task === 'string') {
    if (task.startsWith('file:')) return E.right(task)
    if (isAbsolute(task)) return E.right(pathToFileURL(task).href)
  }
  return E.left(coalitionError('DecodeError', `study.task: expected a file URL (new URL('./task.js', import.meta.url)) or an absolute path to the task module, got ${show(task)}`))
}

/** The parameters of a point: its fields that are cells. */
const parametersOf = (point: Readonly<Record<string, unknown>>): [string, Cell][] => Object.entries(point).filter((kv): kv is [string, Cell] => isCell(kv[1]))

const rowsOf = (out: unknown, where: string): E.Either<CoalitionError, readonly Readonly<Record<string, unknown>>[]> => {
  let value = out
  if (typeof out === 'object' && out !== null && '_tag' in out) {
    const either = out as { _tag: unknown; left?: unknown; right?: unknown }
    if (either._tag === 'Left') {
      const err = either.left as { _tag?: unknown; message?: unknown } | undefined
      const tag = typeof err?._tag === 'string' && ['DecodeError', 'InvalidGame', 'InvalidProblem', 'TooLarge', 'Infeasible', 'NotDefined', 'NoConvergence'].includes(err._tag) ? (err._tag as CoalitionError['_tag']) : 'InvalidProblem'
      return E.left(coalitionError(tag, `${where}: ${typeof err?.message === 'string' ? err.message : show(err)}`))
    }
    if (either._tag === 'Right') value = either.right
  }
  const list = Array.isArray(value) ? value : [value]
  for (const [k, row] of list.entries())
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      return E.left(coalitionError('InvalidProblem', `${where}: the task returned ${show(row)}${Array.isArray(value) ? ` at [${k}]` : ''}, not a record (a row) or a list of them`))
  return E.right(list as readonly Readonly<Record<string, unknown>>[])
}

/**
 * Runs a study: every point of the grid once per seed, on a pool of worker threads (the Piscina
 * library), gathering every task's rows in the order of points then seeds, so that the rows, and
 * the CSV written from them with `toCsv`, are byte for byte the same whatever the number of
 * threads. Each row leads with `point`, `seed` and the point's parameters. Node only: the browser has
 * no worker threads of this kind.
 *
 * A task's error (a Left it returns, or a throw) ends the study with that error, naming the point
 * and seed; so does a throwing `onProgress`. Never throws or rejects.
 *
 * @param study - `{ points, seeds, task? }`
 * @returns a promise of the rows, or of a `DecodeError`/`InvalidProblem`/`TooLarge` (more than
 *   {@link MAX_STUDY_TASKS} tasks), or of the first task's error
 *
 * @example
 * ```ts
 * // Node only (worker threads).
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { grid, toCsv } from 'coalitions/scenario'
 * import { runStudy } from 'coalitions/study'
 *
 * const partners = [
 *   { name: 'A', troops: 3_000, deploymentCost: 20e6, ownBenefit: 0, joinProbability: 0.8 },
 *   { name: 'B', troops: 1_000, deploymentCost: 5e6, ownBenefit: 0, joinProbability: 0.5 },
 * ]
 * const points = grid({ budget: [0, 10e6, 30e6] })
 * assert.ok(E.isRight(points))
 * const study = {
 *   points: points.right.map(({ budget }) => ({
 *     budget,
 *     runs: 500,
 *     scenario: { partners, joining: 'given', recruitment: { pivotal: { budget: Number(budget), costPerSoldier: 13_000 }, requirements: { troops: 4_000 } } },
 *   })),
 *   seeds: [1, 2],
 * }
 * const rows = await runStudy(study, { threads: 2 })
 * assert.ok(E.isRight(rows))
 * assert.deepStrictEqual(rows.right.map((r) => [r['point'], r['seed'], r['budget']]), [[0, 1, 0], [0, 2, 0], [1, 1, 10e6], [1, 2, 10e6], [2, 1, 30e6], [2, 2, 30e6]])
 * // More budget never raises the expected cost.
 * assert.ok(Number(rows.right[4]!['expectedCost']) <= Number(rows.right[0]!['expectedCost']))
 * const one = await runStudy(study, { threads: 1 })
 * assert.ok(E.isRight(one))
 * assert.deepStrictEqual(toCsv(one.right), toCsv(rows.right))
 * ```
 *
 * @see Henke, "Buying allies: payment practices in multilateral military coalition-building", *International Security* 43 (2019).
 * @since 0.3.0
 * @category study
 */
export const runStudy = async (study: Study, options: StudyOptions = {}): Promise<E.Either<CoalitionError, StudyRow[]>> => {
  try {
    return await run(study, options)
  } catch (e) {
    return E.left(coalitionError('InvalidProblem', `the study could not run: ${thrownMessage(e)}`))
  }
}

const run = async (study: Study, options: StudyOptions): Promise<E.Either<CoalitionError, StudyRow[]>> => {
  if (typeof study !== 'object' || study === null) return E.left(coalitionError('DecodeError', `study: expected an object { points, seeds, task? }, got ${show(study)}`))
  const strays = unknownKeys(study, ['points', 'seeds', 'task'], 'study')
  const shape = optionsShapeProblem(options, ['threads', 'onProgress'])
  if (strays.length > 0 || shape !== undefined) return E.left(coalitionError('DecodeError', [...strays, ...(shape === undefined ? [] : [shape])].join('\n')))
  const { points, seeds } = study
  if (!Array.isArray(points) || points.length === 0) return E.left(coalitionError('DecodeError', `study.points: expected a non-empty list of points, got ${show(points)}`))
  if (!Array.isArray(seeds) || seeds.length === 0) return E.left(coalitionError('DecodeError', `study.seeds: expected a non-empty list of seeds, got ${show(seeds)}`))
  const badSeed = seeds.findIndex((s) => !Number.isSafeInteger(s))
  if (badSeed >= 0) return E.left(coalitionError('DecodeError', `study.seeds[${badSeed}]: expected a whole number (a safe integer), got ${show(seeds[badSeed])}`))
  const repeated = seeds.findIndex((s, k) => seeds.indexOf(s) !== k)
  if (repeated >= 0) return E.left(coalitionError('InvalidProblem', `study.seeds[${repeated}]: ${seeds[repeated]} is repeated; each seed runs once per point`))
  for (const [i, p] of points.entries()) {
    if (typeof p !== 'object' || p === null || Array.isArray(p)) return E.left(coalitionError('DecodeError', `study.points[${i}]: expected a record, got ${show(p)}`))
    const clash = Object.keys(p).find((k) => RESERVED.includes(k) && isCell((p as Record<string, unknown>)[k]))
    if (clash !== undefined) return E.left(coalitionError('InvalidProblem', `study.points[${i}].${clash}: every row has its own "${clash}" column; rename the parameter`))
    if (study.task === undefined) {
      const q = p as Record<string, unknown>
      if (typeof q['scenario'] !== 'object' || q['scenario'] === null) return E.left(coalitionError('DecodeError', `study.points[${i}].scenario: the scenario task needs a scenario on every point, got ${show(q['scenario'])}`))
      if (!Number.isSafeInteger(q['runs'])) return E.left(coalitionError('DecodeError', `study.points[${i}].runs: the scenario task needs a whole number of runs, got ${show(q['runs'])}`))
      if (q['rows'] !== undefined && !['summary', 'runs', 'partners'].includes(q['rows'] as string))
        return E.left(coalitionError('DecodeError', `study.points[${i}].rows: expected 'summary', 'runs' or 'partners', got ${show(q['rows'])}`))
      const other = Object.keys(q).find((k) => !SCENARIO_TASK_KEYS.includes(k) && !isCell(q[k]))
      if (other !== undefined) return E.left(coalitionError('DecodeError', `study.points[${i}].${other}: the scenario task reads scenario, runs, within and rows; other fields are parameters (numbers, strings or booleans), got ${show(q[other])}`))
    }
  }
  const threads = options.threads ?? availableParallelism()
  if (!(Number.isSafeInteger(threads) && threads >= 1 && threads <= 256)) return E.left(coalitionError('DecodeError', `options.threads: expected a whole number from 1 to 256, got ${show(options.threads)}`))
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') return E.left(coalitionError('DecodeError', `options.onProgress: expected a function, got ${show(options.onProgress)}`))
  const total = points.length * seeds.length
  if (total > MAX_STUDY_TASKS)
    return E.left(coalitionError('TooLarge', `study: ${points.length.toLocaleString('en-US')} points × ${seeds.length.toLocaleString('en-US')} seeds are ${total.toLocaleString('en-US')} tasks, more than ${MAX_STUDY_TASKS.toLocaleString('en-US')}; split the study by seed (see the guide)`))
  const module = taskUrl(study.task)
  if (E.isLeft(module)) return module

  const pool = new Piscina({ filename: pathToFileURL(createRequire(import.meta.url).resolve('#study-worker')).href, minThreads: threads, maxThreads: threads, idleTimeout: 1000 })
  const results: (readonly Readonly<Record<string, unknown>>[])[] = new Array(total)
  let failure: CoalitionError | undefined
  let done = 0
  let next = 0
  // A few tasks in flight per thread keep the pool busy; after a failure no more are sent.
  const feed = async (): Promise<void> => {
    while (failure === undefined && next < total) {
      const t = next++
      const i = Math.floor(t / seeds.length)
      const seed = seeds[t % seeds.length]!
      const where = `study.points[${i}], seed ${seed}`
      let out: unknown
      try {
        out = await pool.run({ module: module.right, point: points[i], seed })
      } catch (e) {
        failure ??= coalitionError('InvalidProblem', `${where}: the task threw: ${thrownMessage(e)}`)
        return
      }
      const rows = rowsOf(out, where)
      if (E.isLeft(rows)) {
        failure ??= rows.left
        return
      }
      results[t] = rows.right
      done++
      if (options.onProgress !== undefined && failure === undefined)
        try {
          options.onProgress(done, total)
        } catch (e) {
          failure = coalitionError('InvalidProblem', `options.onProgress: the callback threw at task ${done} of ${total}: ${thrownMessage(e)}`)
        }
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(total, 4 * threads) }, feed))
  } finally {
    await pool.destroy()
  }
  if (failure !== undefined) return E.left(failure)
  const out: StudyRow[] = []
  for (const [i, point] of points.entries()) {
    const params = parametersOf(point)
    for (const [k, seed] of seeds.entries()) {
      for (const [r, row] of results[i * seeds.length + k]!.entries()) {
        const cells: [string, Cell][] = [['point', i], ['seed', seed], ...params]
        const used = new Set(cells.map(([key]) => key))
        for (const [key, v] of Object.entries(row)) {
          if (used.has(key)) return E.left(coalitionError('InvalidProblem', `study.points[${i}], seed ${seed}: the task's row ${r} has a column "${key}", which the study's own columns (point, seed and the parameters) already use`))
          if (!isCell(v)) return E.left(coalitionError('InvalidProblem', `study.points[${i}], seed ${seed}: the task's row ${r} has ${key} = ${show(v)}, not a number, string, boolean, undefined or null`))
          used.add(key)
          cells.push([key, v])
        }
        out.push(Object.fromEntries(cells))
      }
    }
  }
  return E.right(out)
}
