/**
 * The errors every model in `coalitions` returns as values, never throws.
 *
 * @module
 */

/**
 * Input that does not match the expected shape; `message` lists every failure with its path.
 *
 * @since 0.1.0
 * @category errors
 */
export interface DecodeError {
  readonly _tag: 'DecodeError'
  readonly message: string
}

/**
 * A well-formed input that is not a valid game (wrong table length, `v(∅) ≠ 0`, duplicate labels…).
 *
 * @since 0.1.0
 * @category errors
 */
export interface InvalidGame {
  readonly _tag: 'InvalidGame'
  readonly message: string
}

/**
 * A well-formed input whose parts contradict each other (an estate larger than the claims on it, a
 * disagreement point outside the feasible set, a quota above the total weight).
 *
 * @since 0.1.0
 * @category errors
 */
export interface InvalidProblem {
  readonly _tag: 'InvalidProblem'
  readonly message: string
}

/**
 * An input too large for an exact method; `message` names the method to use instead.
 *
 * @since 0.1.0
 * @category errors
 */
export interface TooLarge {
  readonly _tag: 'TooLarge'
  readonly message: string
}

/**
 * A problem whose constraints cannot all be met (an empty imputation set, an infeasible budget).
 *
 * @since 0.1.0
 * @category errors
 */
export interface Infeasible {
  readonly _tag: 'Infeasible'
  readonly message: string
}

/**
 * A solution concept that does not exist for this input (the τ-value of a game that is not quasi-balanced).
 *
 * @since 0.1.0
 * @category errors
 */
export interface NotDefined {
  readonly _tag: 'NotDefined'
  readonly message: string
}

/**
 * A numerical method that did not reach a verified answer (an LP that failed, a certificate that did not hold).
 *
 * @since 0.1.0
 * @category errors
 */
export interface NoConvergence {
  readonly _tag: 'NoConvergence'
  readonly message: string
}

/**
 * Every error a `coalitions` function can return: a tagged union with a human-readable message.
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { makeGame } from 'coalitions'
 *
 * const result = makeGame([0, 1, 1])
 * assert.ok(result._tag === 'Left')
 * assert.equal(result.left._tag, 'InvalidGame')
 * assert.equal(result.left.message, 'values: expected 2^n numbers (1, 2, 4, 8, …), got 3')
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export type CoalitionError = DecodeError | InvalidGame | InvalidProblem | TooLarge | Infeasible | NotDefined | NoConvergence

/**
 * Builds a {@link CoalitionError} of the given tag.
 *
 * @param tag - which kind of error
 * @param message - what went wrong, naming the path and the rule broken
 * @returns the error value
 *
 * @example
 * ```ts
 * import assert from 'node:assert'
 * import { coalitionError } from 'coalitions'
 *
 * assert.deepStrictEqual(coalitionError('NotDefined', 'the game is not quasi-balanced'), {
 *   _tag: 'NotDefined',
 *   message: 'the game is not quasi-balanced',
 * })
 * ```
 *
 * @see Canti, *fp-ts* (2017–): `Either`, errors as values.
 * @since 0.1.0
 * @category errors
 */
export const coalitionError = <T extends CoalitionError['_tag']>(
  tag: T,
  message: string,
): Extract<CoalitionError, { _tag: T }> => ({ _tag: tag, message }) as Extract<CoalitionError, { _tag: T }>
