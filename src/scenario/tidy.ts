// Tidy data for studies: grids of parameters, and rows written as CSV that R and pandas read as they are.
import { either as E } from 'fp-ts'
import Papa from 'papaparse'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { optionsShapeProblem, show, thrownMessage } from '../internal/decode.js'

/**
 * A value a tidy row may hold: one CSV cell.
 *
 * @since 0.3.0
 * @category study
 */
export type Cell = number | string | boolean | undefined | null

/** @internal */
export const isCell = (u: unknown): u is Cell => u === undefined || u === null || typeof u === 'number' || typeof u === 'string' || typeof u === 'boolean'

// The most points a grid may have (a study runs each once per seed).
const MAX_GRID_POINTS = 1_000_000

/**
 * Every combination of the axes' values, as grid points: the last axis varies fastest, so the order
 * is fixed by the axes alone.
 *
 * @param axes - `{ name: values }`, each a non-empty list of numbers, strings or booleans
 * @returns the points, or a `DecodeError` (an axis that is not a list of such values) or `TooLarge`
 *   (more than 1,000,000 points)
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { grid } from 'coalitions/scenario'
 *
 * const g = grid({ budget: [50e6, 100e6], front: ['common', 'separate'] })
 * assert.ok(E.isRight(g))
 * assert.deepStrictEqual(g.right, [
 *   { budget: 50e6, front: 'common' },
 *   { budget: 50e6, front: 'separate' },
 *   { budget: 100e6, front: 'common' },
 *   { budget: 100e6, front: 'separate' },
 * ])
 * ```
 *
 * @see Kavanagh et al., *Building Military Coalitions: Lessons from U.S. Experience*, RAND RR-A859-1 (2021): the cases such sweeps vary.
 * @since 0.3.0
 * @category study
 */
export const grid = (axes: Readonly<Record<string, readonly (number | string | boolean)[]>>): E.Either<CoalitionError, Record<string, number | string | boolean>[]> => {
  if (typeof axes !== 'object' || axes === null || Array.isArray(axes)) return E.left(coalitionError('DecodeError', `axes: expected an object { name: [values] }, got ${show(axes)}`))
  const names = Object.keys(axes)
  let size = 1
  for (const name of names) {
    const values = axes[name]
    if (!Array.isArray(values) || values.length === 0) return E.left(coalitionError('DecodeError', `axes.${name}: expected a non-empty list of values, got ${show(values)}`))
    const bad = values.findIndex((v) => !(typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))))
    if (bad >= 0) return E.left(coalitionError('DecodeError', `axes.${name}[${bad}]: expected a finite number, a string or a boolean, got ${show(values[bad])}`))
    size *= values.length
    if (size > MAX_GRID_POINTS) return E.left(coalitionError('TooLarge', `axes: the grid has more than ${MAX_GRID_POINTS.toLocaleString('en-US')} points; use fewer values per axis, or split the grid into studies`))
  }
  let points: Record<string, number | string | boolean>[] = [{}]
  for (const name of names) points = points.flatMap((p) => axes[name]!.map((v) => ({ ...p, [name]: v })))
  return E.right(points)
}

/**
 * Writes tidy rows as CSV (RFC 4180, with a header, `\n` line ends), through the Papa Parse
 * library (in Node and in browsers alike), in a form R's `read.csv` and pandas' `read_csv` read as they are: the columns are every
 * key in the order first met (or `columns`); numbers are written in JavaScript's shortest round-trip
 * form, so that they read back to the same doubles; an undefined, null or NaN cell is empty (R's and
 * pandas' missing value); ±Infinity is `Inf`/`-Inf`; booleans are `TRUE`/`FALSE` (which R reads as logical; pandas reads them as bool).
 *
 * @param rows - records of numbers, strings, booleans, undefined or null
 * @returns the CSV text, or a `DecodeError` naming a row and column that holds anything else
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { toCsv } from 'coalitions/scenario'
 *
 * const csv = toCsv([{ point: 0, seed: 1, cost: 0.1 + 0.2 }, { point: 1, seed: 1, cost: undefined, note: 'a, b' }])
 * assert.ok(E.isRight(csv))
 * assert.equal(csv.right, 'point,seed,cost,note\n0,1,0.30000000000000004,\n1,1,,"a, b"\n')
 * ```
 *
 * @see Shafranovich, "Common format and MIME type for comma-separated values (CSV) files", RFC 4180 (2005).
 * @since 0.3.0
 * @category study
 */
export const toCsv = (rows: readonly Readonly<Record<string, Cell>>[], options: { readonly columns?: readonly string[] } = {}): E.Either<CoalitionError, string> => {
  if (!Array.isArray(rows)) return E.left(coalitionError('DecodeError', `rows: expected a list of records, got ${show(rows)}`))
  const shape = optionsShapeProblem(options, ['columns'])
  if (shape !== undefined) return E.left(coalitionError('DecodeError', shape))
  if (options.columns !== undefined && !(Array.isArray(options.columns) && options.columns.every((c) => typeof c === 'string')))
    return E.left(coalitionError('DecodeError', `options.columns: expected a list of column names, got ${show(options.columns)}`))
  const seen = new Set<string>(options.columns ?? [])
  const columns = [...seen]
  for (const [i, row] of rows.entries()) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return E.left(coalitionError('DecodeError', `rows[${i}]: expected a record, got ${show(row)}`))
    for (const [key, value] of Object.entries(row)) {
      if (!isCell(value)) return E.left(coalitionError('DecodeError', `rows[${i}].${key}: expected a number, string, boolean, undefined or null, got ${show(value)}`))
      if (options.columns === undefined && !seen.has(key)) {
        seen.add(key)
        columns.push(key)
      }
    }
  }
  if (columns.length === 0) return E.right('')
  const number = (x: number): string => (Number.isNaN(x) ? '' : x === Infinity ? 'Inf' : x === -Infinity ? '-Inf' : String(x))
  const text = (v: Cell): string => (v === undefined || v === null ? '' : typeof v === 'number' ? number(v) : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v)
  try {
    const data = rows.map((row) => columns.map((c) => text(Object.prototype.hasOwnProperty.call(row, c) ? row[c] : undefined)))
    // Papa Parse quotes a field when it holds the delimiter, a quote, a line end or edge spaces; formula escaping stays off, so every string reads back as written.
    return E.right(`${Papa.unparse({ fields: columns, data }, { newline: '\n', escapeFormulae: false })}\n`)
  } catch (e) {
    return E.left(coalitionError('DecodeError', `rows: could not be written as CSV (${thrownMessage(e)})`))
  }
}

