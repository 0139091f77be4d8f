import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

/** The id of the button (openType="agreePrivacyAuthorization") WeChat checks was really tapped. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-authorization-agree'

let pending: Resolve | null = null
let installed = false
const listeners = new Set<() => void>()

function notify(): void {
  listeners.forEach(listener => listener())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function isPending(): boolean {
  return pending !== null
}

/**
 * weapp, once at app start: when a privacy API (location, phone number, clipboard…) needs the
 * person's agreement, WeChat holds the call and asks us; the sheet rendered on every page
 * (PrivacyAuthorizationSheet) then explains and offers agree / disagree.
 */
export function installPrivacyAuthorization(): void {
  if (installed || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  installed = true
  Taro.onNeedPrivacyAuthorization(resolve => {
    pending?.({ event: 'disagree' })
    pending = resolve
    resolve({ event: 'exposureAuthorization' })
    notify()
  })
}

/** Call from the agree button's onAgreePrivacyAuthorization: WeChat lets the held call continue. */
export function agreePrivacyAuthorization(): void {
  pending?.({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID })
  pending = null
  notify()
}

/** The held call fails with "privacy permission is not authorized"; the feature shows its fallback. */
export function declinePrivacyAuthorization(): void {
  pending?.({ event: 'disagree' })
  pending = null
  notify()
}

/** Whether WeChat is waiting for the person to agree. */
export function usePrivacyAuthorizationPending(): boolean {
  return useSyncExternalStore(subscribe, isPending, isPending)
}

/**
 * Features call this before a privacy API (getLocation, chooseLocation): resolves true once the
 * person has agreed (asking through the sheet if needed), false if they declined.
 */
export function ensurePrivacyAuthorized(): Promise<boolean> {
  if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true)
  return new Promise(resolve => {
    Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) })
  })
}
