import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// `coalitions/<family>` resolves to src/<family>/index.ts for every family folder, as in the exports map.
const src = fileURLToPath(new URL('./src', import.meta.url))
const families = readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['core', 'internal'].includes(d.name) && existsSync(`${src}/${d.name}/index.ts`))
  .map((d) => d.name)

export default defineConfig({
  resolve: {
    alias: [
      ...families.map((f) => ({ find: new RegExp(`^coalitions/${f}$`), replacement: `${src}/${f}/index.ts` })),
      { find: /^coalitions$/, replacement: `${src}/index.ts` },
    ],
  },
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
})
