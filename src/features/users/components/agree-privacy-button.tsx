import { PRIVACY_AGREE_BUTTON_ID } from '../../../lib/privacy/privacy-authorization'
import { Button } from '../../../ui/button'
import type { PrivacyConsent } from '../hooks/use-privacy-consent'

interface AgreePrivacyButtonProps {
  readonly grant: PrivacyConsent['grant']
  /** The button's words, which are also what a screen reader says. */
  readonly children: string
}

/**
 * The one button that agrees to the privacy policy. On weapp it is also WeChat's
 * `agreePrivacyAuthorization` button, so the same tap answers the platform's privacy prompt.
 */
export function AgreePrivacyButton({ grant, children }: AgreePrivacyButtonProps) {
  return (
    <Button id={PRIVACY_AGREE_BUTTON_ID} openType='agreePrivacyAuthorization' icon='success' block loading={grant.pending} onClick={() => void grant.run()}>
      {children}
    </Button>
  )
}
