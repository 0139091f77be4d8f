import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'
import { PRIVACY_POLICY_VERSION } from '../../../domain/contracts/users'
import { hasCurrentPrivacyConsent } from '../../../domain/users/consent'
import type { ProfileState } from './profile-store'

/**
 * Whether to show the first-visit consent sheet. Before any profile is loaded the phone's own
 * record decides (no call is made without consent); once loaded, the server's record does, so a
 * withdrawal or a new policy version on another phone is asked about here too.
 */
export function needsConsentPrompt(profile: ProfileState, localConsentVersion: string | null, declined: boolean): boolean {
  if (declined) return false
  switch (profile.status) {
    case 'idle':
      return localConsentVersion !== PRIVACY_POLICY_VERSION
    case 'ready':
      return !hasCurrentPrivacyConsent(profile.profile.consents)
    case 'loading':
    case 'error':
      return false
  }
}

const DECLINED_KEY = 'users.privacy-consent-declined'

/**
 * "暂不同意" is remembered on the phone: the person browses public content and is not asked again at
 * every launch, only when they use something that keeps personal data (ensureConsent) or choose
 * 阅读并同意 on 我的. Null until read from storage.
 */
let declined: boolean | null = null
const listeners = new Set<() => void>()

function readStoredDecline(): boolean {
  try {
    return Taro.getStorageSync(DECLINED_KEY) === true
  } catch {
    return false
  }
}

function storeDecline(on: boolean): void {
  try {
    if (on) Taro.setStorageSync(DECLINED_KEY, true)
    else Taro.removeStorageSync(DECLINED_KEY)
  } catch {
    // Without storage the choice holds for this launch only; the next launch asks again.
  }
}

function setDeclined(value: boolean): void {
  declined = value
  listeners.forEach(listener => listener())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function isDeclined(): boolean {
  if (declined === null) declined = readStoredDecline()
  return declined
}

/** 暂不同意 (or consent withdrawn, data deleted): not asked again at launch, on this phone. */
export function declineConsent(): void {
  storeDecline(true)
  setDeclined(true)
}

/** The person asked to see the question (我的 → 阅读并同意) or a feature needs the consent: show it now. */
export function askConsentAgain(): void {
  setDeclined(false)
}

/** The person agreed: nothing to remember about a decline. */
export function clearConsentDecline(): void {
  storeDecline(false)
  setDeclined(false)
}

/** Whether the person chose not to be asked (暂不同意), on this phone. */
export function useConsentDeclined(): boolean {
  return useSyncExternalStore(subscribe, isDeclined, isDeclined)
}

/** Whether the person has agreed to the current policy: the server's record once loaded, the phone's before. */
export function hasGivenConsent(profile: ProfileState, localConsentVersion: string | null): boolean {
  if (profile.status === 'ready') return hasCurrentPrivacyConsent(profile.profile.consents)
  return localConsentVersion === PRIVACY_POLICY_VERSION
}
