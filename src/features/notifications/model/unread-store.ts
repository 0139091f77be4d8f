import { useSyncExternalStore } from 'react'
import { subscribeDataRefresh } from '../../../lib/data-refresh'
import { countUnread } from '../api/count-unread'

let unread: number | null = null
let inFlight: Promise<number | null> | null = null
let watchingRefresh = false
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function watchRefresh(): void {
  if (watchingRefresh) return
  watchingRefresh = true
  // Another person on the same phone (the local stack's identity switch), or all data reloaded.
  subscribeDataRefresh(() => setUnread(null))
}

/** The caller's unread count, null until known, for this launch. */
export function getUnread(): number | null {
  return unread
}

export function useUnreadCount(): number | null {
  return useSyncExternalStore(subscribe, getUnread, getUnread)
}

/** A count the server just gave (with a list, or after marking read). */
export function setUnread(count: number | null): void {
  watchRefresh()
  if (count === unread) return
  unread = count
  listeners.forEach(listener => listener())
}

/**
 * Asks the server for the count (a count query, cheap enough for every tab shown, so a message that
 * just arrived shows at once); callers at the same moment share one request.
 */
export function refreshUnread(): Promise<number | null> {
  watchRefresh()
  inFlight ??= countUnread()
    .then(
      answer => {
        setUnread(answer.unread)
        return answer.unread
      },
      // No signal: the badge keeps what it showed; the next tab shown asks again.
      () => unread,
    )
    .finally(() => {
      inFlight = null
    })
  return inFlight
}
