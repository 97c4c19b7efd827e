// A user's app for the bundler test (scripts/test-browser.mjs): the root entry and two subpaths, the
// LP-backed nucleolus, a hazard fit and a council's power, each written into the page.
import { either as E } from 'fp-ts'
import { loadLpSolver, makeGame, nucleolus } from 'coalitions'
import { fitDiscreteHazard } from 'coalitions/defection'
import { shapleyShubik, weightedVotingGame } from 'coalitions/voting'

const show = (id, value) => {
  document.getElementById(id).textContent = JSON.stringify(value)
}
const unwrap = (e) => (E.isRight(e) ? e.right : { error: e.left.message })

// The Security Council: 9 of 15 votes with all 5 permanent members (weights 7 and 1, quota 39).
const council = weightedVotingGame({ quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] })
show('power', unwrap(E.flatMap(shapleyShubik)(council)))

// Seven partner-days: 1 exit in 3 on a separate front, 1 in 4 on the common front.
const rows = [
  { exit: 1, separate: 1 }, { exit: 0, separate: 1 }, { exit: 0, separate: 1 },
  { exit: 1, separate: 0 }, { exit: 0, separate: 0 }, { exit: 0, separate: 0 }, { exit: 0, separate: 0 },
]
show('hazard', unwrap(E.map((fit) => fit.coefficients)(fitDiscreteHazard({ event: 'exit', covariates: ['separate'], link: 'logit' })(rows))))

// The glove game (one left glove, two right): the nucleolus gives everything to the left glove.
const started = performance.now()
loadLpSolver()
  .then((lp) => {
    show('nucleolus', unwrap(E.flatMap(nucleolus(lp))(makeGame([0, 0, 0, 1, 0, 1, 0, 1]))))
    show('lpMs', Math.round(performance.now() - started))
  })
  .catch((error) => show('nucleolus', { error: String(error) }))
