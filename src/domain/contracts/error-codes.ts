/**
 * The closed set of error codes a cloud function may answer with, namespaced by feature.
 * The client shows each in plain words; see src/lib for the messages.
 */
export const CommonErrorCode = {
  InvalidPayload: 'COMMON.INVALID_PAYLOAD',
  UnknownAction: 'COMMON.UNKNOWN_ACTION',
  Forbidden: 'COMMON.FORBIDDEN',
  Unauthenticated: 'COMMON.UNAUTHENTICATED',
  NotFound: 'COMMON.NOT_FOUND',
  Conflict: 'COMMON.CONFLICT',
  RateLimited: 'COMMON.RATE_LIMITED',
  Internal: 'COMMON.INTERNAL',
  /** Client side only: the request never reached the function or its answer never came back. */
  Network: 'COMMON.NETWORK',
  /** Client side only: no answer within the client's deadline. */
  Timeout: 'COMMON.TIMEOUT',
} as const

export type CommonErrorCode = (typeof CommonErrorCode)[keyof typeof CommonErrorCode]
