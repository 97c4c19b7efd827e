// The study task runStudy uses when none is given: runs the point's scenario with the task's seed and
// gives its summary (or its per-run or per-partner rows) as tidy rows. A scenario is checked (and its
// plans enumerated) once per thread, not once per seed: points arrive as copies, so they are known
// again by their JSON text.
import { checkedScenario, scenario } from 'coalitions/scenario'

const checked = new Map()

export default (point, seed) => {
  const { scenario: spec, runs, within, rows = 'summary' } = point
  const key = JSON.stringify(spec)
  let known = checked.get(key)
  if (known === undefined) {
    if (checked.size >= 64) checked.delete(checked.keys().next().value)
    checked.set(key, (known = checkedScenario(spec)))
  }
  if (known._tag === 'Left') return known
  const result = scenario({ seed, runs, ...(within === undefined ? {} : { within }) })(known.right)
  if (result._tag === 'Left') return result
  if (rows === 'runs') return { _tag: 'Right', right: result.right.runs }
  if (rows === 'partners') return { _tag: 'Right', right: result.right.partners }
  // The number of runs is the point's own parameter, already a column.
  const { byPartner: _, runs: __, ...summary } = result.right.summary
  return { _tag: 'Right', right: [summary] }
}
