import type { ConsentGate } from '../../../lib/privacy/consent-gate'
import { askConsentAgain, hasGivenConsent } from './consent-prompt'
import { readLocalConsentVersion } from './consent-storage'
import { getProfileState } from './profile-store'

/** How other features learn whether the person agreed, and ask them when not (registered by app.tsx). */
export const privacyConsentGate: ConsentGate = {
  given: () => hasGivenConsent(getProfileState(), readLocalConsentVersion()),
  ask: askConsentAgain,
}
