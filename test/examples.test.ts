// Runs every TSDoc @example in src/ as code, so that the documentation cannot rot.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []))

const examples = files(join(root, 'src')).flatMap((file) => {
  const text = readFileSync(file, 'utf8')
  const blocks = [...text.matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*(?=@|\/(?!\/))/g)]
  return blocks.map((b, k) => {
    const code = b[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n')
    const body = code.replace(/^```ts\n/m, '').replace(/```\s*$/m, '')
    return { name: `${relative(root, file)} #${k + 1}`, body }
  })
})

// The TypeScript blocks of the README and of the docs' guide and cookbook pages run too.
const blocksOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((b, k) => ({ name: `${file} #${k + 1}`, body: b[1]! }))
const readme = blocksOf('README.md')
const guides = ['docs/guide', 'docs/cookbook'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.md')).flatMap((f) => blocksOf(`${d}/${f}`)))
examples.push(...readme, ...guides)

const dir = join(root, 'test', '.examples')
// Each block also goes, as written, to types/: the gate typechecks those against the built package's
// own declarations (tsconfig.examples.json), as a reader's code would be.
mkdirSync(join(dir, 'types'), { recursive: true })

describe('TSDoc @example blocks run', () => {
  it('there are examples, including the README', () => {
    expect(examples.length).toBeGreaterThan(20)
    expect(readme.length).toBeGreaterThan(0)
    expect(guides.length).toBeGreaterThanOrEqual(10)
  })
  it.each(examples)('$name', async ({ name, body }) => {
    const src = body
      .replace(/from 'coalitions\/kernel'/g, `from '${join(root, 'src/kernel/index.ts')}'`)
      .replace(/from 'coalitions'/g, `from '${join(root, 'src/index.ts')}'`)
    const file = join(dir, name.replace(/[^a-zA-Z0-9]/g, '_') + '.ts')
    writeFileSync(join(dir, 'types', name.replace(/[^a-zA-Z0-9]/g, '_') + '.ts'), `${body}\nexport {}\n`)
    writeFileSync(file, src)
    await import(file)
  })
})
