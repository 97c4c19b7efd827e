// The whole gate: typecheck, build, unit + property + example tests, package lint.
// Prints a last line `N passed, N failed`: each vitest test, plus each other gate step.
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
// The figures and example output ship in the package (the guides link to them): make them before the
// tests, which check that every shipped link resolves.
step('docs assets (figures, example output)', 'npx', ['tsx', 'scripts/docs-assets.ts'])
mkdirSync('.test-results', { recursive: true })
console.log('\n== tests: npx vitest run')
const vitest = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-results/vitest.json'], { stdio: 'inherit' })
let report
try {
  report = JSON.parse(readFileSync('.test-results/vitest.json', 'utf8'))
} catch {
  report = undefined
}
if (report === undefined) failed++
else {
  passed += report.numPassedTests
  failed += report.numFailedTests
  // A run that failed outside any test (a suite that did not load) still fails the gate.
  if (vitest.status !== 0 && report.numFailedTests === 0) failed++
}
// The tests wrote every @example, README and guide block to test/.examples/types/: typecheck them
// against the built package's declarations, as a reader's code would be.
step('typecheck examples', 'npx', ['tsc', '-p', 'tsconfig.examples.json'])
step('typecheck the docs runner', 'npx', ['tsc', '-p', 'tsconfig.docs.json'])
step('publint', 'npx', ['publint', '--strict'])
step('attw', 'npx', ['attw', '--pack', '.', '--profile', 'node16'])
step('docs (figures, example output, typedoc)', 'npm', ['run', '--silent', 'docs'])
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
