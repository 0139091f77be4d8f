import { CommonErrorCode } from '../domain/contracts/error-codes'
import { CloudError } from './cloud-error'
import type { CloudTransport } from './cloud-transport-types'
import { readDemoOpenid } from './demo-openid'
import { clientEnv } from './env'

/** H5 has no `wx.cloud`: nothing to initialise. */
export function initCloud(): void {}

function gatewayFailure(status: number, body: unknown): CloudError {
  const errMsg = typeof body === 'object' && body !== null ? Reflect.get(body, 'errMsg') : undefined
  const detail = typeof errMsg === 'string' ? `: ${errMsg}` : ''
  if (status === 408 || status === 504) return new CloudError(CommonErrorCode.Timeout, `gateway timeout ${status}${detail}`)
  if (status === 429) return new CloudError(CommonErrorCode.RateLimited, `gateway ${status}${detail}`)
  if (status === 502 || status === 503) return new CloudError(CommonErrorCode.Network, `gateway unavailable ${status}${detail}`)
  return new CloudError(CommonErrorCode.Internal, `gateway ${status}${detail}`)
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    return null
  }
}

/**
 * H5 transport: the local emulator's client gateway, which answers like `wx.cloud.callFunction`
 * (`{ result, requestID }`, or a non-2xx `{ errCode, errMsg }`). The demo identity travels in
 * X-WX-OPENID; the gateway listens on loopback only and exists only in the local stack.
 */
export const sendToFunction: CloudTransport = async (functionName, request, deadlineMs) => {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), deadlineMs)
  try {
    const response = await fetch(`${clientEnv.gateway}/client/functions/${encodeURIComponent(functionName)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-WX-OPENID': readDemoOpenid() },
      body: JSON.stringify(request),
      signal: controller.signal,
    })
    const body = await readJson(response)
    if (!response.ok) throw gatewayFailure(response.status, body)
    if (typeof body !== 'object' || body === null || !('result' in body)) {
      throw new CloudError(CommonErrorCode.Internal, 'gateway answer has no result')
    }
    return body.result
  } catch (failure) {
    if (failure instanceof CloudError) throw failure
    if (controller.signal.aborted) throw new CloudError(CommonErrorCode.Timeout, `no answer within ${deadlineMs} ms`)
    throw new CloudError(CommonErrorCode.Network, 'network request failed')
  } finally {
    clearTimeout(timer)
  }
}
