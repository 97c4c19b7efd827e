// The nucleolus on hard generated games, checked by a certificate independent of the solver: no
// transfer between two players makes the sorted excess vector lexicographically smaller (the
// nucleolus is its unique lexicographic minimum), and Kohlberg's check rejects every such moved point.
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { loadLpSolver, nucleolus, nucleolusReport, prenucleolus, type Game } from '../../src/games/index.js'
import { kohlbergViolation } from '../../src/internal/kohlberg.js'
import { hardGames, majority, securityCouncil } from '../fixtures/hardGames.js'

const lp = await loadLpSolver()

/** The excesses v(S) − x(S) of the proper non-empty coalitions, largest first. */
const sortedExcesses = (g: Game, x: readonly number[]): number[] => {
  const out: number[] = []
  for (let m = 1; m < g.values.length - 1; m++) {
    let paid = 0
    for (let i = 0; i < g.n; i++) if ((m >>> i) & 1) paid += x[i]!
    out.push(g.values[m]! - paid)
  }
  return out.sort((a, b) => b - a)
}

/** −1 when a is lexicographically smaller than b by more than tol at the first difference, 1 when larger, 0 when equal within tol. */
const compare = (a: readonly number[], b: readonly number[], tol: number): number => {
  for (let k = 0; k < a.length; k++) {
    if (a[k]! < b[k]! - tol) return -1
    if (a[k]! > b[k]! + tol) return 1
  }
  return 0
}

// Transfers of δ from player j to player i, for every ordered pair and two sizes of δ.
const transfers = (g: Game, x: readonly number[], imputation: boolean): number[][] => {
  const scale = Math.max(1, ...g.values.map(Math.abs))
  const out: number[][] = []
  for (const delta of [1e-3 * scale, 1e-1 * scale])
    for (let i = 0; i < g.n; i++)
      for (let j = 0; j < g.n; j++) {
        if (i === j) continue
        const y = [...x]
        y[i] = y[i]! + delta
        y[j] = y[j]! - delta
        if (!imputation || y[j]! >= g.values[1 << j]!) out.push(y)
      }
  return out
}

const certify = (g: Game, x: readonly number[], imputation: boolean): void => {
  const scale = Math.max(1, ...g.values.map(Math.abs))
  const tol = 1e-7 * scale
  const mine = sortedExcesses(g, x)
  for (const y of transfers(g, x, imputation)) {
    // No transfer improves the sorted excesses…
    expect(compare(sortedExcesses(g, y), mine, tol)).toBe(1)
    // …and Kohlberg's check refuses every moved point (the nucleolus is unique).
    expect(kohlbergViolation(lp, g, Float64Array.from(y), imputation)).not.toBeUndefined()
  }
}

describe('the nucleolus on the hard families, n = 3..12, five seeds each (165 games)', () => {
  for (const [family, make] of Object.entries(hardGames))
    it(`${family}: an imputation no pairwise transfer improves, for the nucleolus and the prenucleolus`, () => {
      for (let n = 3; n <= 12; n++)
        for (let seed = 1; seed <= (n <= 9 ? 5 : 2); seed++) {
          const g = make(n, seed)
          const nu = nucleolus(lp)(g)
          const pre = prenucleolus(lp)(g)
          if (E.isLeft(nu) || E.isLeft(pre)) throw new Error(`${family} n = ${n} seed ${seed}: ${E.isLeft(nu) ? nu.left.message : ''}`)
          certify(g, nu.right, true)
          certify(g, pre.right, false)
        }
    }, 60_000)
})

describe('published and symmetric cases', () => {
  it('the UN Security Council: 0.2 to each permanent member, 0 to the elected', () => {
    const nu = nucleolus(lp)(securityCouncil())
    expect(E.isRight(nu)).toBe(true)
    if (E.isRight(nu)) nu.right.forEach((x, i) => expect(Math.abs(x - (i < 5 ? 0.2 : 0))).toBeLessThan(1e-9))
  })
  it('symmetric majority games up to 16 players: 1/n each (it took 8 s at n = 16)', () => {
    for (const n of [5, 8, 11, 16]) {
      const nu = nucleolus(lp)(majority(n))
      expect(E.isRight(nu) && nu.right.every((x) => Math.abs(x - 1 / n) < 1e-9)).toBe(true)
    }
  })
})

describe('nucleolusReport', () => {
  it('gives the nucleolus (or prenucleolus) itself, its stages labelled, the LPs and scans, and the certificate', () => {
    const g = hardGames.perSize(8, 3)
    for (const pre of [false, true]) {
      const r = nucleolusReport(lp, { prenucleolus: pre })(g)
      if (E.isLeft(r)) throw new Error(r.left.message)
      expect(r.right.allocation).toEqual(E.getOrElse((): number[] => [])((pre ? prenucleolus : nucleolus)(lp)(g)))
      expect(r.right.lpSolves).toBeGreaterThanOrEqual(r.right.stages.length)
      expect(r.right.scans).toBeGreaterThanOrEqual(r.right.lpSolves)
      // Kohlberg's levels stop once the collection spans R^n: at least n coalitions, one LP per level.
      expect(r.right.certificate.coalitions).toBeGreaterThanOrEqual(g.n - 1)
      expect(r.right.certificate.levels).toBeGreaterThanOrEqual(1)
      // Every fixed coalition is at its stage's level: v(S) − x(S) = ε.
      for (const st of r.right.stages)
        for (const S of st.fixed) {
          const m = S.reduce((mask, p) => mask | (1 << g.players.indexOf(p)), 0)
          const paid = S.reduce((sum, p) => sum + r.right.allocation[g.players.indexOf(p)]!, 0)
          expect(Math.abs(g.values[m]! - paid - st.epsilon)).toBeLessThan(1e-6)
        }
    }
  })
  it('unknown or mistyped options are a DecodeError naming them', () => {
    const g = hardGames.flat(4, 1)
    const a = nucleolusReport(lp, { prenucleolos: true } as never)(g)
    expect(E.isLeft(a) && a.left.message).toMatch(/^nucleolusReport: options\.prenucleolos: unknown key; did you mean prenucleolus\?/)
    const b = nucleolusReport(lp, { prenucleolus: 'yes' } as never)(g)
    expect(E.isLeft(b) && b.left.message).toBe('nucleolusReport: options.prenucleolus: expected true or false, got the string "yes"')
  })
})
