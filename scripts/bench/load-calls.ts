import { performance } from 'node:perf_hooks'
import { gaussian, seededRandom } from '../seed/seeded-random'

/** Where the load bench's city lies: its stations are generated around it and its phones stand near it. */
export const JINGZHOU = { lng: 112.24, lat: 30.335 }

/** Phones per crowd. */
export const CROWD = 200

/** The calls a crowd of phones makes. */
export type CallName = 'nearby' | 'search' | 'feed'

/** One call as the phone saw it: its time from sending to the answer, and whether it succeeded. */
export interface CallOutcome {
  readonly ms: number
  readonly ok: boolean
  readonly code: string | null
}

const SEARCHES = ['爱心驿站', '农民工维权', '夏送清凉', '驿站', '工伤认定', '沙市区 驿站', '工会', '技能比武'] as const

const ORIGINS = (() => {
  const random = seededRandom(5)
  return Array.from({ length: CROWD }, () => ({ lng: JINGZHOU.lng + gaussian(random, 0.03), lat: JINGZHOU.lat + gaussian(random, 0.03) }))
})()

/** The function, action and payload of the `index`th phone's call. */
const CALLS: Readonly<Record<CallName, { fn: string; action: string; payload: (index: number) => unknown }>> = {
  nearby: {
    fn: 'stations',
    action: 'nearby',
    payload: index => ({
      origin: ORIGINS[index % ORIGINS.length],
      filter: { amenities: index % 3 === 0 ? ['charging'] : [], openNow: index % 2 === 0, radiusMeters: 3000 },
      limit: 20,
    }),
  },
  search: { fn: 'bulletins', action: 'search', payload: index => ({ query: SEARCHES[index % SEARCHES.length] }) },
  feed: { fn: 'bulletins', action: 'list', payload: () => ({}) },
}

/** One phone's call through the client gateway, as wx.cloud.callFunction makes it, timed from its start to its answer. */
export async function gatewayCall(origin: string, name: CallName, index: number): Promise<CallOutcome> {
  const call = CALLS[name]
  const started = performance.now()
  try {
    const response = await fetch(`${origin}/client/functions/${call.fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-WX-OPENID': `load-worker-${index % 50}` },
      body: JSON.stringify({ action: call.action, payload: call.payload(index) }),
    })
    const body = (await response.json()) as { result?: { ok?: boolean; error?: { code?: string } }; errCode?: number; errMsg?: string }
    const ok = response.ok && body.result?.ok === true
    const code = ok ? null : body.result?.error?.code ?? body.errMsg?.slice(0, 60) ?? `HTTP ${response.status}`
    return { ms: performance.now() - started, ok, code }
  } catch (error) {
    return { ms: performance.now() - started, ok: false, code: error instanceof Error ? error.message.slice(0, 60) : 'failed' }
  }
}
