import { PRIVACY_POLICY_VERSION, type MyProfile } from '../../../domain/contracts/users'
import { requestDataRefresh } from '../../../lib/data-refresh'
import { useAction, type ActionState } from '../../../lib/use-action'
import { getElderMode } from '../../../ui/text-scale'
import { getMe } from '../api/get-me'
import { recordConsent } from '../api/record-consent'
import { updatePreferences } from '../api/update-preferences'
import { readLocalConsentVersion, writeLocalConsentVersion } from '../model/consent-storage'
import { askConsentAgain, clearConsentDecline, declineConsent, needsConsentPrompt, useConsentDeclined } from '../model/consent-prompt'
import { setProfile, useProfileState } from '../model/profile-store'

export interface PrivacyConsent {
  /** Show the consent sheet now. */
  readonly shouldAsk: boolean
  readonly grant: ActionState<[], MyProfile>
  readonly withdraw: ActionState<[], MyProfile>
  /** 暂不同意: browse without personal features, not asked again at launch on this phone. */
  readonly decline: () => void
  /** Asks again (the 我的 page's 阅读并同意 after a decline). */
  readonly askAgain: () => void
}

/** The first-visit privacy consent and its withdrawal, recorded on the server with `recordConsent`. */
export function usePrivacyConsent(): PrivacyConsent {
  const profile = useProfileState()
  const declined = useConsentDeclined()

  const grant = useAction(async (requestId: string) => {
    // The profile is created by getMe only now, after the person said yes.
    await getMe()
    let updated = await recordConsent('privacy-policy', PRIVACY_POLICY_VERSION, true, requestId)
    // 长辈模式 chosen before agreeing is kept: a new profile would otherwise switch it off.
    if (getElderMode() && !updated.largeText) updated = await updatePreferences({ largeText: true })
    writeLocalConsentVersion(PRIVACY_POLICY_VERSION)
    clearConsentDecline()
    setProfile(updated)
    requestDataRefresh()
    return updated
  })

  const withdraw = useAction(async (requestId: string) => {
    const updated = await recordConsent('privacy-policy', PRIVACY_POLICY_VERSION, false, requestId)
    writeLocalConsentVersion(null)
    declineConsent()
    setProfile(updated)
    return updated
  })

  return {
    shouldAsk: needsConsentPrompt(profile, readLocalConsentVersion(), declined),
    grant,
    withdraw,
    decline: declineConsent,
    askAgain: askConsentAgain,
  }
}
