import type { ErrorCode } from '../domain/contracts/registry'
import { CommonErrorCode } from '../domain/contracts/error-codes'

/** Failures worth trying again as they are: the same request may well succeed in a moment. */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  CommonErrorCode.Network,
  CommonErrorCode.Timeout,
  CommonErrorCode.Internal,
  CommonErrorCode.RateLimited,
])

/** The one error every cloud call rejects with. */
export class CloudError extends Error {
  override readonly name = 'CloudError'
  readonly code: ErrorCode
  /** Whether retrying the same request (same requestId) can help. */
  readonly retryable: boolean

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.code = code
    this.retryable = RETRYABLE.has(code)
  }
}

/** Narrows anything caught to a CloudError. */
export function isCloudError(error: unknown): error is CloudError {
  return error instanceof CloudError
}

/**
 * Whether trying again as it is can help (no signal, a busy server), so a 重试 button is worth
 * showing; a refusal (not found, withdrawn, not allowed) answers the same way every time.
 */
export function canRetry(error: unknown): boolean {
  return !isCloudError(error) || error.retryable
}
