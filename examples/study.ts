// Cookbook: a study — how the budget and the separate front's risk move the cost and the chance that
// the coalition stays whole; 20 grid points × 8 seeds on worker threads, with a progress bar, into a
// CSV that R and pandas read as it is. Run: npx tsx examples/study.ts
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SingleBar } from 'cli-progress'
import { either as E } from 'fp-ts'
import { grid, toCsv } from '../src/scenario/index.js' // in your project: from 'coalitions/scenario'
import { runStudy } from '../src/study/index.js' // in your project: from 'coalitions/study'
import { printTable } from './support/table.js'

const points = grid({ budget: [0, 60e6, 120e6, 180e6, 240e6], separateHazard: [1, 2, 3, 4] })
if (E.isLeft(points)) throw new Error(points.left.message)
const seeds = Array.from({ length: 8 }, (_, k) => 1965 + k)

// A progress bar on a terminal; nothing when the output is not one (a log, a test).
const bar = new SingleBar({ format: 'study [{bar}] {value}/{total} tasks', hideCursor: true })
if (process.stdout.isTTY) bar.start(points.right.length * seeds.length, 0)
const rows = await runStudy(
  { points: points.right, seeds, task: new URL('./support/study-task.ts', import.meta.url) },
  { threads: 2, onProgress: (done) => process.stdout.isTTY && bar.update(done) },
)
bar.stop()
if (E.isLeft(rows)) throw new Error(rows.left.message)

const csv = toCsv(rows.right)
if (E.isLeft(csv)) throw new Error(csv.left.message)
const file = join(mkdtempSync(join(tmpdir(), 'study-')), 'more-flags-study.csv')
writeFileSync(file, csv.right)
console.log(`${rows.right.length} rows (20 points × 8 seeds) written to a CSV; its first lines:`)
console.log(csv.right.split('\n').slice(0, 3).join('\n'))

// The mean over seeds at each point, from the tidy rows.
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length
const at = (budget: number, h: number) => rows.right.filter((r) => r['budget'] === budget && r['separateHazard'] === h)
console.log('\nExpected yearly cost ($M) and P(no partner leaves in the year), mean over 8 seeds:')
printTable(
  [0, 60e6, 120e6, 180e6, 240e6].map((budget) => ({
    'budget ($M)': budget / 1e6,
    'cost ($M)': mean(at(budget, 1).map((r) => Number(r['expectedCost']))) / 1e6,
    'P(whole), hazard ×1': mean(at(budget, 1).map((r) => Number(r['pNoExit']))),
    'P(whole), ×4': mean(at(budget, 4).map((r) => Number(r['pNoExit']))),
  })),
)
console.log('\nWhat the numbers say: allied soldiers cost less than Americans, so the expected cost falls in')
console.log("steps as the budget reaches each partner's price; but once it buys South Korea's troops, on their")
console.log('separate front, the riskier that front, the less likely the coalition is to stay whole.')
