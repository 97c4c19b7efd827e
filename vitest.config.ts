import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: [
      { find: /^coalitions\/kernel$/, replacement: fileURLToPath(new URL('./src/kernel/index.ts', import.meta.url)) },
      { find: /^coalitions\/games$/, replacement: fileURLToPath(new URL('./src/games/index.ts', import.meta.url)) },
      { find: /^coalitions$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
})
