// Entry points come from the folder listing, like tsup's entries and the exports map.
import { existsSync, readdirSync } from 'node:fs'

const families = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['core', 'internal'].includes(d.name) && existsSync(`src/${d.name}/index.ts`))
  .map((d) => `src/${d.name}/index.ts`)

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints: ['src/index.ts', ...families],
  out: 'docs/api',
  treatWarningsAsErrors: true,
  excludeInternal: true,
  validation: { notExported: true, invalidLink: true, notDocumented: false },
  compilerOptions: { ignoreDeprecations: '6.0' },
  disableSources: true,
  projectDocuments: ['docs/guide/index.md', 'docs/cookbook/index.md'],
  sortEntryPoints: false,
  favicon: 'docs/favicon.svg',
  customCss: 'docs/custom.css',
  // The in-page runner's buttons (docs/runner/page.ts, built by scripts/docs-runner.mjs).
  customJs: '.docs-build/custom.js',
}
