import type { BulletinDetail, BulletinListItem } from '../../../domain/contracts/bulletins'
import type { BulletinKind } from '../../../domain/bulletins/bulletin-kinds'
import { createOfflineCache, type CacheStorage, type CachedEntry, type OfflineCache } from '../../../lib/offline-cache'
import { isBulletinDetail, isBulletinKinds, isBulletinList } from './bulletin-guards'

/** How many whole bulletins the phone keeps to read without signal. */
export const SHELF_SIZE = 20

/** One saved bulletin in the shelf's index, newest saved first. */
interface ShelfEntry {
  readonly id: string
  readonly updatedAt: string
}

function isShelfIndex(value: unknown): value is ShelfEntry[] {
  return (
    Array.isArray(value) &&
    value.every(entry => typeof entry === 'object' && entry !== null && typeof Reflect.get(entry, 'id') === 'string' && typeof Reflect.get(entry, 'updatedAt') === 'string')
  )
}

/**
 * What the news tab keeps on the phone for poor signal: the first page of each list it showed, the kinds,
 * and the last 20 bulletins opened or listed, each under its own storage key (a long bulletin would not fit
 * in one key with nineteen others), with an index saying which are there and how fresh.
 */
export interface OfflineShelf {
  readonly kinds: OfflineCache<BulletinKind[]>
  feed(kind: string | null): OfflineCache<BulletinListItem[]>
  /** Keeps a bulletin; the oldest saved goes when there are more than 20. */
  keep(bulletin: BulletinDetail, now?: number): void
  /** A saved bulletin and when it was saved, or null. */
  find(id: string): CachedEntry<BulletinDetail> | null
  /** Whether the saved copy is as new as `updatedAt` (so there is nothing to fetch). */
  hasCurrent(id: string, updatedAt: string): boolean
  /** The ids kept, most recently saved first. */
  ids(): string[]
}

/** The shelf over Taro storage (or a test's storage). */
export function createOfflineShelf(storage?: CacheStorage): OfflineShelf {
  const options = storage === undefined ? {} : { storage }
  // Version 2: bulletins have points below their items. Copies saved before are dropped with their index, so
  // the shelf never claims a copy it cannot show.
  const index = createOfflineCache<ShelfEntry[]>({ key: 'bulletins.shelf', version: 2, isValid: isShelfIndex, ...options })
  const detail = (id: string) => createOfflineCache<BulletinDetail>({ key: `bulletins.detail.${id}`, version: 2, isValid: isBulletinDetail, ...options })
  const entries = (): ShelfEntry[] => index.load()?.data ?? []

  return {
    kinds: createOfflineCache<BulletinKind[]>({ key: 'bulletins.kinds', version: 1, isValid: isBulletinKinds, ...options }),
    feed: kind => createOfflineCache<BulletinListItem[]>({ key: `bulletins.feed.${kind ?? 'all'}`, version: 1, isValid: isBulletinList, ...options }),
    keep(bulletin, now = Date.now()) {
      if (!detail(bulletin.id).save(bulletin, now)) return
      const kept = [{ id: bulletin.id, updatedAt: bulletin.updatedAt }, ...entries().filter(entry => entry.id !== bulletin.id)]
      for (const dropped of kept.slice(SHELF_SIZE)) detail(dropped.id).clear()
      index.save(kept.slice(0, SHELF_SIZE), now)
    },
    find(id) {
      return entries().some(entry => entry.id === id) ? detail(id).load() : null
    },
    hasCurrent(id, updatedAt) {
      return entries().some(entry => entry.id === id && entry.updatedAt === updatedAt)
    },
    ids: () => entries().map(entry => entry.id),
  }
}

let shared: OfflineShelf | undefined

/** The phone's one shelf, over Taro storage. */
export function sharedOfflineShelf(): OfflineShelf {
  shared ??= createOfflineShelf()
  return shared
}
