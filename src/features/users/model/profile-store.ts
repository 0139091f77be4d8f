import { useSyncExternalStore } from 'react'
import type { MyProfile } from '../../../domain/contracts/users'
import { subscribeDataRefresh } from '../../../lib/data-refresh'
import { setElderMode } from '../../../ui/text-scale'
import { getMe } from '../api/get-me'
import { readLocalConsentVersion } from './consent-storage'

/** The caller's profile, shared by every page of this launch. */
export type ProfileState =
  /** Nothing loaded: the person has not agreed to the privacy policy on this phone yet. */
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly profile: MyProfile }
  | { readonly status: 'error'; readonly error: unknown }

let state: ProfileState = { status: 'idle' }
let inFlight: Promise<void> | null = null
let bootstrapped = false
const listeners = new Set<() => void>()

function update(next: ProfileState): void {
  state = next
  listeners.forEach(listener => listener())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The current state, outside React. */
export function getProfileState(): ProfileState {
  return state
}

/** The current state, re-rendering on change. */
export function useProfileState(): ProfileState {
  return useSyncExternalStore(subscribe, getProfileState, getProfileState)
}

/** Puts a profile the server returned in place; its 长辈模式 choice applies on this phone too. */
export function setProfile(profile: MyProfile): void {
  update({ status: 'ready', profile })
  setElderMode(profile.largeText)
}

/** Forgets the profile (after the person deleted their data). */
export function resetProfile(): void {
  update({ status: 'idle' })
}

/** Loads the profile once; concurrent callers share the one request. */
export function loadProfile(): Promise<void> {
  if (inFlight !== null) return inFlight
  update({ status: 'loading' })
  inFlight = getMe()
    .then(setProfile, (error: unknown) => update({ status: 'error', error }))
    .finally(() => {
      inFlight = null
    })
  return inFlight
}

/**
 * At app start: loads the profile only if this phone has agreed to a privacy policy before (the
 * consent sheet asks otherwise), and reloads it whenever the app asks all data to refresh.
 */
export function bootstrapProfile(): void {
  if (bootstrapped) return
  bootstrapped = true
  if (readLocalConsentVersion() !== null) void loadProfile()
  subscribeDataRefresh(() => {
    if (state.status !== 'idle') void loadProfile()
  })
}
