import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { LocalIdentitySlot } from './features/local-identity/components/local-identity-slot'
import { PrivacyConsentSheet } from './features/users/components/privacy-consent-sheet'
import { privacyConsentGate } from './features/users/model/consent-gate'
import { bootstrapProfile } from './features/users/model/profile-store'
import { initCloud } from './lib/cloud-transport'
import { watchNetworkStatus } from './lib/network-status'
import { NoSignalNote } from './lib/no-signal-note'
import { registerConsentGate } from './lib/privacy/consent-gate'
import { PrivacyAuthorizationSheet } from './lib/privacy/privacy-authorization-sheet'
import { installPrivacyAuthorization } from './lib/privacy/privacy-authorization'
import { ScreenNoticeContext, ScreenOverlaysContext } from './ui/screen-overlays'
import { initTextScale } from './ui/text-scale'
import './app.css'

/** Drawn by every page's Screen: the first-visit consent and WeChat's privacy authorisation. */
function AppOverlays() {
  return (
    <>
      <PrivacyConsentSheet />
      <PrivacyAuthorizationSheet />
    </>
  )
}

/**
 * The app shell. On weapp the pages are rendered into their own trees and only context reaches
 * them, so the shell provides overlays and the no-signal note through context rather than drawing them itself.
 */
function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    watchNetworkStatus()
    installPrivacyAuthorization()
    initTextScale()
    registerConsentGate(privacyConsentGate)
    bootstrapProfile()
  })

  return (
    <ScreenOverlaysContext.Provider value={AppOverlays}>
      <ScreenNoticeContext.Provider value={NoSignalNote}>
        <LocalIdentitySlot />
        {children}
      </ScreenNoticeContext.Provider>
    </ScreenOverlaysContext.Provider>
  )
}

export default App
