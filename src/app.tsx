import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { LocalIdentitySlot } from './features/local-identity/components/local-identity-slot'
import { PrivacyConsentSheet } from './features/users/components/privacy-consent-sheet'
import { bootstrapProfile } from './features/users/model/profile-store'
import { initCloud } from './lib/cloud-transport'
import { PrivacyAuthorizationSheet } from './lib/privacy/privacy-authorization-sheet'
import { installPrivacyAuthorization } from './lib/privacy/privacy-authorization'
import { ScreenOverlaysContext } from './ui/screen-overlays'
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
 * them, so the shell provides overlays through context rather than drawing them itself.
 */
function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    installPrivacyAuthorization()
    initTextScale()
    bootstrapProfile()
  })

  return (
    <ScreenOverlaysContext.Provider value={AppOverlays}>
      <LocalIdentitySlot />
      {children}
    </ScreenOverlaysContext.Provider>
  )
}

export default App
