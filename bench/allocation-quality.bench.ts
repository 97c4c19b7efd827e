// How close allocatePayments comes to the best plan on its grid (not a timed test): 1,000 random
// problems of 3–4 candidates, a unit budget in 10 steps, and a random size requirement, each checked
// against an exhaustive search of every way to split the 10 steps. Run: npm run bench.
import { allocatePayments } from '../src/index.js'
import { makeRng } from '../src/internal/random.js'

const logistic = (x: number) => 1 / (1 + Math.exp(-x))
const rng = makeRng(7)
const steps = 10
const gaps: number[] = []
for (let trial = 0; trial < 1000; trial++) {
  const n = 3 + rng.int(2)
  const candidates = Array.from({ length: n }, (_, i) => ({ name: `C${i}`, probability: 0.02 + 0.9 * rng.next(), paymentEffect: 4 * rng.next(), troops: 1 + rng.int(5) }))
  const k = 1 + rng.int(n)
  const plan = allocatePayments({ budget: 1, requirement: { size: k }, candidates, steps })
  if (plan._tag === 'Left') throw new Error(plan.left.message)
  // Exhaustive search: P(at least k join) for every split of the steps.
  const p = new Array<number>(n).fill(0)
  const atLeastK = () => {
    let d = [1]
    for (const q of p) {
      const next = new Array<number>(d.length + 1).fill(0)
      d.forEach((m, s) => {
        next[s]! += m * (1 - q)
        next[s + 1]! += m * q
      })
      d = next
    }
    return d.slice(k).reduce((a, b) => a + b, 0)
  }
  let best = 0
  const search = (i: number, left: number): void => {
    if (i === n) return void (best = Math.max(best, atLeastK()))
    for (let x = 0; x <= left; x++) {
      const c = candidates[i]!
      p[i] = x === 0 ? c.probability : logistic(Math.log(c.probability / (1 - c.probability)) + (c.paymentEffect * x) / steps)
      search(i + 1, left - x)
    }
  }
  search(0, steps)
  gaps.push(Math.max(0, best - plan.right.probability))
}
gaps.sort((a, b) => a - b)
const optimal = gaps.filter((g) => g < 1e-12).length
console.log(`\n### allocatePayments against exhaustive search\n`)
console.log(`${gaps.length} problems: the best plan on the grid ${optimal} times; gap median ${gaps[gaps.length >> 1]!.toExponential(1)}, 99th percentile ${gaps[Math.floor(gaps.length * 0.99)]!.toFixed(4)}, max ${gaps.at(-1)!.toFixed(4)}`)
