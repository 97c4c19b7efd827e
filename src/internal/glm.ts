// Binomial GLMs fitted by Fisher scoring (IRLS), shared by the hazard fit and the participation fit.
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { inverseLink, linkOf, type BinomialLink } from './link.js'
import { invert } from './math.js'
import { decodeWith, show } from './decode.js'

/** A fitted binomial GLM (documented where it is exported: `HazardFit`, `LogitFit`). */
export type BinomialFit = { readonly coefficients: Record<string, number>; readonly standardErrors: Record<string, number>; readonly logLik: number; readonly converged: true; readonly iterations: number; readonly n: number }

/** A value as messages show it, a missing one as such. */
const given = (v: unknown): string => (v === undefined ? 'nothing (missing)' : show(v))

/** Reads the columns out of the rows, checking each value; one pass, so 100,000 rows decode quickly. */
const columnsCodec = (event: string, names: readonly string[]) =>
  new t.Type<{ y: Float64Array; x: Float64Array[] }, unknown, unknown>(
    'a list of rows',
    (_u): _u is { y: Float64Array; x: Float64Array[] } => false,
    (u, c) => {
      if (!Array.isArray(u)) return t.failure(u, c, 'expected a list of rows (objects)')
      const n = u.length
      const y = new Float64Array(n)
      const x = names.map(() => new Float64Array(n))
      // Column by column first: one property name per loop keeps the lookups monomorphic (1.5 million
      // rows read in a fraction of the time row by row takes). Any bad value sends the rows through
      // the row-by-row pass below, which names the first one in row order.
      let fine = true
      for (let r = 0; r < n; r++) {
        const row = u[r] as Record<string, unknown> | null
        if (typeof row !== 'object' || row === null) {
          fine = false
          break
        }
        const ev = row[event]
        if (ev === 1 || ev === true) y[r] = 1
        else if (ev !== 0 && ev !== false) {
          fine = false
          break
        }
      }
      for (let k = 0; fine && k < names.length; k++) {
        const key = names[k]!
        const col = x[k]!
        for (let r = 0; r < n; r++) {
          const v = (u[r] as Record<string, unknown>)[key]
          if (typeof v !== 'number' || !Number.isFinite(v)) {
            fine = false
            break
          }
          col[r] = v
        }
      }
      if (fine) return t.success({ y, x })
      // Some value is bad: find the first one in row order to name it.
      for (let r = 0; r < n; r++) {
        const row = u[r] as Record<string, unknown> | null
        if (typeof row !== 'object' || row === null) return t.failure(row, t.appendContext(c, String(r), t.UnknownRecord, row), 'expected an object')
        const ev = row[event]
        if (ev !== 0 && ev !== 1 && ev !== true && ev !== false)
          return t.failure(ev, t.appendContext(t.appendContext(c, String(r), t.UnknownRecord, row), event, t.number, ev), `expected 0 or 1 (or false or true), got ${given(ev)}`)
        for (const key of names) {
          const v = row[key]
          if (typeof v !== 'number' || !Number.isFinite(v))
            return t.failure(
              v,
              t.appendContext(t.appendContext(c, String(r), t.UnknownRecord, row), key, t.number, v),
              `expected a finite number, got ${given(v)}`,
            )
        }
      }
      return t.failure(u, c, 'a value the column pass refused was not found row by row (a bug in coalitions; please report it)')
    },
    t.identity,
  )


/**
 * The most work one fit may take, rows × coefficients² (each scoring iteration sums that many
 * products): 1.5 million rows with 5 covariates are 5.4e7; past 5e8 (about 10 s of scoring) the fit
 * is `TooLarge`. Shared by `fitDiscreteHazard` (coalitions/defection) and `fitLogit` (coalitions/participation).
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { MAX_FIT_WORK } from 'coalitions/defection'
 *
 * assert.equal(MAX_FIT_WORK, 5e8)
 * ```
 *
 * @see McCullagh & Nelder, *Generalized Linear Models* (2nd ed., 1989), §2.5: Fisher scoring.
 * @since 0.2.0
 * @category estimation
 */
export const MAX_FIT_WORK = 5e8

/** dμ/dη for the link at η. */
const slopeOf = (link: BinomialLink, eta: number, mu: number): number => (link === 'cloglog' ? Math.exp(eta - Math.exp(eta)) : mu * (1 - mu))

/**
 * The one front of both fits (`fitDiscreteHazard`, `fitLogit`), after each has decoded its options:
 * no covariate twice, none named like the response or "intercept", every row's values checked, then
 * {@link fitBinomial}. `role` is what the options call the response ("event", "outcome").
 */
export const fitRows = (
  rows: unknown,
  spec: { readonly response: string; readonly role: string; readonly covariates: readonly string[]; readonly link: BinomialLink; readonly maxIterations: number },
  quantity: string,
): E.Either<CoalitionError, BinomialFit> => {
  const { response, role, covariates, link, maxIterations } = spec
  // The bound before the rows are read: a fit too large to finish is refused at once.
  if (Array.isArray(rows)) {
    const tooLarge = workProblem(rows.length, covariates.length + 1)
    if (tooLarge !== undefined) return E.left(tooLarge)
  }
  const dup = covariates.findIndex((c, k) => covariates.indexOf(c) !== k || c === 'intercept' || c === response)
  if (dup >= 0) return E.left(coalitionError('InvalidProblem', `options.covariates[${dup}]: "${covariates[dup]}" is repeated, or is the ${role} or "intercept"`))
  const cols = decodeWith(columnsCodec(response, covariates), 'rows')(rows)
  if (E.isLeft(cols)) return cols
  return fitBinomial(cols.right, covariates, link, maxIterations, { response, quantity })
}

/**
 * Fits `response ~ covariates` by Fisher scoring from R's starting values, so estimates and standard
 * errors agree with R's `glm(..., family = binomial(link))`. `response` names the 0/1 column and
 * `quantity` what its mean is ("hazard", "join probability") in messages.
 */
const fitBinomial = (
  columns: { readonly y: Float64Array; readonly x: readonly Float64Array[] },
  covariates: readonly string[],
  link: BinomialLink,
  maxIterations: number,
  words: { readonly response: string; readonly quantity: string },
): E.Either<CoalitionError, BinomialFit> => {
  const { y, x: raw } = columns
  const n = y.length
  const names = ['intercept', ...covariates]
  const p = names.length
  if (n < p) return E.left(coalitionError('InvalidProblem', `rows: ${n} ${n === 1 ? 'row' : 'rows'} cannot identify ${p} coefficients`))
  const events = y.reduce((s, v) => s + v, 0)
  if (events === 0 || events === n)
    return E.left(coalitionError('NotDefined', `rows: every ${words.response} is ${events === 0 ? 0 : 1}, so the ${words.quantity} is not identified (separation by the intercept)`))
  // Scoring runs on centred and scaled covariates, (x − mean)/sd: the fit is the same in exact
  // arithmetic, but a column like 1e6 + U(0, 1) no longer looks collinear with the intercept or stalls
  // the iterations. Estimates and covariances are mapped back to the user's units at the end.
  const centre = raw.map((col) => col.reduce((s, v) => s + v, 0) / Math.max(1, n))
  const spread = raw.map((col, k) => {
    let ss = 0
    for (let r = 0; r < n; r++) ss += (col[r]! - centre[k]!) ** 2
    return Math.sqrt(ss / Math.max(1, n))
  })
  // A column that never varies is the intercept again (checked exactly: the mean of a column of
  // 0.1s rounds, and its computed spread is 1e-17, not 0); one whose spread overflows cannot be scored.
  const constant = raw.findIndex((col) => col.every((v) => v === col[0]))
  if (constant >= 0)
    return E.left(coalitionError('InvalidProblem', `options.covariates[${constant}]: "${covariates[constant]}" is ${raw[constant]![0]} in every row, so its effect cannot be told from the intercept's; drop it`))
  const wide = spread.findIndex((sd) => !Number.isFinite(sd))
  if (wide >= 0)
    return E.left(coalitionError('InvalidProblem', `options.covariates[${wide}]: the values of "${covariates[wide]}" are too far apart for double precision (their squared deviations overflow); rescale it`))
  // A plain loop: Float64Array.from with a mapping function took 2.7 s on 1.5 million rows × 5.
  const x = raw.map((col, k) => {
    const out = new Float64Array(n)
    const m = centre[k]!
    const sd = spread[k]!
    for (let r = 0; r < n; r++) out[r] = (col[r]! - m) / sd
    return out
  })
  // β = T·β′ for the scaled fit β′: β_0 = β′_0 − Σ_k β′_k·mean_k/sd_k, β_k = β′_k/sd_k.
  const T: number[][] = Array.from({ length: raw.length + 1 }, (_, a) =>
    Array.from({ length: raw.length + 1 }, (_, b) => (a === 0 ? (b === 0 ? 1 : -centre[b - 1]! / spread[b - 1]!) : a === b ? 1 / spread[a - 1]! : 0)),
  )
  const original = (b: readonly number[]): number[] => T.map((row) => row.reduce((s, v, k) => s + v * b[k]!, 0))
  // Column j of the design: undefined for the intercept's ones (x[−1] is undefined).
  const column = (j: number): Float64Array | undefined => x[j - 1]

  // Collinearity: pivoted on the correlation form of X'X, in the given column order.
  const gram = (w: Float64Array | undefined): number[][] => {
    const A = Array.from({ length: p }, () => new Array<number>(p).fill(0))
    for (let a = 0; a < p; a++)
      for (let b = a; b < p; b++) {
        const ca = column(a)
        const cb = column(b)
        let s = 0
        for (let r = 0; r < n; r++) s += (w === undefined ? 1 : w[r]!) * (ca === undefined ? 1 : ca[r]!) * (cb === undefined ? 1 : cb[r]!)
        A[a]![b] = s
        A[b]![a] = s
      }
    return A
  }
  {
    const A = gram(undefined)
    const L = A.map((row) => [...row])
    for (let j = 0; j < p; j++) {
      let d = L[j]![j]!
      for (let k = 0; k < j; k++) d -= L[j]![k]! ** 2
      if (!(d > 1e-10 * A[j]![j]!))
        return E.left(
          coalitionError('InvalidProblem', `options.covariates: "${names[j]}" is (almost) a linear combination of ${names.slice(0, j).map((s) => `"${s}"`).join(', ')}; drop it or recode`),
        )
      L[j]![j] = Math.sqrt(d)
      for (let i = j + 1; i < p; i++) {
        let s = L[i]![j]!
        for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!
        L[i]![j] = s / L[j]![j]!
      }
    }
  }

  const eta = new Float64Array(n)
  const mu = new Float64Array(n)
  // R's starting values for binomial: μ = (y + ½)/2.
  for (let r = 0; r < n; r++) {
    mu[r] = (y[r]! + 0.5) / 2
    eta[r] = linkOf(link, mu[r]!)
  }
  const w = new Float64Array(n)
  const z = new Float64Array(n)
  // Neumaier-compensated, so that its rounding stays far below the stop rule's 1e-8 on millions of rows.
  const logLikOf = (): number => {
    let sum = 0
    let comp = 0
    for (let r = 0; r < n; r++) {
      const term = y[r] === 1 ? Math.log(mu[r]!) : Math.log1p(-mu[r]!)
      const next = sum + term
      comp += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum
      sum = next
    }
    return sum + comp
  }
  // X'WX and X'Wz pair by pair over the columns, each a tight loop over the rows with its sum in a
  // register: a third of the time of one pass that updated p(p+1)/2 cells of a table for every row.
  const cols: readonly (Float64Array | undefined)[] = [undefined, ...x]
  const weighted = new Float64Array(n)
  const normalEquations = (weights: Float64Array, response: Float64Array | undefined): { A: number[][]; rhs: number[] } => {
    const A = Array.from({ length: p }, () => new Array<number>(p).fill(0))
    const rhs = new Array<number>(p).fill(0)
    for (let a = 0; a < p; a++) {
      const ca = cols[a]
      if (ca === undefined) weighted.set(weights)
      else for (let r = 0; r < n; r++) weighted[r] = weights[r]! * ca[r]!
      if (response !== undefined) {
        let sz = 0
        for (let r = 0; r < n; r++) sz += weighted[r]! * response[r]!
        rhs[a] = sz
      }
      for (let b = a; b < p; b++) {
        const cb = cols[b]
        let sab = 0
        if (cb === undefined) for (let r = 0; r < n; r++) sab += weighted[r]!
        else for (let r = 0; r < n; r++) sab += weighted[r]! * cb[r]!
        A[a]![b] = sab
        A[b]![a] = sab
      }
    }
    return { A, rhs }
  }
  const setLinearPredictor = (beta: readonly number[]): void => {
    for (let r = 0; r < n; r++) {
      let e = beta[0]!
      for (let k = 1; k < p; k++) e += beta[k]! * x[k - 1]![r]!
      eta[r] = e
      mu[r] = inverseLink(link, e)
    }
  }
  // Newton–Raphson on the cloglog log-likelihood: score Σ (y − μ)·g·x and observed information
  // Σ (w − (y − μ)·g′)·x·xᵀ, with g = dμ/dη / V(μ) = t / (1 − e^{−t}) for t = e^η and
  // g′ = t·(1 − (1 + t)e^{−t}) / (1 − e^{−t})². Stops when the largest step is below 1e-10 of the
  // estimates (far above the rounding of sums over millions of rows); if the information is not
  // positive definite or a step would lower the likelihood, the estimates so far are kept.
  const newtonPolish = (start: readonly number[], startLl: number): { beta: number[]; ll: number } => {
    let b = [...start]
    let current = startLl
    const o = new Float64Array(n)
    const u = new Float64Array(n)
    for (let k = 0; k < 30; k++) {
      for (let r = 0; r < n; r++) {
        const t = Math.exp(eta[r]!)
        const a = -Math.expm1(-t)
        // 1 − (1 + t)e^{−t} = a − t·e^{−t}: for small t the difference (about t²/2) keeps an error of
        // about 1e-16·t, which only shapes the Newton step; the score, not the step, fixes the estimates.
        const rest = a - t * Math.exp(-t)
        const g = a > 0 ? t / a : 1
        const gPrime = a > 0 ? (t * rest) / (a * a) : 0
        const d = slopeOf('cloglog', eta[r]!, mu[r]!)
        const resid = y[r]! - mu[r]!
        u[r] = resid * g
        o[r] = d * g - resid * gPrime
      }
      const H = normalEquations(o, undefined).A
      const Hinv = invert(H)
      if (Hinv === undefined || H.some((row, i) => !(row[i]! > 0))) break
      const score = new Array<number>(p).fill(0)
      for (let r = 0; r < n; r++) {
        score[0] = score[0]! + u[r]!
        for (let j = 1; j < p; j++) score[j] = score[j]! + u[r]! * x[j - 1]![r]!
      }
      const step = Hinv.map((row) => row.reduce((s, v, j) => s + v * score[j]!, 0))
      // Settled already (the usual case on large data): the estimates stand as they are.
      if (step.every((sj, j) => Math.abs(sj) <= 1e-10 * (Math.abs(b[j]!) + 1))) break
      const next = b.map((v, j) => v + step[j]!)
      setLinearPredictor(next)
      const nextLl = logLikOf()
      if (!(nextLl >= current - 1e-12 * (Math.abs(current) + 0.1))) {
        setLinearPredictor(b)
        break
      }
      b = next
      current = nextLl
      if (step.every((sj, j) => Math.abs(sj) <= 1e-10 * (Math.abs(next[j]!) + 1))) break
    }
    return { beta: b, ll: current }
  }
  let beta = new Array<number>(p).fill(0)
  // The deviance of a 0/1 response is −2·logLik. R's glm stops when it changes by less than 1e-8 of
  // itself (|Δdev| / (|dev| + 0.1)); a stricter rule falls below the rounding of sums over millions
  // of rows, and then whether the fit "converges" depends on the order of the rows.
  let previous = Number.NaN
  let inverse: number[][] | undefined
  for (let iter = 1; iter <= maxIterations; iter++) {
    for (let r = 0; r < n; r++) {
      const d = slopeOf(link, eta[r]!, mu[r]!)
      const v = mu[r]! * (1 - mu[r]!)
      w[r] = v > 0 ? (d * d) / v : 0
      z[r] = eta[r]! + (d > 0 ? (y[r]! - mu[r]!) / d : 0)
    }
    const { A, rhs } = normalEquations(w, z)
    inverse = invert(A)
    if (inverse === undefined) break
    let next = inverse.map((row) => row.reduce((s, v, b) => s + v * rhs[b]!, 0))
    setLinearPredictor(next)
    let ll = logLikOf()
    // Step halving when the deviance rises (or the step leaves the link's range): back towards the
    // previous estimates until it falls, as R's glm.fit does for an invalid step.
    let halved = false
    for (let halving = 0; iter > 1 && !(ll >= previous - 1e-8 * (Math.abs(previous) + 0.1)) && halving < 30; halving++) {
      next = next.map((b, k) => (b + beta[k]!) / 2)
      setLinearPredictor(next)
      ll = logLikOf()
      halved = true
    }
    beta = next
    // A halved step moves the deviance little because it is short, not because the fit has settled:
    // only a full step may stop the iterations.
    if (iter > 1 && !halved && Math.abs(-2 * ll - -2 * previous) < 1e-8 * (Math.abs(-2 * ll) + 0.1)) {
      // R's rule stops Fisher scoring on the cloglog link, which converges only linearly, while the
      // estimates may still move in the fifth digit (rate 0.98 on small near-separated data). Newton
      // steps on the observed information finish the climb (on the logit link the two coincide).
      if (link === 'cloglog') {
        const polished = newtonPolish(beta, ll)
        beta = polished.beta
        ll = polished.ll
      }
      // Standard errors from the information at the estimates.
      for (let r = 0; r < n; r++) {
        const d = slopeOf(link, eta[r]!, mu[r]!)
        const v = mu[r]! * (1 - mu[r]!)
        w[r] = v > 0 ? (d * d) / v : 0
      }
      const cov = invert(normalEquations(w, undefined).A)
      let extreme = 0
      for (let r = 0; r < n; r++) if (mu[r]! < 1e-10 || mu[r]! > 1 - 1e-10) extreme++
      if (cov === undefined || extreme > 0)
        return E.left(separation(names, beta, original(beta)))
      // Var(β) = T·Var(β′)·Tᵀ: only the diagonal is reported.
      const variance = T.map((row) => row.reduce((s, ta, a) => s + ta * row.reduce((u, tb, b) => u + cov[a]![b]! * tb, 0), 0))
      const estimates = original(beta)
      return E.right({
        coefficients: Object.fromEntries(names.map((nm, k) => [nm, estimates[k]!])),
        standardErrors: Object.fromEntries(names.map((nm, k) => [nm, Math.sqrt(variance[k]!)])),
        logLik: ll,
        converged: true,
        iterations: iter,
        n,
      })
    }
    previous = ll
  }
  let extreme = 0
  for (let r = 0; r < n; r++) if (!(mu[r]! > 1e-10 && mu[r]! < 1 - 1e-10)) extreme++
  if (extreme > 0 || inverse === undefined) return E.left(separation(names, beta, original(beta)))
  return E.left(coalitionError('NoConvergence', `the fit did not converge in ${maxIterations} ${maxIterations === 1 ? 'iteration' : 'iterations'}; raise options.maxIterations or rescale the covariates`))
}

const workProblem = (n: number, p: number): CoalitionError | undefined =>
  n * p * p > MAX_FIT_WORK
    ? coalitionError(
        'TooLarge',
        `options.covariates: ${n.toLocaleString('en-US')} rows × ${p} coefficients² is ${(n * p * p).toLocaleString('en-US')} products per iteration, more than ${MAX_FIT_WORK.toLocaleString('en-US')}; use fewer covariates (at most ${Math.max(0, Math.floor(Math.sqrt(MAX_FIT_WORK / n)) - 1)} with these rows) or a sample of the rows`,
      )
    : undefined

/**
 * The separation error, naming the covariate whose estimate runs off furthest: the largest on the
 * scaled columns (an effect per standard deviation, so a covariate in thousands is not hidden by
 * its small per-unit slope), reported in the user's units. Separation needs a covariate, so p ≥ 2.
 */
const separation = (names: readonly string[], scaled: readonly number[], estimates: readonly number[]): CoalitionError => {
  let k = 1
  for (let j = 2; j < scaled.length; j++) if (Math.abs(scaled[j]!) > Math.abs(scaled[k]!)) k = j
  return coalitionError(
    'NotDefined',
    `separation: fitted probabilities reach 0 or 1, so some estimates are infinite (the largest is "${names[k]}", at ${estimates[k]} per unit); the outcomes are perfectly predicted by the covariates`,
  )
}
