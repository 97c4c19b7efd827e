import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { loadLpSolver, makeGame, nucleolus } from '../../src/index.js'

// Where highs.wasm sits in the installed highs package (build/highs.js → build/).
const wasmPath = join(dirname(createRequire(import.meta.url).resolve('highs')), 'highs.wasm')
const glove = makeGame([0, 0, 0, 1, 0, 1, 0, 1])

describe('loadLpSolver options', () => {
  it('wasmBinary: a binary already in memory is instantiated, not fetched (the glove game nucleolus is [1, 0, 0])', async () => {
    const lp = await loadLpSolver({ wasmBinary: new Uint8Array(readFileSync(wasmPath)) })
    expect(lp.name).toBe('HiGHS')
    expect(E.flatMap(nucleolus(lp))(glove)).toEqual(E.right([1, 0, 0]))
    expect(lp).not.toBe(await loadLpSolver())
  })
  it('locateFile: the loader asks for highs.wasm and reads it from where it is told', async () => {
    const asked: string[] = []
    const lp = await loadLpSolver({ locateFile: (f) => (asked.push(f), wasmPath) })
    expect(asked).toContain('highs.wasm')
    expect(E.flatMap(nucleolus(lp))(glove)).toEqual(E.right([1, 0, 0]))
  })
  it('a binary that is not WebAssembly rejects the promise (it does not hang)', async () => {
    await expect(loadLpSolver({ wasmBinary: new Uint8Array([1, 2, 3, 4]) })).rejects.toThrow()
    // The shared solver is unaffected.
    expect((await loadLpSolver()).name).toBe('HiGHS')
  })
  it('locateFile to a missing file rejects', async () => {
    await expect(loadLpSolver({ locateFile: () => pathToFileURL('/nonexistent/highs.wasm').pathname })).rejects.toBeDefined()
  })
})
