import type { ErrorCode } from '../../src/domain/contracts/registry'

/**
 * An expected failure with a code from the shared contract. Services throw it; the router turns it
 * into `{ ok: false, error }`. Anything else thrown is unexpected: logged and answered as COMMON.INTERNAL.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}
