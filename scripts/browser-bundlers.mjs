// The bundler half of `npm run test:browser`, done as a user would: pack the package, install the
// tarball into a fresh project in a temporary folder, bundle scripts/browser-app/ with esbuild and with
// Vite (production build), each with no flags or configuration, open each page in headless Chromium and
// read the nucleolus, a hazard fit and the Security Council's power from it.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'

const repo = process.cwd()
const bin = (name) => join(repo, 'node_modules', '.bin', name)
const run = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' })
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` }
}
const serve = async (root) => {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm' }
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path)
    if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end('not found')
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, origin: `http://127.0.0.1:${server.address().port}` }
}
const sizeOf = (dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))).filter((f) => statSync(f).isFile()).reduce((s, f) => s + statSync(f).size, 0)

const close = (a, b, tol) => Math.abs(a - b) <= tol

/** Runs the bundler tests, reporting each through `check`; returns the bundle sizes measured. */
export const testBundlers = async ({ browser, check }) => {
  const work = mkdtempSync(join(tmpdir(), 'coalitions-bundlers-'))
  const sizes = {}
  try {
    const pack = run('npm', ['pack', '--silent', '--pack-destination', work], repo)
    const tarball = pack.output.trim().split('\n').pop()
    check(pack.ok && existsSync(join(work, tarball)), 'npm pack', pack.output.slice(-400))
    if (!pack.ok) return sizes
    const app = join(work, 'app')
    rmSync(app, { recursive: true, force: true })
    spawnSync('mkdir', ['-p', app])
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }, null, 2))
    const fpts = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).dependencies['fp-ts']
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball), `fp-ts@${fpts}`], app)
    check(install.ok, 'the tarball installs into a fresh project', install.output.slice(-600))
    if (!install.ok) return sizes
    for (const f of ['main.js', 'index.html']) copyFileSync(join(repo, 'scripts', 'browser-app', f), join(app, f))

    // esbuild with its defaults: a classic script (iife) for the browser, one file.
    const esOut = join(app, 'out-esbuild')
    const es = run(bin('esbuild'), ['main.js', '--bundle', `--outfile=${join(esOut, 'app.js')}`], app)
    check(es.ok, 'esbuild --bundle, no other flags', es.output.slice(-800))
    if (es.ok) writeFileSync(join(esOut, 'index.html'), readFileSync(join(app, 'index.html'), 'utf8').replace('<script type="module" src="./main.js"></script>', '<script src="./app.js"></script>'))

    // Vite's production build, no configuration file.
    const vite = run(bin('vite'), ['build', '--logLevel', 'warn', '--outDir', 'out-vite'], app)
    check(vite.ok, 'vite build, no configuration', vite.output.slice(-800))

    for (const [name, dir, ok] of [['esbuild', esOut, es.ok], ['Vite', join(app, 'out-vite'), vite.ok]]) {
      if (!ok) continue
      sizes[name] = sizeOf(dir)
      const { server, origin } = await serve(dir)
      const tab = await browser.newPage()
      const problems = []
      tab.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
      tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
      tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`))
      try {
        await tab.goto(`${origin}/index.html`, { waitUntil: 'load' })
        await tab.waitForFunction(() => document.getElementById('nucleolus')?.textContent !== '', undefined, { timeout: 60_000 }).catch(() => undefined)
        const read = async (id) => {
          const text = await tab.$eval(`#${id}`, (e) => e.textContent ?? '')
          try {
            return JSON.parse(text)
          } catch {
            return text
          }
        }
        const [power, hazard, nucleolus, lpMs] = [await read('power'), await read('hazard'), await read('nucleolus'), await read('lpMs')]
        check(problems.length === 0, `${name} bundle: loads without errors`, problems.join('; '))
        // Security Council Shapley–Shubik: 421/2145 for each permanent member, 4/2145 for each other (Shapley & Shubik 1954).
        check(Array.isArray(power) && power.length === 15 && close(power[0], 421 / 2145, 1e-12) && close(power[14], 4 / 2145, 1e-12), `${name} bundle: Security Council power 421/2145, 4/2145`, JSON.stringify(power))
        // Saturated logit: intercept log(1/3), separate log(3/2).
        check(hazard !== null && close(hazard.intercept, Math.log(1 / 3), 1e-10) && close(hazard.separate, Math.log(3 / 2), 1e-10), `${name} bundle: hazard fit (mathjs inside)`, JSON.stringify(hazard))
        // Glove game nucleolus: [1, 0, 0].
        check(Array.isArray(nucleolus) && close(nucleolus[0], 1, 1e-9) && close(nucleolus[1], 0, 1e-9) && close(nucleolus[2], 0, 1e-9), `${name} bundle: nucleolus on HiGHS [1, 0, 0] (${lpMs} ms to load the solver and solve)`, JSON.stringify(nucleolus))
      } finally {
        await tab.close()
        server.close()
      }
    }
    return sizes
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
