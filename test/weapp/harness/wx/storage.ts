import { asyncApi, syncApi, WxFailure, type FakeContext, type WxApi } from './fake-context'

/** What a mini-program keeps on the phone between launches: key → JSON-like value. */
export type StorageSnapshot = Readonly<Record<string, unknown>>

/** WeChat's limits: 10 MB per mini-program and user, 1 MB per key. */
export const STORAGE_LIMIT_BYTES = 10 * 1024 * 1024
export const STORAGE_ITEM_LIMIT_BYTES = 1024 * 1024

function sizeOf(key: string, value: unknown): number {
  return Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value) ?? '')
}

/** wx storage: sync and async, WeChat's limits and answers (a missing key reads as ''). */
export function createStorage(context: FakeContext, initial: StorageSnapshot = {}) {
  const items = new Map<string, unknown>(Object.entries(structuredClone(initial)))
  const used = () => [...items].reduce((sum, [key, value]) => sum + sizeOf(key, value), 0)

  const keyOf = (value: unknown): string => {
    if (typeof value !== 'string' || value === '') throw new WxFailure('parameter error: parameter.key should be String instead of ' + typeof value)
    return value
  }
  const set = (rawKey: unknown, value: unknown) => {
    const key = keyOf(rawKey)
    if (value === undefined) throw new WxFailure('parameter error: parameter.data should not be undefined')
    const size = sizeOf(key, value)
    if (size > STORAGE_ITEM_LIMIT_BYTES) throw new WxFailure('entry size limit reached')
    const previous = items.has(key) ? sizeOf(key, items.get(key)) : 0
    if (used() - previous + size > STORAGE_LIMIT_BYTES) throw new WxFailure('exceed storage max size 10Mb')
    items.set(key, JSON.parse(JSON.stringify(value)))
  }
  const get = (rawKey: unknown) => {
    const key = keyOf(rawKey)
    return items.has(key) ? items.get(key) : ''
  }
  const info = () => ({ keys: [...items.keys()], currentSize: Math.ceil(used() / 1024), limitSize: STORAGE_LIMIT_BYTES / 1024 })

  const apis: Record<string, WxApi> = {
    setStorageSync: syncApi(context, 'setStorageSync', (key, data) => set(key, data)),
    getStorageSync: syncApi(context, 'getStorageSync', key => get(key)),
    removeStorageSync: syncApi(context, 'removeStorageSync', key => void items.delete(keyOf(key))),
    clearStorageSync: syncApi(context, 'clearStorageSync', () => items.clear()),
    getStorageInfoSync: syncApi(context, 'getStorageInfoSync', info),
    setStorage: asyncApi(context, 'setStorage', options => {
      set(options.key, options.data)
      return {}
    }),
    getStorage: asyncApi(context, 'getStorage', options => {
      const key = keyOf(options.key)
      if (!items.has(key)) throw new WxFailure('data not found')
      return { data: items.get(key) }
    }),
    removeStorage: asyncApi(context, 'removeStorage', options => {
      items.delete(keyOf(options.key))
      return {}
    }),
    clearStorage: asyncApi(context, 'clearStorage', () => {
      items.clear()
      return {}
    }),
    getStorageInfo: asyncApi(context, 'getStorageInfo', info),
  }
  return {
    apis,
    /** The storage as it stands, to launch the mini-program again with it (a restart). */
    snapshot: (): StorageSnapshot => Object.fromEntries([...items].map(([key, value]) => [key, structuredClone(value)])),
  }
}
