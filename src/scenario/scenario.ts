import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { decodePartners, type Partner } from '../core/Partner.js'
import { frozenCopy } from '../internal/arrays.js'
import { Label, NonNegative, SafeInt, decodeWith, show, swappedCall, thrownMessage, unknownKeys } from '../internal/decode.js'
import { makeRng, type Rng } from '../internal/random.js'
import { BurdenRuleCodec, sharesOf, type BurdenRule } from '../burden/costShares.js'
import type { JoinModel } from '../participation/JoinModel.js'
import { joinProbabilities } from '../participation/JoinModel.js'
import type { Requirement } from '../participation/requirement.js'
import { CandidateCodec, US_COST_PER_SOLDIER, type Candidate } from '../recruitment/Candidate.js'
import type { RecruitmentPlan } from '../recruitment/recruit.js'
import { MAX_SIMULATION_ROWS, MAX_SIMULATION_WORK } from '../defection/simulateCoalitionWar.js'
import { Runs, prepareWar, runWar, warState, type PreparedWar, type WarTerms } from '../defection/war.js'
import { MAX_ENUMERATED_PARTNERS, enumeratePlans, type RecruitmentTerms } from './plans.js'

/**
 * Who is willing to join, as probabilities keyed by partner name: `'all'` (every partner, with
 * certainty), `'given'` (each partner's own `joinProbability`), `{ model }` (a {@link JoinModel} on each
 * partner's covariates), or your own function of the partners.
 *
 * @since 0.3.0
 * @category scenario
 */
export type JoiningStep =
  | 'all'
  | 'given'
  | { readonly model: JoinModel }
  | ((partners: readonly Partner[]) => E.Either<CoalitionError, Readonly<Record<string, number>>>)

/**
 * How the pivotal state recruits from the willing partners: the terms of {@link recruit}'s problem
 * (every partner then needs `troops`, `deploymentCost` and `ownBenefit`), or your own function from
 * the willing partners to a plan (an `Infeasible` result means no plan that run; other errors stop the
 * scenario). Your function is called once per distinct set of willing partners.
 *
 * @since 0.3.0
 * @category scenario
 */
export type RecruitmentStep =
  | {
      readonly pivotal: { readonly budget: number; readonly costPerSoldier?: number }
      readonly requirements: { readonly troops: number; readonly legitimacy?: number }
    }
  | ((willing: readonly Partner[]) => E.Either<CoalitionError, RecruitmentPlan>)

/**
 * How the operation's cost is shared between the pivotal state and the partners it recruited: a
 * {@link BurdenRule} with the pivotal state's own record (its name, default `'pivotal'`, and its
 * `gdp` when shared by GDP; its troops are the plan's own troops), or your own function.
 *
 * @since 0.3.0
 * @category scenario
 */
export type BurdenStep =
  | (BurdenRule & { readonly pivotal?: { readonly name?: string; readonly gdp?: number } })
  | ((coalition: { readonly members: readonly Partner[]; readonly plan: RecruitmentPlan; readonly cost: number }) => E.Either<CoalitionError, Readonly<Record<string, number>>>)

/**
 * One war's exits for the members: the terms of {@link simulateCoalitionWar}'s war (its partners are
 * the plan's members), or your own function of the members and a seed drawn from the scenario's
 * stream, giving each member's exit day (undefined: stayed) and what was paid to keep it.
 *
 * @since 0.3.0
 * @category scenario
 */
export type ExitStep =
  | WarTerms
  | ((
      members: readonly Partner[],
      seed: number,
    ) => E.Either<CoalitionError, ReadonlyArray<{ readonly name: string; readonly exitDay: number | undefined; readonly paid: number }>>)

/**
 * A coalition scenario: the partners once, and one step per family. Only `partners`, `joining` and
 * `recruitment` are required; without `burden` no shares are computed, and without `exit` nobody leaves.
 *
 * @since 0.3.0
 * @category scenario
 */
export interface Scenario {
  readonly partners: readonly Partner[]
  readonly joining: JoiningStep
  readonly recruitment: RecruitmentStep
  /** What the recruited partners must bring for a run to count as met: `{ size }` partners or `{ troops }`; default: any plan. */
  readonly requirement?: Requirement
  readonly burden?: BurdenStep
  readonly exit?: ExitStep
}

/**
 * Options of {@link scenario}.
 *
 * @since 0.3.0
 * @category scenario
 */
export interface ScenarioOptions {
  /** Seed of the random stream: the same scenario, seed and runs give the same rows. */
  readonly seed: number
  /** Number of runs, 1 to 10,000,000 (within the simulation's bounds). */
  readonly runs: number
  /** The horizon T, in days, of P(no exit within T); default: the whole war. */
  readonly within?: number
  /** Called after every 1% of the runs (and at the end) with the runs done and the total. */
  readonly onProgress?: (done: number, total: number) => void
}

/**
 * One run of a scenario.
 *
 * @since 0.3.0
 * @category scenario
 */
export interface ScenarioRun {
  readonly run: number
  /** How many partners were willing. */
  readonly willing: number
  /** 1 if a recruitment plan was found among them. */
  readonly planned: 0 | 1
  /** How many partners the plan recruited. */
  readonly recruited: number
  /** 1 if the plan met the scenario's requirement. */
  readonly met: 0 | 1
  /** The plan's payments to partners (never more than the budget); 0 without a plan. */
  readonly payments: number
  /** Troops the pivotal state sent itself. */
  readonly ownTroops: number
  /** The plan's cost to the pivotal state: payments plus its own troops; undefined without a plan. */
  readonly cost: number | undefined
  /** The cost of every soldier deployed (the pivotal state's at costPerSoldier, each member's at its deployment cost): what `burden` shares. */
  readonly operationCost: number | undefined
  /** Members that left during the war. */
  readonly exits: number
  /** 1 if no member left within the horizon. */
  readonly noExit: 0 | 1
  /** What the pivotal state paid during the war to keep members. */
  readonly retentionPaid: number
}

/**
 * One partner in one run of a scenario.
 *
 * @since 0.3.0
 * @category scenario
 */
export interface ScenarioPartnerRow {
  readonly run: number
  readonly partner: string
  readonly willing: 0 | 1
  readonly recruited: 0 | 1
  /** Its recruitment payment (0 when not recruited). */
  readonly payment: number
  /** Its share of the operation's cost (0 when not recruited or without `burden`). */
  readonly share: number
  /** The day it left the war, or undefined. */
  readonly exitDay: number | undefined
  readonly retentionPaid: number
}

/**
 * What a scenario gives: tidy rows per run and per partner per run, and their summary.
 *
 * @since 0.3.0
 * @category scenario
 */
export interface ScenarioResult {
  readonly runs: readonly ScenarioRun[]
  readonly partners: readonly ScenarioPartnerRow[]
  readonly summary: {
    readonly runs: number
    /** Share of runs in which a plan was found. */
    readonly pPlanned: number
    /** Share of runs meeting the requirement. */
    readonly pRequirementMet: number
    /** Mean plan cost over the runs with a plan (undefined when none had one). */
    readonly expectedCost: number | undefined
    /** Mean recruitment payments over all runs. */
    readonly expectedPayments: number
    /** Mean exits over all runs. */
    readonly expectedExits: number
    /** Share of runs with a plan in which no member left within the horizon. */
    readonly pNoExit: number | undefined
    readonly expectedRetentionPaid: number
    /** The pivotal state's mean share of the operation's cost (0 without `burden`). */
    readonly pivotalShare: number
    /** Per partner, keyed by name: how often it was willing, recruited and left, and its mean payment and share. */
    readonly byPartner: Readonly<Record<string, { readonly pWilling: number; readonly pRecruited: number; readonly pExit: number; readonly meanPayment: number; readonly meanShare: number }>>
  }
}

const RequirementShape = t.union([t.type({ size: NonNegative }), t.type({ troops: NonNegative })], 'a requirement { size } or { troops }')
const JoinModelShape = t.type({ model: t.unknown })
const TermsCodec = t.type(
  {
    pivotal: t.intersection([t.type({ budget: NonNegative }), t.partial({ costPerSoldier: NonNegative })]),
    requirements: t.intersection([t.type({ troops: NonNegative }), t.partial({ legitimacy: NonNegative })]),
  },
  'recruitment terms { pivotal: { budget, costPerSoldier? }, requirements: { troops, legitimacy? } }',
)
const PivotalCodec = t.partial({ name: Label, gdp: NonNegative })
const OptionsCodec = t.intersection(
  [t.type({ seed: SafeInt, runs: Runs }), t.partial({ within: NonNegative, onProgress: t.Function })],
  'an object { seed, runs, within?, onProgress? }',
)

const isFunction = (u: unknown): u is (...args: never[]) => unknown => typeof u === 'function'

// A user's step must not make the scenario throw: its error, or a throw, comes back as a Left.
const callStep = <A>(what: string, f: () => E.Either<CoalitionError, A>): E.Either<CoalitionError, A> => {
  try {
    const r = f()
    if (typeof r !== 'object' || r === null || !('_tag' in r) || (r._tag !== 'Left' && r._tag !== 'Right'))
      return E.left(coalitionError('InvalidProblem', `${what}: expected the step to return an Either (E.right or E.left), got ${show(r)}`))
    return r
  } catch (e) {
    return E.left(coalitionError('InvalidProblem', `${what}: the step threw: ${thrownMessage(e)}`))
  }
}

const probabilitiesFor = (joining: unknown, partners: readonly Partner[]): E.Either<CoalitionError, number[]> => {
  if (joining === 'all') return E.right(partners.map(() => 1))
  if (joining === 'given') {
    const out: number[] = []
    for (const [i, p] of partners.entries()) {
      if (p.joinProbability === undefined)
        return E.left(coalitionError('InvalidProblem', `partners[${i}].joinProbability: joining 'given' reads each partner's joinProbability; "${p.name}" has none`))
      out.push(p.joinProbability)
    }
    return E.right(out)
  }
  let keyed: E.Either<CoalitionError, Readonly<Record<string, number>>>
  if (isFunction(joining)) keyed = callStep('joining', () => (joining as Extract<JoiningStep, (...args: never[]) => unknown>)(partners))
  else {
    const shape = decodeWith(JoinModelShape, 'joining')(joining)
    if (E.isLeft(shape)) return E.left(coalitionError('DecodeError', `joining: expected 'all', 'given', { model } or a function, got ${show(joining)}`))
    const strays = unknownKeys(joining, ['model'], 'joining')
    if (strays.length > 0) return E.left(coalitionError('DecodeError', strays.join('\n')))
    keyed = E.mapLeft((e: CoalitionError) => coalitionError(e._tag, e.message.replace(/^model/, 'joining.model')))(joinProbabilities(shape.right.model as JoinModel)(partners))
  }
  if (E.isLeft(keyed)) return keyed
  const out: number[] = []
  for (const [i, p] of partners.entries()) {
    const q = Object.prototype.hasOwnProperty.call(keyed.right, p.name) ? keyed.right[p.name] : undefined
    if (typeof q !== 'number' || !(q >= 0 && q <= 1))
      return E.left(coalitionError('InvalidProblem', `joining: expected a probability in [0, 1] for partners[${i}] ("${p.name}"), got ${show(q)}`))
    out.push(q)
  }
  return E.right(out)
}

/**
 * Runs a coalition scenario: in each run, who is willing is drawn from the joining step; the pivotal
 * state recruits from the willing under its budget; the operation's cost is shared by the burden
 * rule; and the members fight a war in which they may leave and be paid to stay. It is pure: the same
 * scenario, seed and runs give the same rows. The options come first and the scenario last
 * (`scenario({ seed, runs })(spec)`, so `pipe(spec, scenario(options))`); the options are checked once,
 * and a scenario from {@link checkedScenario} is checked, and its plans enumerated, once for all seeds.
 *
 * With recruitment terms, each run's plan is the one {@link recruit} would choose from that run's
 * willing partners (the cheapest in payments plus own troops, within the budget): for up to 20
 * partners every plan is found at once by enumerating all 2^n sets of partners, about 50 ms at 20.
 * With more partners, pass a recruitment function, e.g. one calling `recruit(lp)`; it is called once
 * per distinct set of willing partners.
 *
 * What holds in every run: payments never exceed the budget; members are willing partners; shares
 * add up to the operation's cost. With every partner joining for certain and no exit step, every run
 * has the one plan `recruit` gives for all the partners.
 *
 * @param options - `{ seed, runs, within?, onProgress? }`
 * @returns a function of the scenario (`{ partners, joining, recruitment, requirement?, burden?, exit? }`,
 *   or a {@link CheckedScenario}) giving tidy rows and a summary, or a
 *   `DecodeError`/`InvalidProblem` naming the field, or `TooLarge` (more than 20 partners with
 *   recruitment terms, or more partner-days than {@link MAX_SIMULATION_WORK} or rows than {@link MAX_SIMULATION_ROWS})
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { scenario, type Scenario } from 'coalitions/scenario'
 *
 * const spec: Scenario = {
 *   partners: [
 *     { name: 'A', troops: 3_000, deploymentCost: 20e6, ownBenefit: 0, joinProbability: 0.9, gdp: 500 },
 *     { name: 'B', troops: 1_000, deploymentCost: 5e6, ownBenefit: 5e6, joinProbability: 0.5, gdp: 100 },
 *   ],
 *   joining: 'given',
 *   recruitment: { pivotal: { budget: 25e6, costPerSoldier: 13_000 }, requirements: { troops: 5_000 } },
 *   burden: { rule: 'proportional', by: 'troops', pivotal: { name: 'US' } },
 * }
 * const r = scenario({ seed: 1, runs: 1_000 })(spec)
 * assert.ok(E.isRight(r))
 * assert.ok(r.right.runs.every((x) => x.payments <= 25e6))
 * assert.ok(Math.abs(r.right.summary.byPartner['A']!.pWilling - 0.9) < 0.05)
 * assert.deepStrictEqual(scenario({ seed: 1, runs: 1_000 })(spec), r)
 * ```
 *
 * @see Henke, "Buying allies: payment practices in multilateral military coalition-building", *International Security* 43 (2019).
 * @see Weisiger, "Exiting the coalition: when do states abandon coalition partners during war?", *International Studies Quarterly* 60 (2016).
 * @see Tago, "Why do states join US-led military coalitions?", *International Relations of the Asia-Pacific* 7 (2007).
 * @since 0.3.0
 * @category scenario
 */
export const scenario = (options: ScenarioOptions): ((spec: Scenario | CheckedScenario) => E.Either<CoalitionError, ScenarioResult>) => {
  const opts = checkOptions(options)
  return (spec) => {
    if (E.isLeft(opts)) return opts
    const prepared = preparedOf(spec)
    return E.isLeft(prepared) ? prepared : simulate(prepared.right, opts.right)
  }
}

/**
 * A scenario checked once, by {@link checkedScenario}: its partners, steps and (for up to 20 partners
 * with recruitment terms) every recruitment plan are ready, so {@link scenario} runs it for any seed
 * without checking it again.
 *
 * @since 0.3.0
 * @category scenario
 */
export interface CheckedScenario {
  readonly _tag: 'CheckedScenario'
  /** The partners' names, in order. */
  readonly partners: readonly string[]
}

const checkedScenarios = new WeakMap<object, Prepared>()

/**
 * Checks a scenario once, and enumerates its recruitment plans, for {@link scenario} to run with many
 * seeds: `scenario(options)(spec)` checks `spec` on every call, `scenario(options)(checked)` does not.
 *
 * @param spec - `{ partners, joining, recruitment, requirement?, burden?, exit? }`
 * @returns the checked scenario, or the error `scenario` would give for `spec`
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { either as E } from 'fp-ts'
 * import { checkedScenario, scenario } from 'coalitions/scenario'
 *
 * const checked = checkedScenario({
 *   partners: [{ name: 'A', troops: 3_000, deploymentCost: 20e6, ownBenefit: 0, joinProbability: 0.9 }],
 *   joining: 'given',
 *   recruitment: { pivotal: { budget: 25e6, costPerSoldier: 13_000 }, requirements: { troops: 3_000 } },
 * })
 * assert.ok(E.isRight(checked))
 * assert.deepStrictEqual(checked.right.partners, ['A'])
 * // Ten seeds, one check.
 * const runs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => scenario({ seed, runs: 100 })(checked.right))
 * assert.ok(runs.every(E.isRight))
 * ```
 *
 * @see Henke, "Buying allies: payment practices in multilateral military coalition-building", *International Security* 43 (2019).
 * @see Weisiger, "Exiting the coalition: when do states abandon coalition partners during war?", *International Studies Quarterly* 60 (2016).
 * @since 0.3.0
 * @category scenario
 */
export const checkedScenario = (spec: Scenario): E.Either<CoalitionError, CheckedScenario> =>
  E.map((prepared: Prepared): CheckedScenario => {
    const checked: CheckedScenario = Object.freeze({ _tag: 'CheckedScenario' as const, partners: Object.freeze(prepared.partners.map((p) => p.name)) })
    checkedScenarios.set(checked, prepared)
    return checked
  })(prepare(safeCopy(spec)))

// A checked scenario keeps its own copy of the spec's data, so later edits to the caller's objects
// cannot change it; a spec that cannot be read is left for prepare to name.
const safeCopy = (spec: Scenario): Scenario => {
  try {
    return frozenCopy(spec)
  } catch {
    return spec
  }
}

const preparedOf = (spec: unknown): E.Either<CoalitionError, Prepared> => {
  const known = typeof spec === 'object' && spec !== null ? checkedScenarios.get(spec) : undefined
  if (known !== undefined) return E.right(known)
  // A copy of a checked scenario (JSON, structured clone to a worker thread) is not one.
  if (typeof spec === 'object' && spec !== null && (spec as { _tag?: unknown })._tag === 'CheckedScenario')
    return E.left(coalitionError('DecodeError', 'spec: a copy of a checked scenario, not one checkedScenario made in this thread; pass the scenario itself, or checkedScenario(spec) here'))
  return prepare(spec as Scenario)
}

/** A scenario checked once, ready to run with any options. */
interface Prepared {
  readonly partners: readonly Partner[]
  readonly index: ReadonlyMap<string, number>
  readonly requirement: Requirement | undefined
  readonly joinAt: readonly number[]
  readonly planOf: (willing: readonly number[], key: number | string) => E.Either<CoalitionError, { plan: RecruitmentPlan | undefined; mask: readonly number[] }>
  readonly costPerSoldier: number
  readonly budget: number
  readonly shareOf: ((members: readonly number[], plan: RecruitmentPlan, cost: number) => E.Either<CoalitionError, Record<string, number>>) | undefined
  readonly pivotalName: string
  readonly war: PreparedWar | undefined
  readonly exit: ExitStep | undefined
}

const prepare = (spec: Scenario): E.Either<CoalitionError, Prepared> => {
  const shape = decodeWith(
    t.intersection([t.type({ partners: t.unknown, joining: t.unknown, recruitment: t.unknown }), t.partial({ requirement: RequirementShape, burden: t.unknown, exit: t.unknown })], 'a scenario { partners, joining, recruitment, requirement?, burden?, exit? }'),
    'spec',
  )(spec)
  if (E.isLeft(shape)) return E.left(coalitionError('DecodeError', shape.left.message.replace(/^spec\./gm, '')))
  const raw = spec as Scenario
  const strays = unknownKeys(spec, ['partners', 'joining', 'recruitment', 'requirement', 'burden', 'exit'], '')
  if (strays.length > 0) return E.left(coalitionError('DecodeError', strays.join('\n')))
  const listed = decodePartners(raw.partners, 'partners')
  if (E.isLeft(listed)) return listed
  const partners = listed.right
  const n = partners.length
  if (n === 0) return E.left(coalitionError('InvalidProblem', 'partners: the model needs at least one partner, got an empty list'))
  const index = new Map(partners.map((p, i) => [p.name, i]))
  const requirement = shape.right.requirement

  // 1. Joining: one probability per partner, as a 32-bit threshold.
  const probabilities = probabilitiesFor(raw.joining, partners)
  if (E.isLeft(probabilities)) return probabilities
  const joinAt = probabilities.right.map((q) => q * 4294967296)

  // 2. Recruitment: every plan at once from the terms, or the user's function, remembered per willing set.
  let planOf: (willing: readonly number[], key: number | string) => E.Either<CoalitionError, { plan: RecruitmentPlan | undefined; mask: readonly number[] }>
  let costPerSoldier = US_COST_PER_SOLDIER
  let budget = Infinity
  const recruitment = raw.recruitment
  if (isFunction(recruitment)) {
    const memo = new Map<number | string, { plan: RecruitmentPlan | undefined; mask: readonly number[] }>()
    planOf = (willing, key) => {
      const known = memo.get(key)
      if (known !== undefined) return E.right(known)
      const got = callStep('recruitment', () => (recruitment as Extract<RecruitmentStep, (...args: never[]) => unknown>)(willing.map((i) => partners[i]!)))
      if (E.isLeft(got) && got.left._tag !== 'Infeasible') return got
      let entry: { plan: RecruitmentPlan | undefined; mask: readonly number[] }
      if (E.isLeft(got)) entry = { plan: undefined, mask: [] }
      else {
        const members: number[] = []
        for (const m of Array.isArray(got.right?.members) ? got.right.members : []) {
          const i = index.get(m?.name)
          if (typeof m?.payment !== 'number' || !Number.isFinite(m.payment) || m.payment < 0)
            return E.left(coalitionError('InvalidProblem', `recruitment: the step's plan pays ${show(m?.name)} ${show(m?.payment)}, not a finite amount ≥ 0`))
          if (i === undefined || !willing.includes(i))
            return E.left(coalitionError('InvalidProblem', `recruitment: the step's plan recruits ${show(m?.name)}, which is not among the willing partners`))
          members.push(i)
        }
        entry = { plan: got.right, mask: members.sort((a, b) => a - b) }
      }
      if (memo.size < 100_000) memo.set(key, entry)
      return E.right(entry)
    }
  } else {
    // Unknown keys first: a misspelt key is usually why a field is missing.
    const r = recruitment as RecruitmentTerms
    const termStrays = [
      ...unknownKeys(r, ['pivotal', 'requirements'], 'recruitment'),
      ...unknownKeys(r?.pivotal, ['budget', 'costPerSoldier'], 'recruitment.pivotal'),
      ...unknownKeys(r?.requirements, ['troops', 'legitimacy'], 'recruitment.requirements'),
    ]
    if (termStrays.length > 0) return E.left(coalitionError('DecodeError', termStrays.join('\n')))
    const terms = decodeWith(TermsCodec, 'recruitment')(recruitment)
    if (E.isLeft(terms)) return terms
    if (n > MAX_ENUMERATED_PARTNERS)
      return E.left(
        coalitionError(
          'TooLarge',
          `partners: recruitment terms enumerate every plan, for at most ${MAX_ENUMERATED_PARTNERS} partners, and there are ${n}; pass recruitment as a function of the willing partners instead, e.g. (willing) => recruit(lp)({ pivotal, requirements, candidates: willing })`,
        ),
      )
    const candidates = decodeWith(t.array(CandidateCodec), 'partners')(partners)
    if (E.isLeft(candidates))
      return E.left(coalitionError('DecodeError', candidates.left.message.replace(/got nothing$/gm, 'got nothing (recruitment terms need every partner\'s troops, deploymentCost and ownBenefit)')))
    costPerSoldier = r.pivotal.costPerSoldier ?? US_COST_PER_SOLDIER
    budget = r.pivotal.budget
    const plans = enumeratePlans(candidates.right as readonly Candidate[], r, costPerSoldier)
    planOf = (willing, key) => {
      const chosen = plans.chosen(key as number)
      const mask: number[] = []
      for (const i of willing) if (chosen >= 0 && (chosen & (1 << i)) !== 0) mask.push(i)
      return E.right({ plan: plans.planFor(key as number), mask })
    }
  }

  // 3. Burden sharing.
  const burden = raw.burden
  let shareOf: ((members: readonly number[], plan: RecruitmentPlan, cost: number) => E.Either<CoalitionError, Record<string, number>>) | undefined
  let pivotalName = 'pivotal'
  if (isFunction(burden)) {
    shareOf = (members, plan, cost) => {
      const got = callStep('burden', () => (burden as Extract<BurdenStep, (...args: never[]) => unknown>)({ members: members.map((i) => partners[i]!), plan, cost }))
      if (E.isLeft(got)) return got
      const out: [string, number][] = []
      for (const [name, x] of Object.entries(got.right ?? {})) {
        if (typeof x !== 'number' || !Number.isFinite(x)) return E.left(coalitionError('InvalidProblem', `burden: the step's share for "${name}" is ${show(x)}, not a finite number`))
        out.push([name, x])
      }
      return E.right(Object.fromEntries(out))
    }
  } else if (burden !== undefined) {
    const decoded = decodeWith(BurdenRuleCodec, 'burden')(burden)
    if (E.isLeft(decoded)) return decoded
    const b = burden as { readonly pivotal?: unknown }
    const pivotal = decodeWith(PivotalCodec, 'burden.pivotal')(b.pivotal ?? {})
    if (E.isLeft(pivotal)) return pivotal
    const burdenStrays = [...unknownKeys(burden, ['rule', 'by', 'pivotal'], 'burden'), ...unknownKeys(b.pivotal, ['name', 'gdp'], 'burden.pivotal')]
    if (burdenStrays.length > 0) return E.left(coalitionError('DecodeError', burdenStrays.join('\n')))
    pivotalName = pivotal.right.name ?? 'pivotal'
    if (index.has(pivotalName)) return E.left(coalitionError('InvalidProblem', `burden.pivotal.name: "${pivotalName}" is also a partner's name; give the pivotal state its own`))
    const pivotalGdp = pivotal.right.gdp
    // The figure shared by must be there for every possible sharer, checked now rather than in the run that first needs it.
    const rule = decoded.right as BurdenRule
    if (rule.rule !== 'equal') {
      if (rule.by === 'gdp' && pivotalGdp === undefined) return E.left(coalitionError('InvalidProblem', `burden.pivotal.gdp: sharing by gdp needs the pivotal state's gdp too`))
      const lacking = partners.findIndex((p) => p[rule.by] === undefined)
      if (lacking >= 0) return E.left(coalitionError('InvalidProblem', `partners[${lacking}].${rule.by}: sharing by ${rule.by} needs every partner's ${rule.by}; "${partners[lacking]!.name}" has none`))
    }
    shareOf = (members, plan, cost) =>
      sharesOf(
        rule,
        cost,
        [{ name: pivotalName, troops: plan.ownTroops, ...(pivotalGdp === undefined ? {} : { gdp: pivotalGdp }) }, ...members.map((i) => partners[i]!)],
        (k) => (k === 0 ? 'burden.pivotal' : `partners[${members[k - 1]}]`),
        'burden: the sharers (the pivotal state and the members)',
      )
  }

  // 4. Exits.
  const exit = raw.exit
  let war: PreparedWar | undefined
  if (exit !== undefined && !isFunction(exit)) {
    const prepared = prepareWar(exit, partners, 'exit', 'partners')
    if (E.isLeft(prepared)) return prepared
    const exitStrays = unknownKeys(exit, ['days', 'model', 'battlefield', 'retention'], 'exit')
    if (exitStrays.length > 0) return E.left(coalitionError('DecodeError', exitStrays.join('\n')))
    war = prepared.right
  }
  return E.right({ partners, index, requirement, joinAt, planOf, costPerSoldier, budget, shareOf, pivotalName, war, exit })
}

type CheckedOptions = Omit<ScenarioOptions, 'onProgress'> & { readonly onProgress?: (done: number, total: number) => void }

const checkOptions = (options: ScenarioOptions): E.Either<CoalitionError, CheckedOptions> => {
  const swapped = swappedCall(options, ['partners', 'joining', 'recruitment'], 'a scenario', 'scenario({ seed, runs })(spec)')
  if (swapped !== undefined) return E.left(coalitionError('DecodeError', swapped))
  const optionStrays = unknownKeys(options, ['seed', 'runs', 'within', 'onProgress'], 'options')
  if (optionStrays.length > 0) return E.left(coalitionError('DecodeError', optionStrays.join('\n')))
  return decodeWith(OptionsCodec, 'options')(options) as E.Either<CoalitionError, CheckedOptions>
}

const simulate = (prepared: Prepared, opts: CheckedOptions): E.Either<CoalitionError, ScenarioResult> => {
  const { seed, runs, within, onProgress } = opts
  const { partners, index, requirement, joinAt, planOf, costPerSoldier, budget, shareOf, pivotalName, war, exit } = prepared
  const n = partners.length
  if (war !== undefined) {
    const work = runs * war.days * n
    if (work > MAX_SIMULATION_WORK)
      return E.left(
        coalitionError(
          'TooLarge',
          `options.runs: ${runs.toLocaleString('en-US')} runs of a ${war.days.toLocaleString('en-US')}-day war with up to ${n} members are up to ${work.toLocaleString('en-US')} partner-days, more than the ${MAX_SIMULATION_WORK.toLocaleString('en-US')} one call simulates; lower runs (at most ${Math.floor(MAX_SIMULATION_WORK / (war.days * n)).toLocaleString('en-US')} here) and combine seeds in a study`,
        ),
      )
  }
  const rowsHeld = runs * (n + 1)
  if (rowsHeld > MAX_SIMULATION_ROWS)
    return E.left(
      coalitionError(
        'TooLarge',
        `options.runs: ${runs.toLocaleString('en-US')} runs of ${n} partners make ${rowsHeld.toLocaleString('en-US')} rows, more than ${MAX_SIMULATION_ROWS.toLocaleString('en-US')}; lower runs and combine seeds in a study`,
      ),
    )
  const state = war === undefined ? undefined : warState(war)
  const horizon = within ?? Infinity

  const rng: Rng = makeRng(seed)
  const runRows: ScenarioRun[] = []
  const partnerRows: ScenarioPartnerRow[] = []
  const step = Math.max(1, Math.floor(runs / 100))
  const willing: number[] = []
  const exitDays = new Float64Array(n)
  const retention = new Float64Array(n)
  const payment = new Float64Array(n)
  const shares = new Float64Array(n)
  const isWilling = new Uint8Array(n)
  const isMember = new Uint8Array(n)
  const useBits = n <= 30
  let pivotalShares = 0
  for (let run = 0; run < runs; run++) {
    willing.length = 0
    let bits = 0
    for (let i = 0; i < n; i++) {
      const joins = rng.u32() < joinAt[i]!
      isWilling[i] = joins ? 1 : 0
      if (joins) {
        willing.push(i)
        if (useBits) bits |= 1 << i
      }
    }
    const got = planOf(willing, useBits ? bits : willing.join(','))
    if (E.isLeft(got)) return E.left(coalitionError(got.left._tag, `run ${run}: ${got.left.message}`))
    const { plan, mask: members } = got.right
    isMember.fill(0)
    payment.fill(0)
    shares.fill(0)
    exitDays.fill(0)
    retention.fill(0)
    let exits = 0
    let noExit: 0 | 1 = 1
    let retentionPaid = 0
    let operationCost: number | undefined
    if (plan !== undefined) {
      for (const i of members) isMember[i] = 1
      for (const m of plan.members) payment[index.get(m.name)!] = m.payment
      if (plan.totalPayments > budget)
        return E.left(coalitionError('InvalidProblem', `run ${run}: the plan pays ${plan.totalPayments}, above the budget ${budget}`))
      let deployed = plan.ownTroops * costPerSoldier
      for (const i of members) deployed += partners[i]!.deploymentCost ?? 0
      operationCost = deployed
      if (shareOf !== undefined) {
        const s = shareOf(members, plan, deployed)
        if (E.isLeft(s)) return E.left(coalitionError(s.left._tag, `run ${run}: ${s.left.message}`))
        for (const [name, x] of Object.entries(s.right)) {
          const i = index.get(name)
          if (i !== undefined && isMember[i] === 1) shares[i] = x
          else if (name === pivotalName) pivotalShares += x
          else return E.left(coalitionError('InvalidProblem', `run ${run}: burden: a share for "${name}", which is neither a member nor the pivotal state ("${pivotalName}")`))
        }
      }
      if (war !== undefined && state !== undefined) {
        exits = runWar(war, members, rng, state)
        for (const i of members) {
          exitDays[i] = state.exitDay[i]!
          retention[i] = state.paid[i]!
          retentionPaid += state.paid[i]!
          if (state.exitDay[i]! > 0 && state.exitDay[i]! <= horizon) noExit = 0
        }
      } else if (isFunction(exit) && members.length > 0) {
        const drawn = rng.u32()
        const out = callStep('exit', () => (exit as Extract<ExitStep, (...args: never[]) => unknown>)(members.map((i) => partners[i]!), drawn))
        if (E.isLeft(out)) return E.left(coalitionError(out.left._tag, `run ${run}: ${out.left.message}`))
        for (const o of Array.isArray(out.right) ? out.right : []) {
          const i = index.get(o?.name)
          if (i === undefined || isMember[i] !== 1) return E.left(coalitionError('InvalidProblem', `run ${run}: exit: the step reports ${show(o?.name)}, which is not a member`))
          const day = o.exitDay
          if (day !== undefined && !(Number.isSafeInteger(day) && day >= 1)) return E.left(coalitionError('InvalidProblem', `run ${run}: exit: "${o.name}" has exit day ${show(day)}, not a day ≥ 1 or undefined`))
          if (!(typeof o.paid === 'number' && Number.isFinite(o.paid) && o.paid >= 0)) return E.left(coalitionError('InvalidProblem', `run ${run}: exit: "${o.name}" was paid ${show(o.paid)}, not a finite amount ≥ 0`))
          if (day !== undefined) {
            exitDays[i] = day
            exits++
            if (day <= horizon) noExit = 0
          }
          retention[i] = o.paid
          retentionPaid += o.paid
        }
      }
    }
    const partnerTroops = plan?.partnerTroops ?? 0
    const met: 0 | 1 =
      plan === undefined ? 0 : requirement === undefined ? 1 : 'size' in requirement ? (members.length >= requirement.size ? 1 : 0) : partnerTroops >= requirement.troops ? 1 : 0
    runRows.push({
      run,
      willing: willing.length,
      planned: plan === undefined ? 0 : 1,
      recruited: members.length,
      met,
      payments: plan?.totalPayments ?? 0,
      ownTroops: plan?.ownTroops ?? 0,
      cost: plan?.totalCost,
      operationCost,
      exits,
      noExit: plan === undefined ? 0 : noExit,
      retentionPaid,
    })
    for (let i = 0; i < n; i++)
      partnerRows.push({
        run,
        partner: partners[i]!.name,
        willing: isWilling[i] === 1 ? 1 : 0,
        recruited: isMember[i] === 1 ? 1 : 0,
        payment: payment[i]!,
        share: shares[i]!,
        exitDay: exitDays[i]! > 0 ? exitDays[i]! : undefined,
        retentionPaid: retention[i]!,
      })
    if (onProgress !== undefined && ((run + 1) % step === 0 || run + 1 === runs)) {
      try {
        onProgress(run + 1, runs)
      } catch (e) {
        return E.left(coalitionError('InvalidProblem', `options.onProgress: the callback threw at run ${run + 1} of ${runs}: ${thrownMessage(e)}`))
      }
    }
  }
  return E.right({ runs: runRows, partners: partnerRows, summary: summarize(runRows, partnerRows, partners, pivotalShares) })
}

const summarize = (runRows: readonly ScenarioRun[], partnerRows: readonly ScenarioPartnerRow[], partners: readonly Partner[], pivotalShares: number): ScenarioResult['summary'] => {
  const runs = runRows.length
  const planned = runRows.filter((r) => r.planned === 1)
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length
  const n = partners.length
  const byPartner = partners.map((p, i) => {
    let willing = 0
    let recruited = 0
    let left = 0
    let paid = 0
    let share = 0
    for (let r = 0; r < runs; r++) {
      const row = partnerRows[r * n + i]!
      willing += row.willing
      recruited += row.recruited
      left += row.exitDay === undefined ? 0 : 1
      paid += row.payment
      share += row.share
    }
    return [p.name, { pWilling: willing / runs, pRecruited: recruited / runs, pExit: left / runs, meanPayment: paid / runs, meanShare: share / runs }] as const
  })
  return {
    runs,
    pPlanned: planned.length / runs,
    pRequirementMet: mean(runRows.map((r) => r.met)),
    expectedCost: planned.length === 0 ? undefined : mean(planned.map((r) => r.cost!)),
    expectedPayments: mean(runRows.map((r) => r.payments)),
    expectedExits: mean(runRows.map((r) => r.exits)),
    pNoExit: planned.length === 0 ? undefined : mean(planned.map((r) => r.noExit)),
    expectedRetentionPaid: mean(runRows.map((r) => r.retentionPaid)),
    pivotalShare: pivotalShares / runs,
    byPartner: Object.fromEntries(byPartner),
  }
}
