// Studies (issue 15): points × seeds on worker threads, rows in point-then-seed order whatever the
// thread count, byte-identical CSV, errors that name the point and seed, and never a throw.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { grid, toCsv } from '../../src/scenario/index.js'
import { runStudy } from '../../src/study/index.js'
import { right } from '../helpers.js'

const task = new URL('../fixtures/study-task.mjs', import.meta.url)
const points = Array.from({ length: 7 }, (_, x) => ({ x, label: `p${x}` }))
const seeds = [3, 1, 4, 15, 9]

/** A small RFC 4180 reader, written for the test: fields split on commas outside quotes, "" inside quotes is ". */
const readCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(field), (field = '')
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '')
    else field += c
  }
  return rows
}

describe('runStudy', () => {
  it('gives rows in point-then-seed order, with point, seed and parameters first, and byte-identical CSV on 1, 2 and 3 threads', async () => {
    const csv: string[] = []
    for (const threads of [1, 2, 3]) {
      const rows = right(await runStudy({ points, seeds, task }, { threads }))
      expect(rows.length).toBe(points.length * seeds.length * 3)
      expect(rows.slice(0, 4).map((r) => [r['point'], r['seed'], r['x'], r['label'], r['k']])).toEqual([
        [0, 3, 0, 'p0', 0],
        [0, 3, 0, 'p0', 1],
        [0, 3, 0, 'p0', 2],
        [0, 1, 0, 'p0', 0],
      ])
      csv.push(right(toCsv(rows)))
    }
    expect(csv[1]).toBe(csv[0])
    expect(csv[2]).toBe(csv[0])
    expect(csv[0]!.split('\n')[0]).toBe('point,seed,x,label,k,draw,text')
  })

  it("the default task runs each point's scenario; its summary rows do not depend on the thread count", async () => {
    const partners = [
      { name: 'A', troops: 3000, deploymentCost: 20e6, ownBenefit: 0, joinProbability: 0.7, front: 'separate' as const },
      { name: 'B', troops: 1000, deploymentCost: 5e6, ownBenefit: 1e6, joinProbability: 0.4 },
    ]
    const exit = { days: 90, model: { link: 'cloglog' as const, intercept: -5, coefficients: { separateFront: 0.7 } } }
    const study = {
      points: right(grid({ budget: [0, 25e6] })).map((g) => ({ ...g, runs: 200, scenario: { partners, joining: 'given', recruitment: { pivotal: { budget: Number(g.budget), costPerSoldier: 13_000 }, requirements: { troops: 4000 } }, exit } })),
      seeds: [1, 2, 3],
    }
    const a = right(await runStudy(study, { threads: 1 }))
    const b = right(await runStudy(study, { threads: 2 }))
    expect(right(toCsv(b))).toBe(right(toCsv(a)))
    expect(a.map((r) => [r['point'], r['seed'], r['budget'], r['runs']])).toEqual([[0, 1, 0, 200], [0, 2, 0, 200], [0, 3, 0, 200], [1, 1, 25e6, 200], [1, 2, 25e6, 200], [1, 3, 25e6, 200]])
    expect(Object.keys(a[0]!)).toEqual(['point', 'seed', 'budget', 'runs', 'pPlanned', 'pRequirementMet', 'expectedCost', 'expectedPayments', 'expectedExits', 'pNoExit', 'expectedRetentionPaid', 'pivotalShare'])
    // Per-run rows on request, as many as the runs.
    const perRun = right(await runStudy({ points: [{ ...study.points[0]!, rows: 'runs' }], seeds: [5] }, { threads: 1 }))
    expect(perRun.length).toBe(200)
  })

  it('runs a TypeScript task module through tsx', async () => {
    const rows = right(await runStudy({ points: [{ x: 2 }, { x: 5 }], seeds: [10, 20], task: new URL('../fixtures/study-task.ts', import.meta.url) }, { threads: 2 }))
    expect(rows.map((r) => r['product'])).toEqual([20, 40, 50, 100])
  })

  it('reports progress once per task, up to the total; a throwing callback ends the study as a Left', async () => {
    const seen: number[] = []
    right(await runStudy({ points, seeds, task }, { threads: 2, onProgress: (done, total) => (expect(total).toBe(35), seen.push(done)) }))
    expect(seen).toEqual(Array.from({ length: 35 }, (_, k) => k + 1))
    const r = await runStudy({ points, seeds, task }, { threads: 2, onProgress: () => { throw new Error('stop') } })
    expect(E.isLeft(r) && r.left.message).toBe('options.onProgress: the callback threw at task 1 of 35: stop')
  })

  it("a task's failure ends the study, naming the point and seed; bad input is a Left naming the field", async () => {
    const failing = async (fail: string) => runStudy({ points: [{ x: 1 }, { x: 2, fail }], seeds: [7], task }, { threads: 2 })
    const thrown = await failing('throw')
    expect(E.isLeft(thrown) && thrown.left).toEqual({ _tag: 'InvalidProblem', message: 'study.points[1], seed 7: the task threw: asked to fail at seed 7' })
    const left = await failing('left')
    expect(E.isLeft(left) && left.left).toEqual({ _tag: 'Infeasible', message: 'study.points[1], seed 7: no plan at seed 7' })
    const notRows = await failing('not rows')
    expect(E.isLeft(notRows) && notRows.left.message).toBe('study.points[1], seed 7: the task returned 42, not a record (a row) or a list of them')
    const cases: [unknown, unknown, string][] = [
      [{ points, seeds, task, extra: 1 }, {}, 'study.extra: unknown key; expected one of points, seeds, task'],
      [{ points, seeds, task }, { thread: 2 }, 'options.thread: unknown key; did you mean threads?'],
      [{ points, seeds: [1, 1], task }, {}, 'study.seeds[1]: 1 is repeated; each seed runs once per point'],
      [{ points, seeds: [0.5], task }, {}, 'study.seeds[0]: expected a whole number (a safe integer), got 0.5'],
      [{ points: [], seeds, task }, {}, 'study.points: expected a non-empty list of points, got []'],
      [{ points: [{ seed: 1 }], seeds, task }, {}, 'study.points[0].seed: every row has its own "seed" column; rename the parameter'],
      [{ points, seeds, task: 'task.mjs' }, {}, `study.task: expected a file URL (new URL('./task.js', import.meta.url)) or an absolute path to the task module, got the string "task.mjs"`],
      [{ points, seeds, task }, { threads: 0 }, 'options.threads: expected a whole number from 1 to 256, got 0'],
      [{ points: [{ x: 1 }], seeds }, {}, 'study.points[0].scenario: the scenario task needs a scenario on every point, got nothing'],
      [null, {}, 'study: expected an object { points, seeds, task? }, got null'],
    ]
    for (const [study, options, message] of cases) {
      const r = await runStudy(study as never, options as never)
      expect(E.isLeft(r) && r.left.message).toBe(message)
    }
    const missing = await runStudy({ points, seeds, task: new URL('../fixtures/no-such-task.mjs', import.meta.url) }, { threads: 1 })
    expect(E.isLeft(missing) && missing.left.message).toMatch(/^study\.points\[0\], seed 3: the task threw: Cannot find module/)
    const scenarioError = await runStudy({ points: [{ runs: 10, scenario: { partners: [], joining: 'all', recruitment: {} } }], seeds: [1] }, { threads: 1 })
    expect(E.isLeft(scenarioError) && scenarioError.left).toEqual({ _tag: 'InvalidProblem', message: 'study.points[0], seed 1: partners: the model needs at least one partner, got an empty list' })
  })
})

describe('grid', () => {
  it('has every combination once, the last axis fastest', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 4 }), (axes) => {
        const named = Object.fromEntries(axes.map((v, k) => [`a${k}`, v]))
        const g = right(grid(named))
        expect(g.length).toBe(axes.reduce((s, v) => s * v.length, 1))
        expect(new Set(g.map((p) => JSON.stringify(p))).size).toBe(g.length)
        if (axes.length > 0) expect(g.slice(0, axes.at(-1)!.length).map((p) => p[`a${axes.length - 1}`])).toEqual(axes.at(-1))
      }),
    )
    expect(grid({ a: [] })).toEqual(E.left({ _tag: 'DecodeError', message: 'axes.a: expected a non-empty list of values, got []' }))
    expect(grid({ a: [1, Number.NaN] })).toEqual(E.left({ _tag: 'DecodeError', message: 'axes.a[1]: expected a finite number, a string or a boolean, got NaN' }))
    expect(grid(null as never)).toEqual(E.left({ _tag: 'DecodeError', message: 'axes: expected an object { name: [values] }, got null' }))
    expect(grid([[1]] as never)).toEqual(E.left({ _tag: 'DecodeError', message: 'axes: expected an object { name: [values] }, got [[1]]' }))
    expect(grid({ a: [{}] } as never)).toEqual(E.left({ _tag: 'DecodeError', message: 'axes.a[0]: expected a finite number, a string or a boolean, got {}' }))
    expect(right(grid({ a: ['x', true, 1.5] }))).toEqual([{ a: 'x' }, { a: true }, { a: 1.5 }])
    // Exactly a million points is allowed; one more axis value is not.
    const thousand = Array.from({ length: 1000 }, (_, k) => k)
    expect(E.isRight(grid({ a: thousand, b: thousand }))).toBe(true)
    const big = Array.from({ length: 1001 }, (_, k) => k)
    expect(E.isLeft(grid({ a: big, b: big })) && (grid({ a: big, b: big }) as E.Left<{ _tag: string }>).left._tag).toBe('TooLarge')
  })
})

describe('toCsv', () => {
  // Evenly spread doubles over many magnitudes (fc.double crowds at the ends of its range).
  const spread = fc.tuple(fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), fc.integer({ min: -300, max: 300 })).map(([m, e]) => (m / 2 ** 30) * 10 ** e)
  const cell = fc.oneof(spread, fc.integer(), fc.string(), fc.boolean(), fc.constant(undefined), fc.constant(null))

  it('reads back, by an independent RFC 4180 reader, to the same header, strings and doubles (shortest round-trip numbers)', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('a', 'b', 'c d', 'e,f', 'g"h'), cell), { minLength: 1, maxLength: 20 }), (rows) => {
        const text = right(toCsv(rows))
        if (text === '') {
          expect(rows.every((r) => Object.keys(r).length === 0)).toBe(true)
          return
        }
        const [header, ...body] = readCsv(text)
        expect(body.length).toBe(rows.length)
        body.forEach((fields, i) =>
          header!.forEach((column, j) => {
            const v = rows[i]![column]
            const f = fields[j]!
            if (v === undefined || v === null) expect(f).toBe('')
            else if (typeof v === 'number') expect(Number(f)).toBe(v)
            else if (typeof v === 'boolean') expect(f).toBe(v ? 'TRUE' : 'FALSE')
            else expect(f).toBe(v)
          }),
        )
      }),
    )
  })

  it('writes exactly the file that R reads back to the same values (test/fixtures/study-rows.R: read.csv, R 4.2)', () => {
    const rows = [{ point: 0, seed: 1, x: 0.1 + 0.2, tiny: 5e-324, big: 1.7976931348623157e308, s: 'a, "b"', miss: undefined, flag: true, inf: Infinity, nan: Number.NaN }]
    expect(right(toCsv(rows))).toBe(readFileSync(new URL('../fixtures/study-rows.csv', import.meta.url), 'utf8'))
  })

  it('writes NaN as an empty (missing) cell and ±Infinity as Inf and -Inf; refuses values that are not cells', () => {
    expect(right(toCsv([{ a: Number.NaN, b: Infinity, c: -Infinity }]))).toBe('a,b,c\n,Inf,-Inf\n')
    expect(right(toCsv([{ a: 1 }], { columns: ['b', 'a'] }))).toBe('b,a\n,1\n')
    expect(toCsv([{ a: { nested: 1 } } as never])).toEqual(E.left({ _tag: 'DecodeError', message: 'rows[0].a: expected a number, string, boolean, undefined or null, got {"nested":1}' }))
    expect(right(toCsv([{ a: null, b: 'x' }]))).toBe('a,b\n,x\n')
    expect(right(toCsv([{ a: 1, c: 2 }], { columns: ['a'] }))).toBe('a\n1\n')
    expect(right(toCsv([]))).toBe('')
    expect(toCsv('a' as never)).toEqual(E.left({ _tag: 'DecodeError', message: 'rows: expected a list of records, got the string "a"' }))
    expect(toCsv([[1]] as never)).toEqual(E.left({ _tag: 'DecodeError', message: 'rows[0]: expected a record, got [1]' }))
    expect(toCsv([null] as never)).toEqual(E.left({ _tag: 'DecodeError', message: 'rows[0]: expected a record, got null' }))
    expect(toCsv([{ a: 1 }], { columns: 'a' } as never)).toEqual(E.left({ _tag: 'DecodeError', message: 'options.columns: expected a list of column names, got the string "a"' }))
    expect(toCsv([{ a: 1 }], { columns: ['a', 2] } as never)).toEqual(E.left({ _tag: 'DecodeError', message: 'options.columns: expected a list of column names, got ["a",2]' }))
    expect(toCsv([{ a: 1 }], { column: ['a'] } as never)).toEqual(E.left({ _tag: 'DecodeError', message: 'options.column: unknown key; did you mean columns?' }))
  })
})
