import { useSyncExternalStore } from 'react'

let epoch = 0
const listeners = new Set<() => void>()

/** Called on every requestDataRefresh; returns the unsubscribe function. */
export function subscribeDataRefresh(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function currentEpoch(): number {
  return epoch
}

/** Makes every mounted useRemote (and other subscribers) load again, e.g. after the caller changed. */
export function requestDataRefresh(): void {
  epoch += 1
  listeners.forEach(listener => listener())
}

/** A number that changes whenever requestDataRefresh is called. */
export function useDataRefreshEpoch(): number {
  return useSyncExternalStore(subscribeDataRefresh, currentEpoch, currentEpoch)
}
