// Runs a docs example in the page: TypeScript stripped by sucrase, imports served from the library as
// bundled for browsers (the package's browser build, as a user's bundler would resolve it), console
// output captured and shown under the code. Loaded by page.ts on the first Run; built by
// scripts/docs-runner.mjs into docs/api/assets/runner/.
import assert from 'assert'
import * as fpts from 'fp-ts'
import { transform } from 'sucrase'
import { format } from 'util'
import * as root from 'coalitions'
import * as bargaining from 'coalitions/bargaining'
import * as burden from 'coalitions/burden'
import * as claims from 'coalitions/claims'
import * as data from 'coalitions/data'
import * as defection from 'coalitions/defection'
import * as games from 'coalitions/games'
import * as kernel from 'coalitions/kernel'
import * as participation from 'coalitions/participation'
import * as recruitment from 'coalitions/recruitment'
import * as scenarioModule from 'coalitions/scenario'
import * as voting from 'coalitions/voting'
import * as table from '../../examples/support/table.js'

// What an example may import: the package and its subpaths, fp-ts, node:assert, and the cookbook's
// own paths (examples/ import the source tree and the table helper).
const modules: Readonly<Record<string, unknown>> = {
  coalitions: root,
  'coalitions/bargaining': bargaining,
  'coalitions/burden': burden,
  'coalitions/claims': claims,
  'coalitions/data': data,
  'coalitions/defection': defection,
  'coalitions/games': games,
  'coalitions/kernel': kernel,
  'coalitions/participation': participation,
  'coalitions/recruitment': recruitment,
  'coalitions/scenario': scenarioModule,
  'coalitions/voting': voting,
  '../src/index.js': root,
  '../src/voting/index.js': voting,
  '../src/scenario/index.js': scenarioModule,
  './support/table.js': table,
  'fp-ts': fpts,
  'node:assert': { default: assert, ...assert },
  assert: { default: assert, ...assert },
}

/** The outcome of one run: what it printed, and the error that stopped it, if any. */
export interface RunResult {
  readonly output: string
  readonly error?: string
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>

type Method = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'table'
const methods: readonly Method[] = ['log', 'info', 'warn', 'error', 'debug', 'table']
let queue: Promise<unknown> = Promise.resolve()

/**
 * Transpiles and runs `source`, capturing what it prints; never throws. The page's console is
 * redirected for the run (helpers the example imports print too), so runs take turns.
 */
export const run = (source: string): Promise<RunResult> => {
  const next = queue.then(() => runNow(source))
  queue = next
  return next
}

const runNow = async (source: string): Promise<RunResult> => {
  const lines: string[] = []
  const print = (...args: unknown[]): void => void lines.push(format(...args))
  const require = (name: string): unknown => {
    const m = modules[name]
    if (m === undefined) throw new Error(`this page cannot import '${name}': examples here can import coalitions (and its subpaths), fp-ts and node:assert`)
    return m
  }
  const saved = methods.map((m) => console[m])
  methods.forEach((m) => (console[m] = print))
  try {
    const { code } = transform(source, { transforms: ['typescript', 'imports'], production: true })
    await new AsyncFunction('require', 'exports', 'module', code)(require, {}, {})
    return { output: lines.join('\n') }
  } catch (e) {
    const error = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e)
    return { output: lines.join('\n'), error }
  } finally {
    methods.forEach((m, k) => (console[m] = saved[k]!))
  }
}
