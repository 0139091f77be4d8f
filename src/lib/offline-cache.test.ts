import { describe, expect, it } from 'vitest'
import { createOfflineCache, describeCachedAt, type CacheStorage } from './offline-cache'

function memoryStorage(): CacheStorage & { keys: () => string[] } {
  const map = new Map<string, unknown>()
  return {
    get: key => map.get(key) ?? '',
    set: (key, value) => void map.set(key, value),
    remove: key => void map.delete(key),
    keys: () => [...map.keys()],
  }
}

const isNames = (value: unknown): value is string[] => Array.isArray(value) && value.every(item => typeof item === 'string')
const SAVED_AT = Date.UTC(2026, 10, 3, 6, 5)

describe('offline cache', () => {
  it('gives back what was saved, with the time it was saved', () => {
    const cache = createOfflineCache({ key: 'stations.city', version: 1, isValid: isNames, storage: memoryStorage() })
    expect(cache.save(['西湖驿站'], SAVED_AT)).toBe(true)
    expect(cache.load()).toEqual({ data: ['西湖驿站'], savedAt: SAVED_AT })
  })

  it('has nothing before anything was saved', () => {
    const cache = createOfflineCache({ key: 'stations.city', version: 1, isValid: isNames, storage: memoryStorage() })
    expect(cache.load()).toBeNull()
  })

  it('ignores entries of another shape', () => {
    const storage = memoryStorage()
    storage.set('offline-cache:stations.city:v1', JSON.stringify({ savedAt: SAVED_AT, data: [{ id: 1 }] }))
    const cache = createOfflineCache({ key: 'stations.city', version: 1, isValid: isNames, storage })
    expect(cache.load()).toBeNull()
  })

  it('ignores damaged entries', () => {
    const storage = memoryStorage()
    storage.set('offline-cache:stations.city:v1', '{not json')
    const cache = createOfflineCache({ key: 'stations.city', version: 1, isValid: isNames, storage })
    expect(cache.load()).toBeNull()
  })

  it('does not read entries saved under an older version, and removes them on the next save', () => {
    const storage = memoryStorage()
    createOfflineCache({ key: 'bulletins', version: 1, isValid: isNames, storage }).save(['旧'], SAVED_AT)
    const current = createOfflineCache({ key: 'bulletins', version: 2, isValid: isNames, storage })

    expect(current.load()).toBeNull()
    current.save(['新'], SAVED_AT)
    expect(storage.keys()).toEqual(['offline-cache:bulletins:v2'])
  })

  it('refuses to store more than its size cap, counting Chinese text in UTF-8 bytes', () => {
    const cache = createOfflineCache({ key: 'bulletins', version: 1, isValid: isNames, storage: memoryStorage(), maxBytes: 100 })
    expect(cache.save(['驿'.repeat(20)], SAVED_AT)).toBe(true)
    expect(cache.save(['驿'.repeat(40)], SAVED_AT)).toBe(false)
    expect(cache.load()?.data).toEqual(['驿'.repeat(20)])
  })

  it('reports a storage that refuses the write as not saved', () => {
    const storage: CacheStorage = {
      get: () => '',
      set: () => {
        throw new Error('quota exceeded')
      },
      remove: () => undefined,
    }
    expect(createOfflineCache({ key: 'k', version: 1, isValid: isNames, storage }).save(['a'])).toBe(false)
  })

  it('clears its entry', () => {
    const cache = createOfflineCache({ key: 'k', version: 1, isValid: isNames, storage: memoryStorage() })
    cache.save(['a'], SAVED_AT)
    cache.clear()
    expect(cache.load()).toBeNull()
  })

  it('dates stale data in Shanghai time, whatever the phone’s zone', () => {
    expect(describeCachedAt(SAVED_AT)).toBe('11月3日 14:05 保存的内容')
  })
})
