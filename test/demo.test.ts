// `npm run demo` runs examples/quickstart.ts: run it here too, so the first thing a new user sees cannot rot.
import { format } from 'node:util'
import { describe, expect, it, vi } from 'vitest'

describe('npm run demo (examples/quickstart.ts)', () => {
  it('runs without errors and prints the numbers it promises', async () => {
    const out: string[] = []
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(format(...a)))
    const table = vi.spyOn(console, 'table').mockImplementation((rows: unknown) => void out.push(JSON.stringify(rows)))
    const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(`ERROR ${format(...a)}`))
    try {
      await import('../examples/quickstart.js')
    } finally {
      log.mockRestore()
      table.mockRestore()
      error.mockRestore()
    }
    const text = out.join('\n')
    expect(text).not.toMatch(/ERROR|NaN/)
    expect(out).toContain('core non-empty: true')
    expect(out).toContain('  each permanent member: 0.1963 (421/2145); 0.1669')
    expect(out).toContain('  U.S. troops still needed: 3000; total cost $98.13M a year against $195.00M alone')
  })
})
