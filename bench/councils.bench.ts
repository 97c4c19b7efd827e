// Benchmarks for real councils (not timed tests): the EU Council, an IMF-sized board, 1,000
// members. Run: npm run bench. Old (0.1.0) and new counting are timed in the same run where the
// old one finishes in reasonable time.
import { either as E } from 'fp-ts'
import { banzhafIndex, banzhafOwenIndex, euQualifiedMajority, owenIndex, shapleyShubik, symmetricCoalitionalBanzhaf, weightedVotingGame } from '../src/voting/index.js'
import { EU27, imfLikeWeights, regional, uniformWeights } from './councils.js'
import { machine, right, table, time } from './harness.js'
import * as previous from './previous-voting.js'

const rows: string[] = []
const eu = euQualifiedMajority({ populations: EU27 })
if (E.isLeft(eu)) throw new Error(eu.left.message)
const euBoth = time(() => [right(banzhafIndex(eu.right)), right(shapleyShubik(eu.right))], 9)
rows.push(`| EU-27 qualified majority (population shares to 0.01%): Banzhaf + Shapley–Shubik | ${euBoth.toFixed(1)} ms | target < 100 ms; not expressible before |`)

const imf = imfLikeWeights()
const W = imf.reduce((s, w) => s + w, 0)
for (const pct of [50, 85]) {
  const g = right(weightedVotingGame({ quota: { share: pct / 100 }, weights: imf }))
  rows.push(`| IMF-like board (190 members, ${W} votes), ${pct}% quota: Banzhaf | ${time(() => right(banzhafIndex(g)), 3).toFixed(0)} ms | target < 1 s; 0.1.0: 685 s at 50% (issue report) |`)
  rows.push(`| IMF-like board, ${pct}% quota: Shapley–Shubik | ${(time(() => right(shapleyShubik(g)), 1) / 1000).toFixed(1)} s | target < 30 s; 0.1.0: 928 s at 50%, unfinished after 15 min at 85% |`)
}

for (const n of [300, 1000]) {
  const w = uniformWeights(n, 50)
  const q = Math.floor(w.reduce((s, x) => s + x, 0) / 2) + 1
  const g = right(weightedVotingGame({ quota: q, weights: w }))
  const reps = n === 300 ? 5 : 1
  rows.push(`| ${n} members, weights 1–50, simple majority: Banzhaf | ${time(() => right(banzhafIndex(g)), reps).toFixed(1)} ms | 0.1.0 in this run: ${time(() => previous.swingCounts(q, w), reps).toFixed(1)} ms |`)
  rows.push(`| ${n} members, weights 1–50: Shapley–Shubik | ${time(() => right(shapleyShubik(g)), reps).toFixed(0)} ms | 0.1.0 in this run: ${time(() => previous.shapleyShubikOwen(q, w), reps).toFixed(0)} ms${n === 1000 ? '; target < 500 ms for both indices' : ''} |`)
}
// Blocs (a priori unions). No earlier version had them: the reference is the same council without blocs.
rows.push(`| EU-27 with four regional blocs (9 blocs in all): Owen index | ${time(() => right(owenIndex(eu.right, regional)), 5).toFixed(0)} ms | Shapley–Shubik without blocs in this run: ${time(() => right(shapleyShubik(eu.right)), 5).toFixed(0)} ms |`)
rows.push(`| EU-27, the Visegrád Four as one bloc, 23 members alone: Owen index | ${time(() => right(owenIndex(eu.right, [regional[1]!])), 3).toFixed(0)} ms | |`)
const groups = [188, 136, 84, 78, 77, 53, 46, 58]
const parliament = right(weightedVotingGame({ quota: 361, weights: Array(720).fill(1) }))
let at = 0
const partyGroups = groups.map((g) => parliament.players.slice(at, (at += g)))
rows.push(`| 720-seat parliament in 8 party groups: Owen / Banzhaf–Owen / symmetric coalitional Banzhaf | ${[owenIndex, banzhafOwenIndex, symmetricCoalitionalBanzhaf].map((f) => time(() => right(f(parliament, partyGroups)), 5).toFixed(0)).join(' / ')} ms | |`)
const board = right(weightedVotingGame({ quota: { share: 0.5 }, weights: imf }))
const constituencies = Array.from({ length: 25 }, (_, k) => board.players.filter((_, i) => i % 25 === k))
rows.push(`| IMF-like board in 25 constituencies, 50% quota: Banzhaf–Owen | ${(time(() => right(banzhafOwenIndex(board, constituencies)), 1) / 1000).toFixed(1)} s | |`)
rows.push(`| IMF-like board in 25 constituencies, 50% quota: Owen index | ${(time(() => right(owenIndex(board, constituencies)), 1) / 1000).toFixed(1)} s | |`)
console.log(machine())
console.log(table('Real councils', rows))
