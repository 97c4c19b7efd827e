// Writes package.json's exports map from the family folders (src/<family>/index.ts); a test checks it stays in sync.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'

const families = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['core', 'internal'].includes(d.name) && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name)
  .sort()
const entry = (base) => ({
  import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
  require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
})
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
pkg.exports = { '.': entry('index'), ...Object.fromEntries(families.map((f) => [`./${f}`, entry(`${f}/index`)])), './package.json': './package.json' }
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`)
console.log(`exports: ., ${families.map((f) => `./${f}`).join(', ')}`)
