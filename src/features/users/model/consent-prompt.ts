import { useSyncExternalStore } from 'react'
import { PRIVACY_POLICY_VERSION } from '../../../domain/contracts/users'
import { hasCurrentPrivacyConsent } from '../../../domain/users/consent'
import type { ProfileState } from './profile-store'

/**
 * Whether to show the first-visit consent sheet. Before any profile is loaded the phone's own
 * record decides (no call is made without consent); once loaded, the server's record does, so a
 * withdrawal or a new policy version on another phone is asked about here too.
 */
export function needsConsentPrompt(profile: ProfileState, localConsentVersion: string | null, declinedThisSession: boolean): boolean {
  if (declinedThisSession) return false
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

let declined = false
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function isDeclined(): boolean {
  return declined
}

/**
 * "暂不同意" holds for this launch only: the person can browse public content, and is asked
 * again next time (or earlier, from 我的).
 */
export function setConsentDeclined(value: boolean): void {
  declined = value
  listeners.forEach(listener => listener())
}

/** Whether the person chose 暂不同意 in this launch. */
export function useConsentDeclined(): boolean {
  return useSyncExternalStore(subscribe, isDeclined, isDeclined)
}
