/** The local stack's seeded demo people; the emulator's gateway takes this id as the caller's openid. */
export const DEMO_OPENIDS = ['demo-worker', 'demo-staff', 'demo-lawyer', 'demo-admin'] as const
export type DemoOpenid = (typeof DEMO_OPENIDS)[number]

const STORAGE_KEY = 'local-stack.demo-openid'
const DEFAULT_OPENID: DemoOpenid = 'demo-worker'

function isDemoOpenid(value: unknown): value is DemoOpenid {
  return typeof value === 'string' && DEMO_OPENIDS.some(id => id === value)
}

/** H5 + local stack only: the demo identity the browser calls functions as (remembered in localStorage). */
export function readDemoOpenid(): DemoOpenid {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isDemoOpenid(stored) ? stored : DEFAULT_OPENID
  } catch {
    return DEFAULT_OPENID
  }
}

/** Remembers the chosen demo identity; later requests carry it. */
export function writeDemoOpenid(openid: DemoOpenid): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, openid)
  } catch {
    // Private mode without storage: the choice is lost on reload, nothing else breaks.
  }
}
