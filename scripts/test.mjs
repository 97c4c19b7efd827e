// The whole gate: typecheck, build, unit + property + example tests, package lint.
// Prints a last line `N passed, N failed`, counting each vitest test and each gate step.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
const step = (name, cmd, args) => {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit' })
  if (r.status === 0) passed++
  else {
    failed++
    console.log(`!! ${name} failed`)
  }
  return r.status === 0
}

step('typecheck', 'npx', ['tsc', '-p', '.'])
step('build', 'npx', ['tsup'])
mkdirSync('.test-results', { recursive: true })
const ok = step('tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-results/vitest.json'])
try {
  const report = JSON.parse(readFileSync('.test-results/vitest.json', 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests + (ok ? 0 : 0)
  passed -= 1 // the 'tests' step itself is counted by its tests
} catch {
  failed++
}
step('publint', 'npx', ['publint', '--strict'])
step('attw', 'npx', ['attw', '--pack', '.', '--profile', 'node16'])
step('docs', 'npx', ['typedoc'])
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
