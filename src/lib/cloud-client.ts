import * as v from 'valibot'
import type { FunctionContract, PayloadOf, ResultOf } from '../domain/contracts/define-contract'
import { CommonErrorCode } from '../domain/contracts/error-codes'
import type { ErrorCode } from '../domain/contracts/registry'
import { CloudError } from './cloud-error'
import type { CloudTransport } from './cloud-transport-types'
import { sendToFunction } from './cloud-transport'
import { reportCallReached } from './network-status'
import { newRequestId } from './request-id'

export interface CallOptions {
  /** Idempotency key: pass the same one when retrying a write (useAction does). */
  readonly requestId?: string
  /** How long to wait for an answer; generous by default for weak signal. */
  readonly timeoutMs?: number
}

/** 15 s: long enough for a 2G edge of town, short enough that a person is told something. */
export const DEFAULT_TIMEOUT_MS = 15_000

const responseSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), data: v.optional(v.unknown()) }),
  v.object({ ok: v.literal(false), error: v.object({ code: v.string(), message: v.string() }) }),
])

/** Failures that mean the call never got an answer: no signal, or too weak a one. */
const NO_ANSWER: ReadonlySet<ErrorCode> = new Set<ErrorCode>([CommonErrorCode.Network, CommonErrorCode.Timeout])

const COMMON_CODES: ReadonlySet<string> = new Set(Object.values(CommonErrorCode))

function isErrorCodeOf(contract: FunctionContract, code: string): code is ErrorCode {
  return COMMON_CODES.has(code) || Object.values(contract.errors).includes(code)
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map(issue => {
      const path = issue.path?.map(item => String(item.key)).join('.')
      return path ? `${path}: ${issue.message}` : issue.message
    })
    .join('; ')
}

/** The typed action call, over any transport (tests pass a fake one). */
export type CallAction = <C extends FunctionContract, N extends keyof C['actions'] & string>(
  contract: C,
  action: N,
  payload: PayloadOf<C['actions'][N]>,
  options?: CallOptions,
) => Promise<ResultOf<C['actions'][N]>>

/** Builds `callAction` on a transport. */
export function createCallAction(transport: CloudTransport): CallAction {
  return async (contract, action, payload, options = {}) => {
    const definition = contract.actions[action]
    if (definition === undefined) throw new CloudError(CommonErrorCode.UnknownAction, `${contract.name}.${action} is not in the contract`)
    // A bad payload never leaves the phone: the same schema the function checks, checked here first.
    const parsed = v.safeParse(definition.payload, payload)
    if (!parsed.success) throw new CloudError(CommonErrorCode.InvalidPayload, describeIssues(parsed.issues))

    let raw: unknown
    try {
      raw = await transport(
        contract.name,
        { action, payload: parsed.output, requestId: options.requestId ?? newRequestId() },
        options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      )
    } catch (failure) {
      if (failure instanceof CloudError && NO_ANSWER.has(failure.code)) reportCallReached(false)
      throw failure
    }
    reportCallReached(true)
    const response = v.safeParse(responseSchema, raw)
    if (!response.success) throw new CloudError(CommonErrorCode.Internal, `malformed answer from ${contract.name}.${action}`)
    if (!response.output.ok) {
      const { code, message } = response.output.error
      throw isErrorCodeOf(contract, code)
        ? new CloudError(code, message)
        : new CloudError(CommonErrorCode.Internal, `unknown error code ${code} from ${contract.name}.${action}`)
    }
    // Result types are declared by the contract and produced by the same codebase's function;
    // the envelope was checked above, the data itself is trusted as that declared type.
    return response.output.data as ResultOf<(typeof contract)['actions'][typeof action]>
  }
}

/**
 * The one way the app calls a cloud function: validates the payload against the action's schema,
 * sends `{ action, payload, requestId }`, resolves the `data` of `{ ok: true }`, and rejects with a
 * CloudError for `{ ok: false }`, network failure, timeout or a malformed answer. Whether the call got
 * an answer at all is reported to the network status, which every page's no-signal note follows.
 */
export const callAction: CallAction = createCallAction(sendToFunction)
