import { request as httpRequest, type Agent } from 'node:http'
import { performance } from 'node:perf_hooks'

/** A function's answer as the gateway carries it; a gateway failure (a timeout) reads as its HTTP status. */
export type Answer = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly error: { readonly code: string; readonly message: string } }

export interface Timed {
  readonly ms: number
  readonly answer: Answer
}

/**
 * One phone's call through the client gateway, timed. `agent` bounds the connections a bench opens at
 * once (one machine cannot open thousands at one instant); without one, a connection per call.
 */
export function gatewayCall(origin: string, fn: string, openid: string, action: string, payload: unknown, requestId?: string, agent?: Agent): Promise<Timed> {
  const started = performance.now()
  const body = JSON.stringify({ action, payload, ...(requestId === undefined ? {} : { requestId }) })
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${origin}/client/functions/${fn}`,
      { method: 'POST', ...(agent === undefined ? {} : { agent }), headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'X-WX-OPENID': openid } },
      response => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { result?: Answer; errMsg?: string }
          const answer: Answer = parsed.result ?? { ok: false, error: { code: `HTTP ${response.statusCode ?? 0}`, message: parsed.errMsg ?? '' } }
          resolve({ ms: performance.now() - started, answer })
        })
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

export function dataOf<T>(timed: Timed, what: string): T {
  if (!timed.answer.ok) throw new Error(`${what} failed: ${timed.answer.error.code} ${timed.answer.error.message}`)
  return timed.answer.data as T
}

/** `enrolled ×80, waiting ×4920`: how many of each value. */
export function counts(values: readonly string[]): string {
  const tally = new Map<string, number>()
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1)
  return [...tally].map(([value, count]) => `${value} ×${count}`).join(', ')
}
