import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { APP_NAME, UNION_NAME } from '../../../lib/app-info'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { Sheet } from '../../../ui/sheet'
import { usePrivacyConsent } from '../hooks/use-privacy-consent'
import { USERS_ERROR_MESSAGES } from '../model/users-error-messages'
import { ME_PAGES } from './account-section'
import { AgreePrivacyButton } from './agree-privacy-button'
import './privacy-consent-sheet.css'

/**
 * The first-visit question, before any personal data is used. On weapp the agree button is also
 * WeChat's agreePrivacyAuthorization button, so one tap covers both our policy and WeChat's
 * privacy check for later location and phone-number requests.
 */
export function PrivacyConsentSheet() {
  const consent = usePrivacyConsent()
  if (!consent.shouldAsk) return null
  const failure = consent.grant.error === undefined ? undefined : errorMessage(consent.grant.error, USERS_ERROR_MESSAGES)
  return (
    <Sheet title={`欢迎使用${APP_NAME}`} layer='consent'>
      <Text className='consent-sheet__text'>
        {UNION_NAME}为您提供资讯、驿站、法律援助和技能培训服务。为了保存您的设置和记录（如驿站问题反馈、资讯提醒、预约和报名），我们需要使用您的微信身份标识和昵称；手机号、位置只在您用到相关功能时才使用。
      </Text>
      <Button variant='secondary' icon='lock' block onClick={() => void Taro.navigateTo({ url: ME_PAGES.privacy })}>
        阅读完整隐私政策
      </Button>
      {failure !== undefined ? <Text className='consent-sheet__error'>⚠ {failure}</Text> : null}
      <View className='consent-sheet__actions'>
        <AgreePrivacyButton grant={consent.grant}>同意并继续</AgreePrivacyButton>
        <Button variant='secondary' block disabled={consent.grant.pending} onClick={consent.decline}>
          暂不同意，只浏览
        </Button>
      </View>
    </Sheet>
  )
}
