/**
 * Scenarios: one list of partners flowing through every family in turn, from who is willing to join
 * to whom the pivotal state recruits and pays, how the cost is shared and who leaves the war, with
 * tidy rows per run and a summary.
 *
 * @module coalitions/scenario
 */
export { checkedScenario, scenario } from './scenario.js'
export { MAX_ENUMERATED_PARTNERS } from './plans.js'
export type { BurdenStep, CheckedScenario, ExitStep, JoiningStep, RecruitmentStep, Scenario, ScenarioOptions, ScenarioPartnerRow, ScenarioResult, ScenarioRun } from './scenario.js'
export type { Partner } from '../core/Partner.js'
export { grid, toCsv } from './tidy.js'
export type { Cell } from './tidy.js'
