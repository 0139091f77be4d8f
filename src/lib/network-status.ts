import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'
import { requestDataRefresh } from './data-refresh'

let noSignal = false
let watching = false
const listeners = new Set<() => void>()

function set(next: boolean): void {
  if (next === noSignal) return
  noSignal = next
  listeners.forEach(listener => listener())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function current(): boolean {
  return noSignal
}

/**
 * The cloud client reports every call here: one that got no answer for lack of network puts the
 * no-signal note on every page at once (lists already on screen included), and the next call that
 * gets any answer takes it away.
 */
export function reportCallReached(reached: boolean): void {
  set(!reached)
}

/** Whether the last call failed for lack of network (or WeChat said the signal is gone). */
export function getNoSignal(): boolean {
  return noSignal
}

/** Whether the last call failed for lack of network (or WeChat said the signal is gone). */
export function useNoSignal(): boolean {
  return useSyncExternalStore(subscribe, current, current)
}

/**
 * Once at launch: WeChat says when the signal goes (the note shows before a call has to fail) and
 * when it comes back (everything on screen loads again, which clears the note once it gets through).
 */
export function watchNetworkStatus(): void {
  if (watching || typeof Taro.onNetworkStatusChange !== 'function') return
  watching = true
  Taro.onNetworkStatusChange(({ isConnected }) => {
    if (!isConnected) set(true)
    else if (noSignal) requestDataRefresh()
  })
}
