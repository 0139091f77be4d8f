/** Why an invocation failed, in CloudBase's terms. */
export type InvocationFailure = 'not-found' | 'execution-failed' | 'timed-out'

/**
 * CloudBase's error codes for `functions.invokeFunction` failures (tcb-api basic error codes):
 * FUNCTION_NOT_FOUND, FUNCTIONS_EXECUTE_FAIL (thrown error, rejected promise, crash) and
 * FUNCTIONS_TIME_LIMIT_EXCEEDED.
 */
export const FUNCTION_ERROR_CODES: Readonly<Record<InvocationFailure, string>> = {
  'not-found': 'FUNCTION_NOT_FOUND',
  'execution-failed': 'FUNCTIONS_EXECUTE_FAIL',
  'timed-out': 'FUNCTIONS_TIME_LIMIT_EXCEEDED',
}

/** A function invocation that did not produce a result. */
export class FunctionInvocationError extends Error {
  constructor(
    readonly failure: InvocationFailure,
    readonly functionName: string,
    message: string,
  ) {
    super(message)
    this.name = 'FunctionInvocationError'
  }

  /** CloudBase's error code for this failure, as the SDK receives it. */
  get code(): string {
    return FUNCTION_ERROR_CODES[this.failure]
  }
}
