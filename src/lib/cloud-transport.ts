import Taro from '@tarojs/taro'
import { CommonErrorCode } from '../domain/contracts/error-codes'
import { CloudError } from './cloud-error'
import type { CloudTransport } from './cloud-transport-types'
import { clientEnv } from './env'

/** CloudBase's error codes for a function that ran out of time or crashed before answering. */
const FUNCTION_TIME_LIMIT_EXCEEDED = -504003
const FUNCTION_EXECUTE_FAIL = -504002

let initialised = false

/** weapp: `Taro.cloud.init` once per launch, with the configured environment (or DevTools' default). */
export function initCloud(): void {
  if (initialised) return
  Taro.cloud.init(clientEnv.cloudEnv === null ? { traceUser: false } : { env: clientEnv.cloudEnv, traceUser: false })
  initialised = true
}

function errorCodeOf(failure: unknown): number | null {
  if (typeof failure !== 'object' || failure === null) return null
  const code = Reflect.get(failure, 'errCode')
  if (typeof code === 'number') return code
  const message = Reflect.get(failure, 'errMsg')
  const match = typeof message === 'string' ? /errCode:\s*(-?\d+)/.exec(message) : null
  return match?.[1] === undefined ? null : Number(match[1])
}

/** Maps a failed `wx.cloud.callFunction` to the client's error codes. */
export function cloudFailureToError(failure: unknown): CloudError {
  const code = errorCodeOf(failure)
  if (code === FUNCTION_TIME_LIMIT_EXCEEDED) return new CloudError(CommonErrorCode.Timeout, 'cloud function ran out of time')
  if (code === FUNCTION_EXECUTE_FAIL) return new CloudError(CommonErrorCode.Internal, 'cloud function failed')
  return new CloudError(CommonErrorCode.Network, `cloud call failed${code === null ? '' : ` (${code})`}`)
}

/** weapp transport: `Taro.cloud.callFunction`, raced against the client's deadline. */
export const sendToFunction: CloudTransport = async (functionName, request, deadlineMs) => {
  initCloud()
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CloudError(CommonErrorCode.Timeout, `no answer within ${deadlineMs} ms`)), deadlineMs)
  })
  try {
    const data = request.requestId === undefined
      ? { action: request.action, payload: request.payload }
      : { action: request.action, payload: request.payload, requestId: request.requestId }
    const response = await Promise.race([Taro.cloud.callFunction({ name: functionName, data }), deadline])
    return response.result
  } catch (failure) {
    throw failure instanceof CloudError ? failure : cloudFailureToError(failure)
  } finally {
    clearTimeout(timer)
  }
}
