import { PrivacyConsentPanel } from '../../../features/users/components/privacy-consent-panel'
import { PrivacyPolicy } from '../../../features/users/components/privacy-policy'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 隐私与授权: the policy, then (within thumb reach, after reading) the consent and its withdrawal. */
export default function PrivacyPage() {
  return (
    <Screen overlays={false}>
      <PageHeader title='隐私政策' subtitle='我们怎样使用和保护您的个人信息' />
      <PrivacyPolicy />
      <PrivacyConsentPanel />
    </Screen>
  )
}
