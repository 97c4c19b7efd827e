// Package-level checks: bundle budget, exports map generated from the folders, TSDoc on every export.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, normalize } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))
const families = readdirSync(`${root}src`, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['core', 'internal'].includes(d.name) && existsSync(`${root}src/${d.name}/index.ts`))
  .map((d) => d.name)

describe('package', () => {
  it('the exports map lists exactly the root and one subpath per model family folder', () => {
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './package.json', ...families.map((f) => `./${f}`)].sort())
  })

  // Needs the build: npm test runs tsup before vitest.
  it("import { makeGame, shapley } from 'coalitions' stays under 15 KB min+gzip and reaches neither highs nor mathjs", async () => {
    const result = await build({
      stdin: { contents: "import { makeGame, shapley } from './dist/index.js'; console.log(shapley(makeGame([0, 1]).right))", resolveDir: root },
      // highs is external so that a surviving `import("highs")` shows up in the output instead of failing the build.
      bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', metafile: true, logLevel: 'silent', external: ['highs'],
    })
    const code = result.outputFiles[0]!.text
    expect(code.includes('highs')).toBe(false)
    const bytes = gzipSync(result.outputFiles[0]!.contents).length
    console.log(`bundle budget: ${bytes} bytes min+gzip`)
    // Files that put bytes into the bundle (esbuild parses more than it keeps: tree-shaken modules contribute 0 bytes).
    const contributing = Object.values(result.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f))
    expect(contributing.some((f) => f.includes('node_modules/highs'))).toBe(false)
    expect(contributing.some((f) => f.includes('node_modules/mathjs'))).toBe(false)
    expect(contributing.some((f) => f.includes('node_modules/fp-ts'))).toBe(true)
    expect(bytes).toBeLessThan(15 * 1024)
  })

  it('the estimation entry point does bring mathjs, so the check above can see it', async () => {
    const result = await build({
      stdin: { contents: "import { fitDiscreteHazard } from './dist/defection/index.js'; console.log(fitDiscreteHazard)", resolveDir: root },
      bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', metafile: true, logLevel: 'silent', external: ['highs'],
    })
    const contributing = Object.values(result.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f))
    expect(contributing.some((f) => f.includes('node_modules/mathjs'))).toBe(true)
  })

  it.each([
    ['participation without fitLogit', "import { joinProbability, coalitionSizeDistribution, requirementProbability, allocatePayments } from './dist/participation/index.js'; console.log(joinProbability, coalitionSizeDistribution, requirementProbability, allocatePayments)"],
    ['the case dataset', "import { paymentCases, soldierCostPerYear } from './dist/data/index.js'; console.log(paymentCases, soldierCostPerYear)"],
    ['recruitment', "import { recruit, bargainPayment } from './dist/recruitment/index.js'; console.log(recruit, bargainPayment)"],
  ])('%s does not reach mathjs (only the fits need matrix algebra)', async (_, contents) => {
    const result = await build({
      stdin: { contents, resolveDir: root },
      bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', metafile: true, logLevel: 'silent', external: ['highs'],
    })
    const contributing = Object.values(result.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f))
    expect(contributing.some((f) => f.includes('node_modules/mathjs'))).toBe(false)
    expect(contributing.length).toBeGreaterThan(0)
  })

  // Under Node, `#mathjs` (package.json `imports`) requires mathjs on the first fit: importing an entry
  // point must not evaluate it (about 1 s of start-up). A resolve hook lists every module Node loads.
  it.each([
    ['the root entry, ESM', "await import('./dist/index.js')"],
    ['the root entry, CommonJS', "require('./dist/index.cjs')"],
    ['coalitions/defection, ESM', "await import('./dist/defection/index.js')"],
  ])('importing %s under Node loads neither mathjs nor highs', (_, load) => {
    const dir = mkdtempSync(join(tmpdir(), 'coalitions-start-'))
    const log = join(dir, 'loaded.txt')
    writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs'\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r }\n`)
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)})\n`)
    // CommonJS loads do not pass through the ESM hooks: list require.cache instead.
    const script = `const { createRequire } = await import('node:module'); const require = createRequire(${JSON.stringify(`${root}x.js`)}); ${load}; const { appendFileSync } = await import('node:fs'); appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).join('\\n'))`
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    const loaded = readFileSync(log, 'utf8').split('\n').filter((l) => l !== '')
    rmSync(dir, { recursive: true, force: true })
    expect(loaded.some((u) => u.includes('/dist/'))).toBe(true)
    expect(loaded.filter((u) => u.includes('/node_modules/mathjs/') || u.includes('/node_modules/highs/'))).toEqual([])
  })

  it.each([
    ['ESM', "const { fitLogit } = await import('./dist/participation/index.js')"],
    ['CommonJS', "const { fitLogit } = require('./dist/participation/index.cjs')"],
  ])('a fit from the built package under Node (%s) loads mathjs when called and agrees with the source', (_, load) => {
    // Saturated logit: 1 event in 3 at x = 0 (odds 1/2), 2 in 3 at x = 1 (odds 2): intercept log(1/2), x log 4.
    const rows = '[{ y: 1, x: 0 }, { y: 0, x: 0 }, { y: 0, x: 0 }, { y: 1, x: 1 }, { y: 1, x: 1 }, { y: 0, x: 1 }]'
    const script = `const { createRequire } = await import('node:module'); const require = createRequire(${JSON.stringify(`${root}x.js`)}); ${load}; console.log(JSON.stringify(fitLogit({ outcome: 'y', covariates: ['x'] })(${rows})))`
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    const fit = JSON.parse(r.stdout)
    expect(fit._tag).toBe('Right')
    expect(Math.abs(fit.right.coefficients.intercept - Math.log(1 / 2))).toBeLessThan(1e-10)
    expect(Math.abs(fit.right.coefficients.x - Math.log(4))).toBeLessThan(1e-10)
  })

  // npm shows the README and users open the guides from node_modules: every relative link (and every
  // typedoc {@includeCode}) in a shipped Markdown file must point at a file that ships.
  it('every relative link in the shipped README, guides and cookbook resolves inside the tarball', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })
    const shipped = new Set<string>(JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path))
    const markdown = [...shipped].filter((f) => f.endsWith('.md'))
    expect(markdown).toEqual(expect.arrayContaining(['README.md', 'docs/guide/getting-started.md', 'docs/cookbook/index.md']))
    const broken: string[] = []
    for (const file of markdown) {
      const text = readFileSync(join(root, file), 'utf8')
      const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g), ...text.matchAll(/\{@includeCode ([^}\s]+)\}/g)].map((m) => m[1]!)
      for (const target of targets) {
        if (/^[a-z]+:/.test(target) || target.startsWith('#')) continue
        const path = normalize(join(dirname(file), target.split('#')[0]!))
        if (!shipped.has(path)) broken.push(`${file} → ${target}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('every export of every entry point has TSDoc with @since, and every function and constant an @example and an @see to its source', () => {
    const entries = ['src/index.ts', ...families.map((f) => `src/${f}/index.ts`)].map((f) => `${root}${f}`)
    const program = ts.createProgram(entries, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true })
    const checker = program.getTypeChecker()
    const missing: string[] = []
    for (const entry of entries) {
      const sym = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!
      for (const exp of checker.getExportsOfModule(sym)) {
        const target = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp
        const tags = target.getJsDocTags(checker).map((t) => t.name)
        // Interfaces of options/results document their members; functions and constants need runnable examples.
        const isValue = (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)) !== 0
        if (!tags.includes('since') || (isValue && (!tags.includes('example') || !tags.includes('see')))) missing.push(`${exp.name} (${entry.replace(root, '')})`)
      }
    }
    expect(missing).toEqual([])
  })
})
