// Benchmarks for the nucleolus (not timed tests): the hard generated families of
// test/fixtures/hardGames.ts (see there how each is drawn), the UN Security Council and the symmetric
// majority game, with the previous release's method timed in the same run. Run: npm run bench.
import { either as E } from 'fp-ts'
import { loadLpSolver, nucleolus, nucleolusReport, prenucleolus, type Game } from '../src/games/index.js'
import { normalizedGame } from '../src/internal/scale.js'
import { hardGames, majority, securityCouncil } from '../test/fixtures/hardGames.js'
import { machine, right, table } from './harness.js'
import { kohlbergViolation as previousCheck } from './previous-kohlberg.js'
import { lexicographicCenter as previousCenter } from './previous-lexicographic.js'
import { kohlbergViolation as earlierCheck } from './before-span/kohlberg.js'
import { makeSpan as earlierSpan } from './before-span/span.js'
import { lexicographicCenter } from '../src/internal/lexicographic.js'

const lp = await loadLpSolver()

/** The previous release's nucleolus: the same sequence of LPs and check, as it was. */
const previous = (game: Game, imputation: boolean): number[] => {
  const { game: g, scale } = right(normalizedGame(game))
  const solved = right(previousCenter(lp, g, imputation, false))
  if (previousCheck(lp, g, solved.allocation, imputation) !== undefined) throw new Error('the previous check failed')
  return Array.from(solved.allocation, (x) => x * scale)
}

/** The nucleolus with the earlier span (Gram–Schmidt projection onto the span) and check (every coalition a column of the balancedness LP). */
const earlier = (game: Game, imputation: boolean): number[] => {
  const { game: g, scale } = right(normalizedGame(game))
  const solved = right(lexicographicCenter(lp, g, imputation, false, earlierSpan))
  const lowest = solved.stages.reduce((low, st) => Math.min(low, st.epsilon), Infinity)
  if (earlierCheck(lp, g, solved.allocation, imputation, lowest) !== undefined) throw new Error('the earlier check failed')
  return Array.from(solved.allocation, (x) => x * scale)
}

/** The median of `reps` timed calls after `warm` untimed ones (the code warmed up, as in a study's loop). */
const warmMedian = (f: () => unknown, warm = 5, reps = 21): number => {
  for (let i = 0; i < warm; i++) f()
  return median(Array.from({ length: reps }, () => once(f)))
}

const once = (f: () => unknown): number => {
  const t0 = performance.now()
  f()
  return performance.now() - t0
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const rows: string[] = []
const seeds = [1, 2, 3, 4, 5]
for (const [family, make] of Object.entries(hardGames)) {
  for (const n of [16, 20]) {
    const games = seeds.map((s) => make(n, s))
    nucleolus(lp)(games[0]!)
    // New and earlier alternate game by game, so neither is timed on a colder machine than the other.
    const nowTimes: number[] = []
    const lastTimes: number[] = []
    for (const g of games) {
      nowTimes.push(once(() => right(nucleolus(lp)(g))))
      lastTimes.push(once(() => earlier(g, true)))
    }
    const now = median(nowTimes)
    const last = median(lastTimes)
    const pre = median(games.map((g) => once(() => right(prenucleolus(lp)(g)))))
    const old = n === 20 ? median(games.map((g) => once(() => previous(g, true)))) : undefined
    const report = right(nucleolusReport(lp)(games[0]!))
    rows.push(
      `| ${family}, n = ${n}: nucleolus / prenucleolus | ${now.toFixed(0)} / ${pre.toFixed(0)} ms | median of ${seeds.length} seeds; earlier span and check: ${last.toFixed(0)} ms${old === undefined ? '' : `; previous release: ${old.toFixed(0)} ms`}${n === 20 ? ' (target < 300 ms)' : ''}; seed 1: ${report.lpSolves} LPs, certificate ${report.certificate.levels} levels / ${report.certificate.coalitions} coalitions |`,
    )
  }
  const big = make(24, 1)
  rows.push(`| ${family}, n = 24: nucleolus / prenucleolus | ${(once(() => right(nucleolus(lp)(big))) / 1000).toFixed(1)} / ${(once(() => right(prenucleolus(lp)(big))) / 1000).toFixed(1)} s | seed 1 (target < 8 s) |`)
}
const unsc = securityCouncil()
const unscReport = right(nucleolusReport(lp)(unsc))
rows.push(
  `| UN Security Council (n = 15): nucleolus / prenucleolus | ${warmMedian(() => right(nucleolus(lp)(unsc))).toFixed(1)} / ${warmMedian(() => right(prenucleolus(lp)(unsc))).toFixed(1)} ms | median of 21 calls after 5 (target < 20 ms); earlier span and check: ${warmMedian(() => earlier(unsc, true)).toFixed(1)} ms; previous release: ${(once(() => previous(unsc, true)) / 1000).toFixed(1)} s; ${unscReport.lpSolves} LPs, certificate ${unscReport.certificate.levels} levels / ${unscReport.certificate.coalitions} coalitions |`,
)
const maj = majority(16)
rows.push(`| symmetric majority game, n = 16: nucleolus | ${once(() => right(nucleolus(lp)(maj))).toFixed(0)} ms | earlier span and check: ${once(() => earlier(maj, true)).toFixed(0)} ms; previous release: ${(once(() => previous(maj, true)) / 1000).toFixed(1)} s |`)
if (E.isLeft(nucleolus(lp)(unsc))) throw new Error('unsc')
console.log(machine())
console.log(table('Nucleolus', rows))
