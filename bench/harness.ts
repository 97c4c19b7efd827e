// Shared timing helpers for the benchmarks (not timed tests): medians of repeated runs after a warm-up.
import { cpus } from 'node:os'

/** Median wall time in ms of `reps` runs of f, after one warm-up run. */
export const time = (f: () => unknown, reps: number): number => {
  f()
  const ts: number[] = []
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now()
    f()
    ts.push(performance.now() - t0)
  }
  ts.sort((a, b) => a - b)
  return ts[Math.floor(ts.length / 2)]!
}

/** Unwraps a Right; a Left aborts the benchmark with its message. */
export const right = <A>(e: { _tag: string; right?: A; left?: { message: string } }): A => {
  if (e._tag !== 'Right') throw new Error(e.left?.message)
  return e.right as A
}

export const machine = (): string => `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`

export const table = (title: string, rows: readonly string[]): string =>
  `\n### ${title}\n\n| case | median time | note |\n|---|---|---|\n${rows.join('\n')}`
