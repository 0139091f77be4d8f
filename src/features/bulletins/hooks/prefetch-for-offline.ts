import Taro from '@tarojs/taro'
import type { BulletinDetail, BulletinListItem } from '../../../domain/contracts/bulletins'
import { getBulletin } from '../api/get-bulletin'
import { SHELF_SIZE, type OfflineShelf } from '../model/offline-shelf'

/** Networks on which fetching 20 bulletins in the background would cost the person too much time or data. */
const SLOW_NETWORKS: ReadonlySet<string> = new Set(['none', '2g', '3g'])

/** One background run at a time: a list that reloads while one runs does not start a second. */
let running = false

async function networkType(): Promise<string> {
  try {
    return (await Taro.getNetworkType()).networkType
  } catch {
    return 'unknown'
  }
}

/**
 * Keeps the newest listed bulletins readable without signal: fetches, one at a time, those the shelf does
 * not hold as they are now, on a fast network only, oldest first so the newest end up kept longest.
 * Stops at the first failure (the signal went). Resolves how many it saved.
 */
export async function prefetchForOffline(
  items: readonly BulletinListItem[],
  shelf: OfflineShelf,
  fetch: (id: string) => Promise<BulletinDetail> = getBulletin,
  network: () => Promise<string> = networkType,
): Promise<number> {
  if (running) return 0
  running = true
  try {
    if (SLOW_NETWORKS.has(await network())) return 0
    let saved = 0
    for (const item of [...items.slice(0, SHELF_SIZE)].reverse()) {
      if (shelf.hasCurrent(item.id, item.updatedAt)) continue
      try {
        shelf.keep(await fetch(item.id))
        saved += 1
      } catch {
        break
      }
    }
    return saved
  } finally {
    running = false
  }
}
