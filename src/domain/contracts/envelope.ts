import type { ErrorCode } from './registry'

/** What the client sends to every cloud function. */
export interface FunctionRequest<Payload = unknown> {
  readonly action: string
  readonly payload: Payload
  /** Makes a retried write idempotent: the same requestId never applies twice. */
  readonly requestId?: string
}

export interface FunctionError {
  readonly code: ErrorCode
  /** Plain words safe to show a person; never a stack trace or internal detail. */
  readonly message: string
}

/** What every cloud function answers. */
export type FunctionResponse<Data> =
  | { readonly ok: true; readonly data: Data }
  | { readonly ok: false; readonly error: FunctionError }
