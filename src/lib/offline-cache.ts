import Taro from '@tarojs/taro'
import { formatShanghaiDateTime } from './shanghai-time'

/** Key-value storage as the cache needs it; Taro's sync storage by default, a Map in tests. */
export interface CacheStorage {
  get(key: string): unknown
  set(key: string, value: string): void
  remove(key: string): void
}

const taroStorage: CacheStorage = {
  get: key => Taro.getStorageSync(key),
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: key => Taro.removeStorageSync(key),
}

export interface CachedEntry<T> {
  readonly data: T
  /** Epoch ms when the data was saved. */
  readonly savedAt: number
}

export interface OfflineCacheOptions<T> {
  /** Stable name of what is cached (`stations.city`, `bulletins.latest`). */
  readonly key: string
  /** Bump when the shape of T changes: entries saved under another version are ignored and removed. */
  readonly version: number
  /** Checks what comes back from storage, which may be from an older app or damaged. */
  readonly isValid: (value: unknown) => value is T
  /** Entries above this size (UTF-8 bytes) are not stored; WeChat allows 1 MB per key. */
  readonly maxBytes?: number
  readonly storage?: CacheStorage
}

export interface OfflineCache<T> {
  /** Stores the data with the time; false when it was too large or storage refused it. */
  save(data: T, now?: number): boolean
  /** The stored data and when it was saved, or null when there is none usable. */
  load(): CachedEntry<T> | null
  clear(): void
}

const DEFAULT_MAX_BYTES = 256 * 1024
const KEY_PREFIX = 'offline-cache'

function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4
      i += 1
    } else bytes += 3
  }
  return bytes
}

/**
 * Last-known data for poor signal: features save what they loaded and, when a load fails, show
 * the saved copy with its date (see describeCachedAt) instead of an error.
 */
export function createOfflineCache<T>(options: OfflineCacheOptions<T>): OfflineCache<T> {
  const storage = options.storage ?? taroStorage
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const storageKey = `${KEY_PREFIX}:${options.key}:v${options.version}`
  const olderKeys = Array.from({ length: options.version - 1 }, (_, index) => `${KEY_PREFIX}:${options.key}:v${index + 1}`)

  return {
    save(data, now = Date.now()) {
      const text = JSON.stringify({ savedAt: now, data })
      if (utf8Length(text) > maxBytes) return false
      try {
        storage.set(storageKey, text)
        olderKeys.forEach(key => storage.remove(key))
        return true
      } catch {
        return false
      }
    },
    load() {
      let stored: unknown
      try {
        stored = storage.get(storageKey)
      } catch {
        return null
      }
      if (typeof stored !== 'string' || stored === '') return null
      let parsed: unknown
      try {
        parsed = JSON.parse(stored)
      } catch {
        return null
      }
      if (typeof parsed !== 'object' || parsed === null) return null
      const savedAt = Reflect.get(parsed, 'savedAt')
      const data: unknown = Reflect.get(parsed, 'data')
      if (typeof savedAt !== 'number' || !options.isValid(data)) return null
      return { data, savedAt }
    },
    clear() {
      try {
        storage.remove(storageKey)
      } catch {
        // Nothing to do: an entry that cannot be removed is also never read back as valid.
      }
    },
  }
}

/** `11月3日 14:05 保存的内容`: the words shown beside stale data. */
export function describeCachedAt(savedAt: number): string {
  return `${formatShanghaiDateTime(savedAt)} 保存的内容`
}
