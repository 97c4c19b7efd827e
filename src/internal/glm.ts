// Binomial GLMs fitted by Fisher scoring (IRLS), shared by the hazard fit and the participation fit.
import * as t from 'io-ts'
import { either as E } from 'fp-ts'
import { coalitionError, type CoalitionError } from '../core/CoalitionError.js'
import { inverseLink, linkOf, type BinomialLink } from './link.js'
import { invert } from './math.js'

/** A fitted binomial GLM (documented where it is exported: `HazardFit`, `LogitFit`). */
export type BinomialFit = { readonly coefficients: Record<string, number>; readonly standardErrors: Record<string, number>; readonly logLik: number; readonly converged: true; readonly iterations: number; readonly n: number }

/** Reads the columns out of the rows, checking each value; one pass, so 100,000 rows decode quickly. */
export const columnsCodec = (event: string, names: readonly string[]) =>
  new t.Type<{ y: Float64Array; x: Float64Array[] }, unknown, unknown>(
    'a list of rows',
    (_u): _u is { y: Float64Array; x: Float64Array[] } => false,
    (u, c) => {
      if (!Array.isArray(u)) return t.failure(u, c, 'expected a list of rows (objects)')
      const n = u.length
      const y = new Float64Array(n)
      const x = names.map(() => new Float64Array(n))
      for (let r = 0; r < n; r++) {
        const row = u[r] as Record<string, unknown> | null
        if (typeof row !== 'object' || row === null) return t.failure(row, t.appendContext(c, String(r), t.UnknownRecord, row), 'expected an object')
        const ev = row[event]
        if (ev !== 0 && ev !== 1 && ev !== true && ev !== false)
          return t.failure(ev, t.appendContext(t.appendContext(c, String(r), t.UnknownRecord, row), event, t.number, ev), `expected 0 or 1, got ${JSON.stringify(ev) ?? 'nothing'}`)
        y[r] = ev === 1 || ev === true ? 1 : 0
        for (let k = 0; k < names.length; k++) {
          const v = row[names[k]!]
          if (typeof v !== 'number' || !Number.isFinite(v))
            return t.failure(
              v,
              t.appendContext(t.appendContext(c, String(r), t.UnknownRecord, row), names[k]!, t.number, v),
              `expected a finite number, got ${v === undefined ? 'nothing (missing)' : typeof v === 'number' ? String(v) : JSON.stringify(v)}`,
            )
          x[k]![r] = v
        }
      }
      return t.success({ y, x })
    },
    t.identity,
  )


/** dμ/dη for the link at η. */
const slopeOf = (link: BinomialLink, eta: number, mu: number): number => (link === 'cloglog' ? Math.exp(eta - Math.exp(eta)) : mu * (1 - mu))

/**
 * Fits `response ~ covariates` by Fisher scoring from R's starting values, so estimates and standard
 * errors agree with R's `glm(..., family = binomial(link))`. `response` names the 0/1 column and
 * `quantity` what its mean is ("hazard", "join probability") in messages.
 */
export const fitBinomial = (
  columns: { readonly y: Float64Array; readonly x: readonly Float64Array[] },
  covariates: readonly string[],
  link: BinomialLink,
  maxIterations: number,
  words: { readonly response: string; readonly quantity: string },
): E.Either<CoalitionError, BinomialFit> => {
  const { y, x } = columns
  const n = y.length
  const names = ['intercept', ...covariates]
  const p = names.length
  if (n < p) return E.left(coalitionError('InvalidProblem', `rows: ${n} rows cannot identify ${p} coefficients`))
  const events = y.reduce((s, v) => s + v, 0)
  if (events === 0 || events === n)
    return E.left(coalitionError('NotDefined', `rows: every ${words.response} is ${events === 0 ? 0 : 1}, so the ${words.quantity} is not identified (separation by the intercept)`))
  const column = (j: number): Float64Array | undefined => (j === 0 ? undefined : x[j - 1])

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
  const logLikOf = (): number => {
    let s = 0
    for (let r = 0; r < n; r++) s += y[r] === 1 ? Math.log(mu[r]!) : Math.log1p(-mu[r]!)
    return s
  }
  let beta = new Array<number>(p).fill(0)
  let previous = -Infinity
  let inverse: number[][] | undefined
  for (let iter = 1; iter <= maxIterations; iter++) {
    for (let r = 0; r < n; r++) {
      const d = slopeOf(link, eta[r]!, mu[r]!)
      const v = mu[r]! * (1 - mu[r]!)
      w[r] = v > 0 ? (d * d) / v : 0
      z[r] = eta[r]! + (d > 0 ? (y[r]! - mu[r]!) / d : 0)
    }
    const A = gram(w)
    inverse = invert(A)
    if (inverse === undefined) break
    const rhs = names.map((_, a) => {
      const ca = column(a)
      let s = 0
      for (let r = 0; r < n; r++) s += w[r]! * z[r]! * (ca === undefined ? 1 : ca[r]!)
      return s
    })
    const next = inverse.map((row) => row.reduce((s, v, b) => s + v * rhs[b]!, 0))
    for (let r = 0; r < n; r++) {
      let e = next[0]!
      for (let k = 1; k < p; k++) e += next[k]! * x[k - 1]![r]!
      eta[r] = e
      mu[r] = inverseLink(link, e)
    }
    const change = Math.max(...next.map((b, k) => Math.abs(b - beta[k]!) / Math.max(1, Math.abs(b))))
    beta = next
    const ll = logLikOf()
    if (Math.abs(ll - previous) <= 1e-13 * (Math.abs(ll) + 0.1) && change < 1e-9) {
      // Standard errors from the information at the estimates.
      for (let r = 0; r < n; r++) {
        const d = slopeOf(link, eta[r]!, mu[r]!)
        const v = mu[r]! * (1 - mu[r]!)
        w[r] = v > 0 ? (d * d) / v : 0
      }
      const cov = invert(gram(w))
      let extreme = 0
      for (let r = 0; r < n; r++) if (mu[r]! < 1e-10 || mu[r]! > 1 - 1e-10) extreme++
      if (cov === undefined || extreme > 0)
        return E.left(separation(names, beta))
      return E.right({
        coefficients: Object.fromEntries(names.map((nm, k) => [nm, beta[k]!])),
        standardErrors: Object.fromEntries(names.map((nm, k) => [nm, Math.sqrt(cov[k]![k]!)])),
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
  if (extreme > 0 || inverse === undefined) return E.left(separation(names, beta))
  return E.left(coalitionError('NoConvergence', `the fit did not converge in ${maxIterations} iterations; raise options.maxIterations or rescale the covariates`))
}

const separation = (names: readonly string[], beta: readonly number[]): CoalitionError => {
  let k = 1
  for (let j = 1; j < beta.length; j++) if (Math.abs(beta[j]!) > Math.abs(beta[k] ?? 0)) k = j
  return coalitionError(
    'NotDefined',
    `separation: fitted probabilities reach 0 or 1, so some estimates are infinite (the largest is "${names[k] ?? names[0]}", at ${beta[k] ?? beta[0]}); the outcomes are perfectly predicted by the covariates`,
  )
}
