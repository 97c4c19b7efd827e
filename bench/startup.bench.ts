// Start-up and bundle size of each entry point (not timed tests). Needs the build (npm run build).
// Start-up: wall time of `node -e "await import(entry)"`, median of 7 processes, against the same with
// `--conditions=module`, which makes `#mathjs` resolve to its static import: how every entry loaded
// mathjs before it was made lazy. Bundle size: what a browser app that imports everything from the
// entry point ships, bundled by esbuild (ESM, minified, code splitting as Vite does), gzipped: the
// eager part, and the lazily loaded LP solver (HiGHS with its WebAssembly) where the entry reaches it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { machine } from './harness.js'

const root = new URL('..', import.meta.url).pathname
const pkg = (await import('../package.json', { with: { type: 'json' } })).default as { exports: Record<string, unknown> }
const entries = Object.keys(pkg.exports).filter((k) => k !== './package.json')
const dist = (entry: string): string => (entry === '.' ? './dist/index.js' : `./dist/${entry.slice(2)}/index.js`)

const startMs = (entry: string, conditions: readonly string[]): number => {
  const ts: number[] = []
  for (let r = 0; r < 8; r++) {
    const t0 = performance.now()
    const p = spawnSync(process.execPath, [...conditions, '--input-type=module', '-e', `await import(${JSON.stringify(dist(entry))})`], { cwd: root })
    if (p.status !== 0) throw new Error(String(p.stderr))
    if (r > 0) ts.push(performance.now() - t0)
  }
  ts.sort((a, b) => a - b)
  return ts[Math.floor(ts.length / 2)]!
}
const node = (() => {
  const ts: number[] = []
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now()
    spawnSync(process.execPath, ['-e', '0'])
    ts.push(performance.now() - t0)
  }
  return ts.sort((a, b) => a - b)[3]!
})()

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`
const bundle = async (entry: string): Promise<{ eager: number; lazy: number }> => {
  const out = mkdtempSync(join(tmpdir(), 'coalitions-size-'))
  try {
    const result = await build({
      stdin: { contents: `import * as m from ${JSON.stringify(dist(entry))}; console.log(m)`, resolveDir: root },
      bundle: true, minify: true, splitting: true, format: 'esm', platform: 'browser', outdir: out, metafile: true, logLevel: 'silent', write: false,
    })
    let eager = 0
    let lazy = 0
    const outputs = result.metafile.outputs
    // The entry chunk and what it imports statically are eager; chunks reached only by import() are lazy.
    const eagerFiles = new Set<string>()
    const visit = (file: string): void => {
      if (eagerFiles.has(file)) return
      eagerFiles.add(file)
      for (const i of outputs[file]!.imports) if (i.kind === 'import-statement') visit(i.path)
    }
    visit(Object.keys(outputs).find((f) => outputs[f]!.entryPoint !== undefined)!)
    for (const f of result.outputFiles) {
      const key = relative(process.cwd(), f.path)
      if (outputs[key] === undefined) throw new Error(`no metafile entry for ${key}`)
      const gz = gzipSync(f.contents).length
      if (eagerFiles.has(key)) eager += gz
      else lazy += gz
    }
    return { eager, lazy }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

const rows: string[] = []
for (const entry of entries) {
  const name = entry === '.' ? 'coalitions' : `coalitions/${entry.slice(2)}`
  const now = startMs(entry, [])
  const before = startMs(entry, ['--conditions=module'])
  // coalitions/study runs worker threads: Node only, so no browser bundle.
  if (entry === './study') {
    rows.push(`| \`${name}\` | ${now.toFixed(0)} ms | ${before.toFixed(0)} ms | – (Node only) | – |`)
    continue
  }
  const { eager, lazy } = await bundle(entry)
  rows.push(`| \`${name}\` | ${now.toFixed(0)} ms | ${before.toFixed(0)} ms | ${kb(eager)} | ${lazy > 0 ? kb(lazy) : '–'} |`)
}
console.log(machine())
console.log(`\n### Start-up and bundle size\n\nNode itself (\`node -e 0\`): ${node.toFixed(0)} ms.\n\n| entry point | Node import | with mathjs evaluated at import (as in 0.1.0) | browser bundle, min+gzip | LP solver, loaded on first use, gzip |\n|---|---|---|---|---|\n${rows.join('\n')}`)
