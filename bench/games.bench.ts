// Benchmarks for the TU-game solutions (not timed tests). Run: npm run bench. Prints a Markdown table.
import { banzhaf, gameFromFunction, isSuperadditive, loadLpSolver, makeGame, myersonValue, nucleolus, owenSample, positionValue, shapley, type Game } from '../src/index.js'
import { hardGames } from '../test/fixtures/hardGames.js'
import * as previous from './previous-kernels.js'
import { makeRng } from '../src/internal/random.js'
import { machine, right, table, time } from './harness.js'

// Random convex game: non-negative Harsanyi dividends summed up (the inverse Möbius transform).
const convexGame = (n: number, seed: number): Game => {
  const rng = makeRng(seed)
  const d = new Float64Array(2 ** n)
  for (let m = 1; m < d.length; m++) d[m] = rng.next()
  for (let i = 0; i < n; i++) {
    const b = 1 << i
    for (let m = 0; m < d.length; m++) if (m & b) d[m] = d[m]! + d[m ^ b]!
  }
  return right(makeGame(d))
}

const rows: string[] = []
const n20 = convexGame(20, 1)
const floor = time(() => {
  let s = 0
  for (let i = 0; i < 20; i++) for (let m = 0; m < n20.values.length; m++) s += n20.values[m]!
  return s
}, 5)
rows.push(`| plain pass over n·2^n doubles (floor), n = 20 | ${floor.toFixed(1)} ms | |`)
const sh = time(() => shapley(n20), 5)
const shOld = time(() => previous.shapleyKernel(n20.values, 20, new Float64Array(20)), 5)
rows.push(`| shapley, n = 20 | ${sh.toFixed(1)} ms | ${(sh / floor).toFixed(2)}× floor (target < 100 ms, ≤ 2.5×); previous release (difference of large sums) in this run: ${shOld.toFixed(1)} ms |`)
const bz = time(() => banzhaf(n20), 5)
const bzOld = time(() => previous.banzhafKernel(n20.values, 20, new Float64Array(20)), 5)
rows.push(`| banzhaf, n = 20 | ${bz.toFixed(1)} ms | ${(bz / floor).toFixed(2)}× floor (target < 100 ms, ≤ 2.5×); previous release in this run: ${bzOld.toFixed(1)} ms |`)
// An additive game is superadditive with equality everywhere: no pair fails early, the worst case.
const additive = right(gameFromFunction(20, (S) => S.length))
rows.push(`| isSuperadditive, additive game (no early exit), n = 20 | ${time(() => right(isSuperadditive(additive)), 1).toFixed(0)} ms | each unordered pair once; previous release (each pair twice) in this run: ${time(() => previous.isSuperadditive(additive.values, 1e-9 * 20), 1).toFixed(0)} ms |`)
const lp = await loadLpSolver()
for (const n of [12, 14]) {
  const games = [1, 2, 3].map((s) => convexGame(n, 100 + s))
  const t = games.map((g) => time(() => right(nucleolus(lp)(g)), 3)).sort((a, b) => a - b)[1]!
  rows.push(`| nucleolus, random convex game, n = ${n} | ${t.toFixed(1)} ms | median of 3 games (target ${n === 12 ? '< 60' : '< 200'} ms) |`)
}
const unsc = right(gameFromFunction(15, (S) => (S.reduce((w, i) => w + (i < 5 ? 7 : 1), 0) >= 39 ? 1 : 0)))
rows.push(`| nucleolus, UN Security Council (n = 15) | ${time(() => right(nucleolus(lp)(unsc)), 3).toFixed(1)} ms | see the Nucleolus table |`)
// Alliance graphs: a random spanning tree plus n random links on the flat family's game.
for (const n of [20, 24]) {
  const g = hardGames.flat(n, 1)
  const rng = makeRng(n)
  const links: [string, string][] = []
  for (let i = 1; i < n; i++) links.push([g.players[rng.int(i)]!, g.players[i]!])
  for (let k = 0; k < n; k++) {
    const a = rng.int(n)
    const b = rng.int(n)
    if (a !== b) links.push([g.players[a]!, g.players[b]!])
  }
  rows.push(`| myersonValue, n = ${n}, ${links.length} links | ${time(() => right(myersonValue(g, links)), 1).toFixed(0)} ms | the restricted game by pieces, then the Shapley kernel |`)
}
{
  const g = hardGames.flat(12, 1)
  const links: [string, string][] = []
  for (let a = 0; a < 12 && links.length < 20; a++) for (let b = a + 1; b < 12 && links.length < 20; b += 3) links.push([g.players[a]!, g.players[b]!])
  rows.push(`| positionValue, n = 12, 20 links (the bound) | ${time(() => right(positionValue(g, links)), 1).toFixed(0)} ms | 2^20 sets of links |`)
  const players = Array.from({ length: 1000 }, (_, i) => `S${i}`)
  const blocs = Array.from({ length: 10 }, (_, b) => players.slice(100 * b, 100 * b + 100))
  rows.push(`| owenSample, 1,000 players in 10 blocs, 1,000 orders | ${time(() => right(owenSample({ samples: 1000, seed: 1 })({ n: 1000, players, worth: (S) => S.length ** 2 }, blocs)), 1).toFixed(0)} ms | 10^6 worth evaluations |`)
}
console.log(machine())
console.log(table('Cooperative games', rows))
