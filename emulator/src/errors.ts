/**
 * An error the emulator answers with, in CloudBase's failure shape:
 * HTTP 200 `{ code, message, requestId }` (the SDK throws it as a TcbError).
 */
export class EmulatorError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** HTTP status for the few failures CloudBase answers outside the JSON envelope (e.g. a refused request). */
    readonly httpStatus = 200,
  ) {
    super(message)
    this.name = 'EmulatorError'
  }
}

/** CloudBase-style error codes the emulator answers with. Services add their own beside these. */
export const EmulatorErrorCode = {
  InvalidParam: 'INVALID_PARAM',
  UnsupportedAction: 'UNSUPPORTED_ACTION',
  SystemError: 'SYS_ERR',
  Unauthorized: 'INVALID_SIGNATURE',
} as const
