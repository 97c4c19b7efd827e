// Package-level checks: bundle budget, exports map generated from the folders, TSDoc on every export.
import { build } from 'esbuild'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
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
