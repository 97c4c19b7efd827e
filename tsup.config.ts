import { readdirSync, existsSync } from 'node:fs'
import { defineConfig } from 'tsup'

// Subpath entries come from the folder listing: every src/<family>/index.ts but core and internal.
const families = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['core', 'internal'].includes(d.name) && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name)

export default defineConfig({
  entry: { index: 'src/index.ts', ...Object.fromEntries(families.map((f) => [`${f}/index`, `src/${f}/index.ts`])) },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  sourcemap: true,
  splitting: true,
  // import.meta.url in the CommonJS build too (the study finds its worker through it).
  shims: true,
  treeshake: true,
  target: 'node20',
  // Package-internal imports (package.json `imports`) are resolved by the user's runtime or bundler.
  external: [/^#/],
  // The browser build of the LP solver's loader, with its WebAssembly embedded (see the script).
  onSuccess: 'node scripts/highs-browser.mjs',
})
