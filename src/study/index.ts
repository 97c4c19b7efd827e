/**
 * Studies (Node only): a grid of scenarios × seeds run in parallel on worker threads, gathered into
 * tidy rows that are the same whatever the number of threads. `grid` and `toCsv` are in
 * `coalitions/scenario`, which runs anywhere.
 *
 * @module coalitions/study
 */
export { MAX_STUDY_TASKS, runStudy } from './study.js'
export type { Study, StudyOptions, StudyRow } from './study.js'
