import type { BrowserStack } from './browser-stack'

let requests = 0

/**
 * A call to a function as a demo person through the client gateway, as their own phone would make it
 * (each with a request id of its own), for the data a test sets up or checks beside the screens.
 */
export async function callFunctionAs<T>(stack: BrowserStack, openid: string, fn: string, action: string, payload: unknown): Promise<T> {
  requests += 1
  const response = await fetch(`${stack.emulator.origin}/client/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: JSON.stringify({ action, payload, requestId: `browser-${fn}-${requests}-${Date.now()}` }),
  })
  const { result } = (await response.json()) as { result: { ok: boolean; data?: T } }
  if (!result.ok || result.data === undefined) throw new Error(`${fn}.${action} failed: ${JSON.stringify(result)}`)
  return result.data
}
