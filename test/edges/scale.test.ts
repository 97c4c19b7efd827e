// Edges of scale (long arrays, worths near the largest double): each case threw or gave NaN before.
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { jointProduct, olsonZeckhauser, quasiLinearPublicGood } from '../../src/burden/index.js'
import { banzhaf, banzhafNormalized, banzhafRaw, costNucleolus, decodeGame, gameFromFunction, harsanyiDividends, isConvex, isInCore, leastCore, loadLpSolver, makeGame, MAX_SAMPLE_EVALUATIONS, nucleolus, prenucleolus, savingsGame, shapley, shapleySample, tauValue } from '../../src/games/index.js'
import { MAX_PROPOSERS, nashBargaining, nashBargainingTU, rotatingProposer } from '../../src/bargaining/index.js'
import { allocatePayments } from '../../src/participation/index.js'
import { lindahl } from '../../src/burden/index.js'
import { retentionPayment } from '../../src/defection/index.js'
import { weightedVotingGame } from '../../src/voting/index.js'
import { bargainPayment, recruit } from '../../src/recruitment/index.js'
import { makeRng } from '../../src/internal/random.js'
import { adjustedProportional, claimsProblem, proportional } from '../../src/claims/index.js'

const lp = await loadLpSolver()
const long = 130_000

describe('long inputs do not overflow the call stack (Math.max(...xs) threw a RangeError past ~100,000 elements)', () => {
  it('olsonZeckhauser, jointProduct and quasiLinearPublicGood with 130,000 allies', () => {
    // Equal incomes: every ally contributes the same, and the total is the single-ally optimum.
    const oz = olsonZeckhauser({ incomes: Array<number>(long).fill(1), alpha: 0.5 })
    expect(E.isRight(oz)).toBe(true)
    expect(E.isRight(jointProduct({ incomes: Array<number>(long).fill(1), alpha: 0.4, beta: 0.1 }))).toBe(true)
    // Quasi-linear: only the ally with the highest valuation contributes, and it is the last one here.
    const valuations = Array.from({ length: long }, (_, i) => 1 + i / long)
    const q = quasiLinearPublicGood({ valuations })
    expect(E.isRight(q) && q.right.contributions.filter((c) => c > 0).length).toBe(1)
    expect(E.isRight(q) && q.right.contributions[long - 1]).toBeGreaterThan(0)
  })
  it('a weighted council of 130,000 members with decimal weights is decided (no RangeError)', () => {
    const weights = Array.from({ length: long }, (_, i) => (i % 3) + 0.5)
    const g = weightedVotingGame({ quota: { share: 0.5 }, weights })
    expect(E.isRight(g) && g.right.players.length).toBe(long)
  })
})

describe('worths near the largest double', () => {
  // v(12) = 1.5e308: the power-of-two rescale overflowed to Infinity and the nucleolus was [NaN, NaN].
  const huge = makeGame([0, 0, 0, 1.5e308])
  it('nucleolus and prenucleolus split 1.5e308 equally between two symmetric players, finite', () => {
    for (const solve of [nucleolus, prenucleolus]) {
      const x = E.flatMap(solve(lp))(huge)
      expect(x).toEqual(E.right([0.75e308, 0.75e308]))
    }
  })
  it('the least core of the same game is finite', () => {
    const r = E.flatMap(leastCore(lp))(huge)
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) expect(JSON.stringify(r.right)).not.toMatch(/null|NaN|Infinity/)
  })
})

describe('recruit from plain JavaScript', () => {
  const problem = {
    pivotal: { budget: 100, costPerSoldier: 10 },
    requirements: { troops: 5 },
    candidates: [{ name: 'A', troops: 5, deploymentCost: 20, ownBenefit: 0 }],
  }
  it.each([
    [null, 'options: expected an object { timeLimitSeconds? }, got null'],
    [{ timeLimitSeconds: -1 }, 'options.timeLimitSeconds: expected a number of seconds above 0, got -1'],
    [{ timeLimitSeconds: '5' }, 'options.timeLimitSeconds: expected a number of seconds above 0, got the string "5"'],
    [{ timeLimit: 1 }, 'options.timeLimit: unknown key; did you mean timeLimitSeconds?'],
    [{ timeLimitSeconds: 0 }, 'options.timeLimitSeconds: expected a number of seconds above 0, got 0'],
    [{ timeLimitSeconds: Infinity }, 'options.timeLimitSeconds: expected a number of seconds above 0, got Infinity'],
    [{ timeLimitSeconds: NaN }, 'options.timeLimitSeconds: expected a number of seconds above 0, got NaN'],
  ])('options %j are a DecodeError, not a throw', (options, message) => {
    const r = recruit(lp, options as never)(problem)
    expect(E.isLeft(r) && r.left._tag).toBe('DecodeError')
    expect(E.isLeft(r) && r.left.message).toBe(message)
  })
  it('20,000 calls with bad options leave the WebAssembly heap where it was (each leaked a HiGHS model)', () => {
    recruit(lp)(problem)
    const before = process.memoryUsage().arrayBuffers
    for (let i = 0; i < 20_000; i++) recruit(lp, { timeLimitSeconds: -1 })(problem)
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 2 ** 20)
    expect(E.isRight(recruit(lp)(problem))).toBe(true)
  })
})

describe('seeds', () => {
  it.each([
    [1, 2 ** 32],
    [0, -1],
    [5, 5 + 2 ** 40],
    [-2, 2 ** 32 - 2],
  ])('seeds %d and %d give different streams (they gave the same one)', (a, b) => {
    const draw = (seed: number) => {
      const rng = makeRng(seed)
      return Array.from({ length: 4 }, () => rng.u32())
    }
    expect(draw(a)).not.toEqual(draw(b))
    expect(draw(a)).toEqual(draw(a))
  })
})

describe('messages stay readable for huge bad inputs', () => {
  // The time (it built a 53 MB message in 13.6 s) is measured in bench/maximums.bench.ts, not here.
  it('a million bad claims: the first 20 failures and a count, not a line for each', () => {
    const r = claimsProblem({ estate: 1, claims: Array(1_000_000).fill('x') as never })
    expect(E.isLeft(r) && r.left._tag).toBe('DecodeError')
    const lines = E.isLeft(r) ? r.left.message.split('\n') : []
    expect(lines).toHaveLength(21)
    expect(lines[0]).toBe('claims[0]: expected a finite number ≥ 0, got the string "x"')
    expect(lines[20]).toBe('… and 999,980 more')
  })
})

describe('shapleySample is bounded', () => {
  it.each([
    [{ samples: 2 ** 31, seed: 1 }, 10, /^options\.samples: 2,147,483,648 orders of 10 players are 21,474,836,480 worth evaluations, more than the 100,000,000 one call makes; draw at most 10,000,000 orders here/],
    [{ samples: 2, seed: 1 }, 1e8, /^n: 100,000,000 players; shapleySample holds a few numbers per player and takes at most 1,000,000$/],
  ])('%j with %d players is TooLarge at once (it hung or ran out of memory)', (options, n, message) => {
    const t0 = performance.now()
    const r = shapleySample(options)({ n, worth: (S) => S.length })
    expect(performance.now() - t0).toBeLessThan(1000)
    expect(E.isLeft(r) && r.left._tag).toBe('TooLarge')
    expect(E.isLeft(r) && r.left.message).toMatch(message)
  })
  it('within the bound it runs: 100 orders of 1,000 players', () => {
    expect(MAX_SAMPLE_EVALUATIONS).toBe(1e8)
    const r = shapleySample({ samples: 100, seed: 1 })({ n: 1000, worth: (S) => S.length })
    // An additive game: every marginal contribution is 1, with no spread.
    expect(E.isRight(r) && r.right.values.every((v) => v === 1)).toBe(true)
  })
})

describe('values no message can print, and extreme weights', () => {
  it('a bigint worth, a worth table that contains itself, and a worth function returning an object without a prototype are Lefts (each threw a TypeError)', () => {
    const big = decodeGame({ players: ['A'], worth: { A: 1n } } as never)
    expect(E.isLeft(big) && big.left.message).toBe('worth["A"]: expected a finite number, got 1n')
    const cyclic: Record<string, unknown> = { A: 1 }
    cyclic['self'] = cyclic
    const c = decodeGame({ players: ['A'], worth: cyclic } as never)
    expect(E.isLeft(c) && c.left.message).toMatch(/^worth\["self"\]: expected a finite number, got an object that cannot be printed/)
    const bare = gameFromFunction(2, () => Object.create(null))
    expect(E.isLeft(bare) && bare.left._tag).toBe('InvalidGame')
    const thrown = gameFromFunction(2, () => {
      throw Object.create(null)
    })
    expect(E.isLeft(thrown) && thrown.left._tag).toBe('InvalidGame')
  })
  it('Nash bargaining with weights 1e16 : 1 on splitting a dollar gives player 1 all but 1e-16 (it gave [0, 1])', () => {
    const r = nashBargaining({ disagreement: [0, 0], outcomes: [[1, 0], [0, 1]], weights: [1e16, 1] })
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      // The exact split is 1e16/(1e16 + 1) and 1/(1e16 + 1).
      expect(Math.abs(r.right[0] - 1)).toBeLessThan(1e-15)
      expect(Math.abs(r.right[1] - 1e-16) / 1e-16).toBeLessThan(0.2)
    }
  })
  it('the Nash solution is a fresh pair, never one of the caller\'s vertex arrays', () => {
    const corner: [number, number] = [2, 2]
    const r = nashBargaining({ disagreement: [0, 0], outcomes: [corner, [0, 1], [1, 0]] })
    expect(r).toEqual(E.right([2, 2]))
    if (E.isRight(r)) expect(r.right).not.toBe(corner)
  })
})

describe('recruit with a partner far larger than the requirement', () => {
  it('a partner bringing 1e300 troops for $20 is recruited instead of sending 5 soldiers at $692,325 (the requirement fell below the solver tolerance)', () => {
    const r = recruit(lp)({ pivotal: { budget: 100 }, requirements: { troops: 5 }, candidates: [{ name: 'A', troops: 1e300, deploymentCost: 20, ownBenefit: 0 }] })
    expect(E.isRight(r) && r.right.members.map((m) => m.name)).toEqual(['A'])
    expect(E.isRight(r) && r.right.totalCost).toBe(20)
    expect(E.isRight(r) && r.right.ownTroops).toBe(0)
  })
})

describe('homogeneous solutions near the largest double (intermediate sums overflowed to NaN)', () => {
  // Exact values by hand from the definitions; worths are exact in binary, so the results are too.
  const close = (got: readonly number[], want: readonly number[]) =>
    got.forEach((x, i) => expect(Math.abs(x - want[i]!)).toBeLessThanOrEqual(1e-15 * Math.abs(want[i]!)))
  const big = makeGame([0, 1e308, 1e308, 1e308])
  const mixed = makeGame([0, -1e308, -0.5e308, 1e308])
  it('shapley: ½v(1) + ½(v(12) − v(2)) = 2.5e307 and ½v(2) + ½(v(12) − v(1)) = 7.5e307, though v(12) − v(1) = 2e308 is beyond the doubles', () => {
    close(E.isRight(mixed) ? shapley(mixed.right) : [], [2.5e307, 7.5e307])
  })
  it('banzhaf, banzhafNormalized and tauValue of [0, 1e308, 1e308, 1e308]: 5e307 each', () => {
    if (E.isLeft(big)) throw new Error('game')
    close(banzhaf(big.right), [5e307, 5e307])
    const normalized = banzhafNormalized(big.right)
    close(E.isRight(normalized) ? normalized.right : [], [5e307, 5e307])
    const tau = tauValue(big.right)
    close(E.isRight(tau) ? tau.right : [], [5e307, 5e307])
  })
  it('proportional and adjusted proportional dividing 1.5e308 between two claims of 1e308: 7.5e307 each', () => {
    const p = claimsProblem({ estate: 1.5e308, claims: [1e308, 1e308] })
    if (E.isLeft(p)) throw new Error(p.left.message)
    close(proportional(p.right), [7.5e307, 7.5e307])
    close(adjustedProportional(p.right), [7.5e307, 7.5e307])
  })
  it('nashBargainingTU with weights 1e308 : 1e308 splits the gain equally ([6, 4]; it gave [2, 0])', () => {
    expect(nashBargainingTU({ surplus: 10, disagreement: [2, 0], weights: [1e308, 1e308] })).toEqual(E.right([6, 4]))
  })
  it('ordinary worths are not rescaled: results are bit-identical to the unscaled computation', () => {
    const g = makeGame([0, 1, 2, 4, 3, 5, 6, 11])
    if (E.isLeft(g)) throw new Error('game')
    const twice = makeGame(g.right.values.map((v) => v * 2 ** 800))
    if (E.isLeft(twice)) throw new Error('game')
    expect(shapley(twice.right)).toEqual(shapley(g.right).map((x) => x * 2 ** 800))
  })
})

describe('a Game that no constructor made is refused, never computed on', () => {
  const glove = makeGame([0, 0, 0, 1, 0, 1, 0, 1])
  if (E.isLeft(glove)) throw new Error('glove')
  // A JSON round trip turns the Float64Array into a plain object of numbers.
  const copy = JSON.parse(JSON.stringify(glove.right)) as never
  const message = (name: string) => `${name}: expected a Game made by makeGame, decodeGame or gameFromFunction, got an object with values that no constructor of coalitions made (a JSON copy or a look-alike); pass the table through makeGame or decodeGame first`
  it.each([
    ['shapley', () => shapley(copy)],
    ['banzhaf', () => banzhaf(copy)],
    ['isConvex', () => isConvex(copy)],
    ['harsanyiDividends', () => harsanyiDividends(copy)],
  ])('%s throws a TypeError that names it (banzhaf gave [1.5, 1, 1] and isConvex true for the glove game)', (name, f) => {
    expect(f).toThrow(new TypeError(message(name)))
  })
  it.each([
    ['tauValue', () => tauValue(copy)],
    ['banzhafNormalized', () => banzhafNormalized(copy)],
    ['nucleolus', () => nucleolus(lp)(copy)],
    ['leastCore', () => leastCore(lp)(copy)],
    ['isInCore', () => isInCore(copy, [1, 0, 0])],
  ])('%s returns a DecodeError that names it (tauValue gave NaN)', (name, f) => {
    const r = f() as E.Either<{ _tag: string; message: string }, unknown>
    expect(E.isLeft(r) && r.left).toEqual(expect.objectContaining({ _tag: 'DecodeError', message: message(name) }))
  })
  it('undefined and null say what they are', () => {
    expect(() => shapley(undefined as never)).toThrow(/^shapley: expected a Game made by makeGame, decodeGame or gameFromFunction, got nothing;/)
    const r = nucleolus(lp)(null as never)
    expect(E.isLeft(r) && r.left.message).toMatch(/^nucleolus: expected a Game .* got null;/)
  })
  it('the games the library builds itself are recognised (savings game, cost nucleolus, a game from a council)', () => {
    const cost = makeGame([0, 2, 3, 4, 4, 5, 6, 7])
    if (E.isLeft(cost)) throw new Error('cost')
    expect(E.isRight(costNucleolus(lp)(cost.right))).toBe(true)
    const savings = savingsGame(cost.right)
    expect(E.isRight(savings) && isConvex(savings.right)).toBe(true)
  })
})

describe('quadratic and cubic work is bounded', () => {
  it('allocatePayments finds a repeated name among 40,000 candidates in a single pass (comparing every pair took 16.5 s)', () => {
    const candidates = Array.from({ length: 40_000 }, (_, i) => ({ name: `P${i}`, probability: 0.5, paymentEffect: 0 }))
    candidates.push({ name: 'P17', probability: 0.5, paymentEffect: 0 })
    const t0 = performance.now()
    const r = allocatePayments({ budget: 1, requirement: { size: 2 }, candidates })
    expect(performance.now() - t0).toBeLessThan(1000)
    expect(E.isLeft(r) && r.left.message).toBe('candidates[40000].name: "P17" appears twice')
  })
  it('rotatingProposer with 6,000 players is TooLarge at once; 1,000 (the bound) still solve and share the whole pie', () => {
    const t0 = performance.now()
    const big = rotatingProposer({ deltas: Array<number>(6000).fill(0.9) })
    expect(performance.now() - t0).toBeLessThan(1000)
    expect(E.isLeft(big) && big.left._tag).toBe('TooLarge')
    const atBound = rotatingProposer({ deltas: Array<number>(MAX_PROPOSERS).fill(0.9) })
    expect(E.isRight(atBound) && Math.abs(atBound.right.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12)
  })
})

describe('more totals near the largest double', () => {
  it('lindahl with incomes of 1e308 each: total 1e308 and prices ½ (the total was Infinity and the prices 0)', () => {
    expect(lindahl({ incomes: [1e308, 1e308], alpha: 0.5 })).toEqual(E.right({ total: 1e308, prices: [0.5, 0.5], contributions: [5e307, 5e307] }))
  })
  it('a retention payment beyond the doubles is NotDefined with the reason (it was Infinity)', () => {
    const r = retentionPayment({ link: 'logit', linearPredictor: 0, paymentCoefficient: -5e-324, targetHazard: 0.1 })
    expect(E.isLeft(r) && r.left._tag).toBe('NotDefined')
    expect(E.isLeft(r) && r.left.message).toMatch(/^paymentCoefficient: -5e-324 is so close to 0 that the payment needed/)
  })
})

describe('savings of costs near the largest double', () => {
  const cost = (values: number[]) => {
    const g = makeGame(values)
    if (E.isLeft(g)) throw new Error(g.left.message)
    return g.right
  }
  it('two states each paying 1e308 alone and 1e308 together save 1e308 (the game held Infinity: 1e308 + 1e308 overflowed)', () => {
    const s = savingsGame(cost([0, 1e308, 1e308, 1e308]))
    expect(E.isRight(s) && [...s.right.values]).toEqual([0, 0, 0, 1e308])
  })
  it('savings truly beyond the doubles are NotDefined, naming the coalition', () => {
    const s = savingsGame(cost([0, 1e308, 1e308, 0]))
    expect(E.isLeft(s) && s.left._tag).toBe('NotDefined')
    expect(E.isLeft(s) && s.left.message).toMatch(/^the savings of \{1, 2\} are beyond the largest double/)
  })
  it('costNucleolus of the same cost game: 5e307 each, finite (computed on the costs divided by a power of two)', () => {
    expect(costNucleolus(lp)(cost([0, 1e308, 1e308, 1e308]))).toEqual(E.right([5e307, 5e307]))
  })
})

describe('raw Banzhaf sums beyond the doubles', () => {
  // v = −1.5e308 for one player, 0 for two, 1.5e308 for all three: each player's contributions are
  // −1.5e308, 1.5e308, 1.5e308 and 1.5e308, a raw sum of 3e308.
  const g = gameFromFunction(3, (S) => (S.length - 2) * 1.5e308)
  it('banzhafRaw is NotDefined, naming the player and pointing to banzhaf (it returned Infinity)', () => {
    const raw = E.flatMap(banzhafRaw)(g)
    expect(E.isLeft(raw) && raw.left._tag).toBe('NotDefined')
    expect(E.isLeft(raw) && raw.left.message).toMatch(/^player 1's raw Banzhaf sum is beyond the largest double .*banzhaf gives it divided by 2\^2$/)
  })
  it('banzhaf divides before scaling back: 3e308 / 4 = 7.5e307 each', () => {
    expect(E.map(banzhaf)(g)).toEqual(E.right([7.5e307, 7.5e307, 7.5e307]))
  })
})

describe('the power-of-two scale just below the largest double', () => {
  // Math.log2(1.7976931348622453e308) rounds to exactly 1024, and 2^1024 is Infinity: the scale was
  // Infinity and every income divided by it 0 (found by the fuzzer: lindahl gave total NaN).
  const x = 1.7976931348622453e308
  it('lindahl of one income of 1.7976931348622453e308: total 0.3 × it, price 1', () => {
    expect(lindahl({ incomes: [x], alpha: 0.3 })).toEqual(E.right({ total: 0.3 * x, prices: [1], contributions: [0.3 * x] }))
  })
  it('shapley, banzhaf and the nucleolus of a two-player game worth it: half each', () => {
    const g = makeGame([0, 0, 0, x])
    if (E.isLeft(g)) throw new Error(g.left.message)
    expect(shapley(g.right)).toEqual([x / 2, x / 2])
    expect(banzhaf(g.right)).toEqual([x / 2, x / 2])
    const nu = nucleolus(lp)(g.right)
    expect(E.isRight(nu) && nu.right.every((v) => Math.abs(v - x / 2) <= 1e-9 * x)).toBe(true)
  })
})

describe('shapleySample with worths near the largest double', () => {
  it('values and standard errors are finite: marginal contributions of ±1e308 are accumulated in units of 2^600 (the errors were Infinity)', () => {
    // v(S) = 1e308 when S holds player 0 or has two members, else 0; differences reach ±1e308.
    const r = shapleySample({ samples: 200, seed: 3 })({ n: 3, worth: (S) => (S.includes(0) || S.length >= 2 ? 1e308 : 0) })
    if (E.isLeft(r)) throw new Error(r.left.message)
    expect([...r.right.values, ...r.right.standardErrors].every(Number.isFinite)).toBe(true)
    // Efficiency holds in every order, so the estimates sum to v(N) = 1e308.
    expect(Math.abs(r.right.values.reduce((a, b) => a + b, 0) - 1e308)).toBeLessThan(1e294)
    // The exact value: player 0 pivotal unless it comes last (2/3), the others 1/6 each.
    expect(Math.abs(r.right.values[0]! - (2 / 3) * 1e308)).toBeLessThan(5 * r.right.standardErrors[0]!)
  })
  it('an estimate truly beyond the doubles is NotDefined: a player turning −1.7e308 into 1.7e308 every time', () => {
    const r = shapleySample({ samples: 10, seed: 1 })({ n: 1, worth: (S) => (S.length === 0 ? -1.7e308 : 1.7e308) })
    expect(E.isLeft(r) && r.left._tag).toBe('NotDefined')
  })
  it('ordinary worths are not rescaled (below 2^400): efficiency holds exactly', () => {
    const r = shapleySample({ samples: 100, seed: 1 })({ n: 4, worth: (S) => S.length ** 2 })
    expect(E.isRight(r) && r.right.values.reduce((a, b) => a + b, 0)).toBe(16)
  })
})

describe('bargainPayment beyond the doubles', () => {
  it('1,000 troops at 1.8e305 a soldier: NotDefined naming the product (value and surplus were Infinity; found by the fuzzer)', () => {
    const r = bargainPayment({ candidate: { name: 'X', troops: 1000, deploymentCost: 2e7, ownBenefit: 5e6 }, costPerSoldier: 1.797693134862316e305 })
    expect(E.isLeft(r) && r.left._tag).toBe('NotDefined')
    expect(E.isLeft(r) && r.left.message).toMatch(/^the partner's value to the pivotal state, legitimacy \+ troops × costPerSoldier = 0 \+ 1000 × 1\.797693134862316e\+305, is beyond the largest double/)
  })
})
