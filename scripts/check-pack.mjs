// prepack: the tarball ships dist/ and the generated figures and example output that the guides link
// to; refuse to pack without them instead of publishing broken links.
import { existsSync, readdirSync } from 'node:fs'

const missing = [['dist/index.js', 'npm run build'], ['dist/highs.browser.js', 'npm run build'], ['docs/figures', 'npx tsx scripts/docs-assets.ts'], ['docs/output', 'npx tsx scripts/docs-assets.ts']]
  .filter(([path]) => !existsSync(path) || (path.startsWith('docs/') && readdirSync(path).length === 0))
if (missing.length > 0) {
  console.error(`npm pack: missing ${missing.map(([p]) => p).join(', ')}; run ${[...new Set(missing.map(([, c]) => c))].join(' and ')} first`)
  process.exit(1)
}
