// The one-partner payment models and Henke's recipient types: their edges (a reservation known
// exactly, a surplus of exactly zero, ties between instruments, benefit equal to cost) and every
// field a candidate may carry, checked with the user's words.
import fc from 'fast-check'
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { bargainPayment, classifyRecipient, takeItOrLeaveIt } from '../../src/recruitment/index.js'
import { right, spread } from '../helpers.js'

describe('takeItOrLeaveIt', () => {
  // The pivotal state's expected gain from offering p, straight from the model: (value − p)·P(r ≤ p)
  // with r uniform on [lo, hi].
  const gain = (value: number, lo: number, hi: number, p: number): number => (value - p) * Math.min(1, Math.max(0, (p - lo) / (hi - lo)))
  it('its offer is the best on a fine grid of offers, and its gain is that offer’s gain', () => {
    fc.assert(
      fc.property(spread(0, 100), spread(0, 100), spread(0.01, 100), (value, lo, width) => {
        const hi = lo + width
        const o = right(takeItOrLeaveIt({ value, reservationLow: lo, reservationHigh: hi }))
        expect(o.offer).toBeGreaterThanOrEqual(lo)
        expect(o.offer).toBeLessThanOrEqual(hi)
        expect(Math.abs(o.acceptanceProbability - (o.offer - lo) / width)).toBeLessThan(1e-12)
        expect(Math.abs(o.expectedGain - gain(value, lo, hi, o.offer))).toBeLessThan(1e-9)
        for (let k = 0; k <= 400; k++) expect(gain(value, lo, hi, lo + (width * k) / 400)).toBeLessThanOrEqual(o.expectedGain + 1e-9)
      }),
      { numRuns: 200 },
    )
  })
  it('a reservation known exactly: offer it, accepted for sure if the partner is worth it, else gain nothing', () => {
    expect(takeItOrLeaveIt({ value: 30, reservationLow: 10, reservationHigh: 10 })).toEqual(E.right({ offer: 10, acceptanceProbability: 1, expectedGain: 20 }))
    expect(takeItOrLeaveIt({ value: 10, reservationLow: 10, reservationHigh: 10 })).toEqual(E.right({ offer: 10, acceptanceProbability: 1, expectedGain: 0 }))
    expect(takeItOrLeaveIt({ value: 4, reservationLow: 10, reservationHigh: 10 })).toEqual(E.right({ offer: 10, acceptanceProbability: 0, expectedGain: 0 }))
  })
  it('a partner worth less than any reservation gets the lowest offer, refused for sure', () => {
    expect(takeItOrLeaveIt({ value: 4, reservationLow: 10, reservationHigh: 20 })).toEqual(E.right({ offer: 10, acceptanceProbability: 0, expectedGain: 0 }))
  })
  it.each([
    [{ value: -1, reservationLow: 0, reservationHigh: 1 }, 'DecodeError', 'value: expected a finite number ≥ 0, got -1'],
    [{ value: 1, reservationLow: 0 }, 'DecodeError', 'reservationHigh: expected a finite number ≥ 0, got nothing'],
    [null, 'DecodeError', 'input: expected an object { value, reservationLow, reservationHigh }, got null'],
    [{ value: 1, reservationLow: 5, reservationHigh: 2 }, 'InvalidProblem', 'reservationHigh: 2 is below reservationLow 5'],
  ])('%j is refused: %s', (input, tag, message) => {
    expect(takeItOrLeaveIt(input as never)).toEqual(E.left({ _tag: tag, message }))
  })
})

describe('bargainPayment', () => {
  const candidate = { name: 'X', troops: 1000, deploymentCost: 20e6, ownBenefit: 5e6 }
  it('a surplus of exactly zero is still a deal, at the reservation', () => {
    // Value 1,000 × $15,000 = $15M = the reservation $20M − $5M.
    const b = right(bargainPayment({ candidate: { ...candidate, bargainingPower: 0.5 }, costPerSoldier: 15_000 }))
    expect(b).toMatchObject({ reservation: 15e6, value: 15e6, surplus: 0, agreement: true, payment: 15e6, received: 15e6, subsidy: 15e6, sideDeal: 0 })
  })
  it('a positive surplus is a deal; a negative one is none, with nothing paid', () => {
    expect(right(bargainPayment({ candidate, costPerSoldier: 16_000 }))).toMatchObject({ surplus: 1e6, agreement: true, payment: 15e6 })
    expect(right(bargainPayment({ candidate, costPerSoldier: 14_000 }))).toMatchObject({ surplus: -1e6, agreement: false, payment: 0, received: 0, subsidy: 0, sideDeal: 0 })
  })
  it('when a subsidy and a side deal cost the same, the plain subsidy is used', () => {
    // Reservation $10M: a $10M subsidy, or a $6M subsidy plus a deal worth $4M to the partner that costs $4M.
    const tie = right(bargainPayment({ candidate: { name: 'Y', troops: 1000, deploymentCost: 10e6, ownBenefit: 0, sideDeal: { valueToRecipient: 4e6, costToPivotal: 4e6 } }, costPerSoldier: 20_000 }))
    expect(tie).toMatchObject({ payment: 10e6, subsidy: 10e6, sideDeal: 0, received: 10e6 })
    // A cent cheaper, the side deal wins.
    const cheaper = right(bargainPayment({ candidate: { name: 'Y', troops: 1000, deploymentCost: 10e6, ownBenefit: 0, sideDeal: { valueToRecipient: 4e6, costToPivotal: 4e6 - 0.01 } }, costPerSoldier: 20_000 }))
    expect(cheaper).toMatchObject({ payment: 10e6 - 0.01, subsidy: 6e6, sideDeal: 4e6 - 0.01, received: 10e6 })
  })
  it.each([
    [{ candidate, costPerSoldier: -1 }, 'costPerSoldier: expected a finite number ≥ 0, got -1'],
    [{ costPerSoldier: 1 }, 'candidate: expected a candidate { name, troops, deploymentCost, ownBenefit, … }, got nothing'],
    [null, 'input: expected an object { candidate, costPerSoldier? }, got null'],
  ])('%j is a DecodeError naming the field', (input, message) => {
    expect(bargainPayment(input as never)).toEqual(E.left({ _tag: 'DecodeError', message }))
  })
})

describe("a candidate's fields and Henke's types", () => {
  const base = { name: 'X', troops: 1, deploymentCost: 1, ownBenefit: 0 }
  it.each([
    [{ bargainingPower: 1.5 }, 'candidate.bargainingPower: expected a share in [0, 1], got 1.5'],
    [{ bargainingPower: -0.25 }, 'candidate.bargainingPower: expected a share in [0, 1], got -0.25'],
    [{ legitimacy: -1 }, 'candidate.legitimacy: expected a finite number ≥ 0, got -1'],
    [{ ownResources: 'a' }, 'candidate.ownResources: expected a finite number ≥ 0, got the string "a"'],
    [{ sideDeal: { valueToRecipient: -1, costToPivotal: 1 } }, 'candidate.sideDeal.valueToRecipient: expected a finite number ≥ 0, got -1'],
    [{ sideDeal: { valueToRecipient: 1 } }, 'candidate.sideDeal.costToPivotal: expected a finite number ≥ 0, got nothing'],
  ])('%j is a DecodeError naming the field', (extra, message) => {
    expect(classifyRecipient({ ...base, ...extra } as never)).toEqual(E.left({ _tag: 'DecodeError', message }))
  })
  it('a bargaining power of exactly 0 or 1 is a share', () => {
    for (const bargainingPower of [0, 1]) expect(E.isRight(classifyRecipient({ ...base, bargainingPower }))).toBe(true)
  })
  it('not a candidate at all', () => {
    expect(classifyRecipient(7 as never)).toEqual(E.left({ _tag: 'DecodeError', message: 'candidate: expected a candidate { name, troops, deploymentCost, ownBenefit, … }, got 7' }))
  })
  it('a benefit that just covers the cost wants to go, and resources that just cover it need nothing (the rule says "covers")', () => {
    expect(classifyRecipient({ ...base, deploymentCost: 6, ownBenefit: 6 })).toEqual(E.right('volunteer'))
    expect(classifyRecipient({ ...base, deploymentCost: 6, ownBenefit: 6, ownResources: 6 })).toEqual(E.right('volunteer'))
    expect(classifyRecipient({ ...base, deploymentCost: 6, ownBenefit: 6, ownResources: 5.99 })).toEqual(E.right('willing but inadequately resourced'))
    expect(classifyRecipient({ ...base, deploymentCost: 6, ownBenefit: 5.99 })).toEqual(E.right('opportunistic'))
  })
})
