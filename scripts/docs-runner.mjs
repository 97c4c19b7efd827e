// Builds the docs site's in-page runner (docs/runner/). `page` writes .docs-build/custom.js, which
// typedoc includes in every page (customJs); `runner` writes the runner and the library, bundled for
// browsers from dist/ as a user's bundler would (browser condition: HiGHS with its WebAssembly), into
// docs/api/assets/runner/ after typedoc has written the site. Run by `npm run docs`.
import { existsSync } from 'node:fs'
import { build } from 'esbuild'

const what = process.argv[2]
// `coalitions` and its subpaths resolve to the built package, like an installed copy.
const coalitions = {
  name: 'coalitions',
  setup(b) {
    b.onResolve({ filter: /^coalitions(\/[a-z]+)?$/ }, (args) => {
      const sub = args.path.slice('coalitions'.length)
      const path = new URL(`../dist${sub === '' ? '' : sub}/index.js`, import.meta.url).pathname
      if (!existsSync(path)) return { errors: [{ text: `${path} is missing: run npm run build first` }] }
      return { path }
    })
  },
}
const common = { bundle: true, platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning' }
if (what === 'page') {
  await build({ ...common, entryPoints: ['docs/runner/page.ts'], format: 'iife', outfile: '.docs-build/custom.js' })
} else if (what === 'runner') {
  await build({
    ...common,
    entryPoints: ['docs/runner/run.ts'],
    format: 'esm',
    splitting: true,
    outdir: 'docs/api/assets/runner',
    plugins: [coalitions],
    // util and assert (Node's, for browsers) read process.env.NODE_DEBUG.
    logLevel: 'error',
    define: { 'process.env.NODE_DEBUG': 'false', 'process.env.NODE_ENV': '"production"' },
  })
} else {
  console.error('usage: node scripts/docs-runner.mjs page|runner')
  process.exit(2)
}
