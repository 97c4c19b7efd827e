// Writes dist/highs.browser.js, what `#highs` resolves to under the "browser" condition: the highs
// package's ES module loader with its Node-only branch removed (browser bundlers cannot resolve the
// `node:module` it imports) and its WebAssembly embedded, gzipped and base64-encoded, so that an app
// bundles with esbuild, Vite or any other bundler with no flags and no file to copy. The binary is
// inflated with the browser's DecompressionStream when the solver is first loaded (`embeddedWasm`, which
// loadLpSolver calls). A user who serves highs.wasm themselves passes `locateFile` or `wasmBinary` to
// loadLpSolver, and nothing is inflated.
// Run by tsup after each build (tsup.config.ts, onSuccess).
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const require = createRequire(import.meta.url)
const highsDir = dirname(dirname(require.resolve('highs'))) // build/highs.js → the package folder
const version = JSON.parse(readFileSync(join(highsDir, 'package.json'), 'utf8')).version
const license = readFileSync(join(highsDir, 'LICENSE'), 'utf8').trim()

// Each edit must apply exactly once: a highs release that changes this text fails the build here,
// instead of shipping a loader that still reaches for Node.
const edits = [
  ['var ENVIRONMENT_IS_NODE=globalThis.process?.versions?.node&&globalThis.process?.type!="renderer";', 'var ENVIRONMENT_IS_NODE=false;'],
  // `var require` stays declared, so the loader's guarded require("node:fs") calls are not imports.
  ['if(ENVIRONMENT_IS_NODE){const{createRequire}=await import("node:module");var require=createRequire(import.meta.url)}', 'var require;'],
  // No import.meta: the file also works bundled as a classic script (esbuild's default iife format).
  ['var _scriptName=import.meta.url;', 'var _scriptName;'],
  ['new URL("highs.wasm",import.meta.url).href', '"highs.wasm"'],
]
let loader = readFileSync(join(highsDir, 'build', 'highs.mjs'), 'utf8')
for (const [from, to] of edits) {
  const count = loader.split(from).length - 1
  if (count !== 1) throw new Error(`highs ${version}: expected one "${from}" in build/highs.mjs, found ${count}`)
  loader = loader.replace(from, to)
}
if (/import\.meta|import\(/.test(loader)) throw new Error(`highs ${version}: the browser loader still uses import.meta or import()`)

const wasm = gzipSync(readFileSync(join(highsDir, 'build', 'highs.wasm')), { level: 9 }).toString('base64')

const entry = `
import loadHighs from 'highs-loader'
const wasmGzipBase64 = ${JSON.stringify(wasm)}
const inflate = async () => {
  const bytes = Uint8Array.from(atob(wasmGzipBase64), (c) => c.charCodeAt(0))
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}
export { loadHighs as default }
export const embeddedWasm = inflate
`
await build({
  stdin: { contents: entry, resolveDir: process.cwd(), sourcefile: 'highs.browser.js', loader: 'js' },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  outfile: 'dist/highs.browser.js',
  legalComments: 'none',
  banner: { js: `// HiGHS ${version} for browsers (the highs package's loader and WebAssembly, https://github.com/lovasoa/highs-js), bundled by coalitions.\n/*\n${license}\n*/` },
  plugins: [
    {
      name: 'highs-loader',
      setup(b) {
        b.onResolve({ filter: /^highs-loader$/ }, () => ({ path: 'highs-loader', namespace: 'highs' }))
        b.onLoad({ filter: /.*/, namespace: 'highs' }, () => ({ contents: loader, loader: 'js' }))
      },
    },
  ],
  logLevel: 'warning',
})
console.log(`dist/highs.browser.js: HiGHS ${version}, ${(readFileSync('dist/highs.browser.js').length / 1e6).toFixed(2)} MB`)
