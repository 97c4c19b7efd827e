// The real-browser test of the docs site (`npm run test:browser`; not part of `npm test`, so a new user
// needs no browser). Builds the site, serves it, and opens every guide and cookbook page, plus the
// home page, in headless Chromium (Debian's `chromium`, driven by playwright-core): each page must load
// without console errors or failed requests, its pictures must render, and its links must resolve.
// Then packs the package and bundles a user's app with esbuild and Vite (scripts/browser-bundlers.mjs).
// Screenshots go to .browser/screenshots/. Prints a last line `N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright-core'
import { testBundlers } from './browser-bundlers.mjs'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(executablePath)) {
  console.log(`no Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}
if (process.env.SKIP_DOCS_BUILD !== '1') {
  const build = spawnSync('npm', ['run', '--silent', 'docs'], { stdio: 'inherit' })
  if (build.status !== 0) {
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
}

const root = join(process.cwd(), 'docs', 'api')
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2' }
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path)
  if (!file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404).end('not found')
    return
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${server.address().port}`

const pages = ['index.html', ...readdirSync(join(root, 'documents')).filter((f) => f.endsWith('.html')).map((f) => `documents/${f}`)]
const shots = join(process.cwd(), '.browser', 'screenshots')
mkdirSync(shots, { recursive: true })

let passed = 0
let failed = 0
const check = (ok, what, detail = '') => {
  if (ok) passed++
  else failed++
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || detail === '' ? '' : `\n     ${detail}`}`)
}


// Clicks the k-th example's Run button and waits for its output.
const runExample = async (tab, k, timeout = 120_000) => {
  const output = (await tab.$$('.runner-output'))[k]
  const before = Number(await output.getAttribute('data-runs'))
  await (await tab.$$('.runner-bar'))[k].$$eval('button', (b) => b[1].click())
  await tab.waitForFunction(([el, n]) => Number(el.dataset.runs) > n, [output, before], { timeout })
  return { status: await output.getAttribute('data-status'), text: await output.evaluate((el) => el.textContent ?? '') }
}

// The Security Council's Shapley–Shubik value by enumeration of coalitions (independent of the
// library): a voter's share is the sum over coalitions S it turns from losing to winning of
// |S|!(n − |S| − 1)!/n!.
const shapleyShubikByEnumeration = (quota, weights, i) => {
  const n = weights.length
  const fact = [1]
  for (let k = 1; k <= n; k++) fact.push(fact[k - 1] * k)
  let phi = 0
  for (let mask = 0; mask < 1 << n; mask++) {
    if (mask & (1 << i)) continue
    let w = 0
    let size = 0
    for (let j = 0; j < n; j++) if (mask & (1 << j)) (w += weights[j]), size++
    if (w < quota && w + weights[i] >= quota) phi += (fact[size] * fact[n - size - 1]) / fact[n]
  }
  return phi
}

// A reader edits the Security Council recipe (quota 39 → 36: one elected vote fewer needed) and runs
// it: the printed power must change to the value computed here; a typo shows as an error under the code.
const editAndRun = async (tab) => {
  const bar = (await tab.$$('.runner-bar'))[0]
  await bar.$$eval('button', (b) => b[0].click())
  const editor = await tab.$('.runner-editor')
  const source = await editor.inputValue()
  check(source.includes('quota: 39'), 'the editor holds the example as written', source.slice(0, 200))
  await editor.fill(source.replace('quota: 39', 'quota: 36'))
  const edited = await runExample(tab, 0)
  const weights = [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
  const expected = shapleyShubikByEnumeration(36, weights, 0).toFixed(4)
  const row = edited.text.split('\n').find((l) => l.startsWith('Shapley–Shubik')) ?? ''
  check(edited.status === 'ok' && row.split(/\s+/)[1] === expected && expected !== '0.1963', `edited example reruns: permanent member's Shapley–Shubik at quota 36 is ${expected}`, `${edited.status}: ${row} / ${edited.text.slice(0, 300)}`)
  await editor.fill(source.replace('quota: 39', 'quota: 39,,'))
  const broken = await runExample(tab, 0)
  check(broken.status === 'error' && /✗ .+/.test(broken.text), 'a typo in the edited example shows as an error under the code', broken.text.slice(-200))
  await bar.$$eval('button', (b) => b[0].click())
  const reset = await runExample(tab, 0)
  check(reset.status === 'ok' && reset.text.includes('421/2145'), 'Reset puts the example back as written', reset.text.slice(-200))
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
const known = new Map() // url without hash → the set of ids on that page, or undefined when it did not load
const idsOf = async (url) => {
  if (!known.has(url)) {
    const r = await fetch(url)
    known.set(url, r.ok ? new Set([...(await r.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])) : undefined)
  }
  return known.get(url)
}
let externalLinks = 0
try {
  for (const page of pages) {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems = []
    tab.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} (${m.location().url})`))
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`))
    tab.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`))
    const response = await tab.goto(`${origin}/${encodeURI(page)}`, { waitUntil: 'load' })
    await tab.waitForTimeout(150)
    check(response?.ok() === true && problems.length === 0, `${page}: loads without console errors`, problems.join('; '))

    const images = await tab.$$eval('img', (imgs) => imgs.map((i) => ({ src: i.getAttribute('src'), ok: i.complete && i.naturalWidth > 0 && i.naturalHeight > 0 })))
    const broken = images.filter((i) => !i.ok).map((i) => i.src)
    const expectFigure = /(Voting_power|Bargaining|Burden_sharing|Recruitment|Defection|Exit_risk|More_Flags)/.test(page)
    check(broken.length === 0 && (!expectFigure || images.length > 0), `${page}: ${images.length} picture(s) render`, broken.length > 0 ? `broken: ${broken.join(', ')}` : 'expected a figure on this page')

    const hrefs = await tab.$$eval('a[href]', (as) => as.map((a) => a.href))
    const bad = []
    for (const href of new Set(hrefs)) {
      const url = new URL(href)
      if (url.origin !== origin) {
        if (url.protocol.startsWith('http')) externalLinks++
        continue
      }
      const base = `${url.origin}${url.pathname}`
      const ids = await idsOf(base)
      if (ids === undefined) bad.push(`${href} (not found)`)
      else if (url.hash.length > 1 && !ids.has(decodeURIComponent(url.hash.slice(1)))) bad.push(`${href} (no such anchor)`)
    }
    check(bad.length === 0, `${page}: ${new Set(hrefs).size} links resolve`, bad.slice(0, 5).join('; '))
    // Every TypeScript example on the page runs in the page (the runner, docs/runner/), without an error.
    const bars = await tab.$$('.runner-bar')
    if (page.startsWith('documents/')) {
      const failures = []
      for (let k = 0; k < bars.length; k++) {
        const result = await runExample(tab, k)
        if (result.status !== 'ok' || /NaN/.test(result.text)) failures.push(`example ${k + 1}: ${result.status}: ${result.text.slice(-300)}`)
      }
      // Blocks whose first line says "// Node only" (worker threads) carry a note instead of a Run button.
      const blocks = await tab.$$eval('pre > code.ts', (c) => c.filter((e) => !(e.textContent ?? '').trimStart().startsWith('// Node only')).length)
      check(failures.length === 0 && bars.length === blocks, `${page}: ${bars.length} of ${blocks} example(s) run in the page`, failures.join('; ') || `${blocks - bars.length} example(s) without a Run button`)
      if (page.includes('UN_Security_Council')) await editAndRun(tab)
    }
    await tab.screenshot({ path: join(shots, `${page.replace(/[^A-Za-z0-9]+/g, '_')}.png`), fullPage: true })
    await tab.close()
  }
  // The API reference's @example blocks run in the page too (the same code runs in the unit tests).
  const apiPages = ['functions', 'variables', 'interfaces', 'types'].flatMap((d) => (existsSync(join(root, d)) ? readdirSync(join(root, d)).filter((f) => f.endsWith('.html')).map((f) => `${d}/${f}`) : []))
  const apiFailures = []
  let apiExamples = 0
  let apiBlocks = 0
  const apiTab = await browser.newPage()
  apiTab.on('pageerror', (e) => apiFailures.push(`page error: ${e.message}`))
  for (const page of apiPages) {
    await apiTab.goto(`${origin}/${encodeURI(page)}`, { waitUntil: 'load' })
    const n = (await apiTab.$$('.runner-bar')).length
    apiBlocks += await apiTab.$$eval('pre > code.ts', (c) => c.filter((e) => !(e.textContent ?? '').trimStart().startsWith('// Node only')).length)
    for (let k = 0; k < n; k++) {
      const result = await runExample(apiTab, k)
      apiExamples++
      if (result.status !== 'ok') apiFailures.push(`${page} example ${k + 1}: ${result.text.slice(-200)}`)
    }
  }
  await apiTab.close()
  check(apiFailures.length === 0 && apiExamples === apiBlocks && apiExamples > 100, `${apiExamples} of ${apiBlocks} API examples on ${apiPages.length} pages run in the page`, apiFailures.slice(0, 5).join('; '))

  // An app that imports the packed package, bundled by esbuild and by Vite with no configuration.
  const sizes = await testBundlers({ browser, check })
  for (const [bundler, bytes] of Object.entries(sizes)) console.log(`the test app bundled by ${bundler}: ${(bytes / 1e6).toFixed(2)} MB on disk`)
} finally {
  await browser.close()
  server.close()
}
console.log(`\n${pages.length} pages; ${externalLinks} links to other sites not followed (no network in the test); screenshots in .browser/screenshots/`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
