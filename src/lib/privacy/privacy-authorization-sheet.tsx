import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '../../ui/button'
import { Sheet } from '../../ui/sheet'
import {
  PRIVACY_AGREE_BUTTON_ID,
  agreePrivacyAuthorization,
  declinePrivacyAuthorization,
  usePrivacyAuthorizationPending,
} from './privacy-authorization'
import './privacy-authorization-sheet.css'

/** Where the full policy lives; the sheet links to it so nobody agrees to something unread. */
const PRIVACY_PAGE = '/packages/me/privacy/index'

/** WeChat's privacy authorisation, asked in our words when a privacy API needs it. */
export function PrivacyAuthorizationSheet() {
  const pending = usePrivacyAuthorizationPending()
  if (!pending) return null
  return (
    <Sheet title='需要您的同意' layer='authorization'>
      <Text className='privacy-sheet__text'>
        这一步要用到您的个人信息（例如位置或手机号）。只在您使用这项服务时使用，用途写在《隐私政策》里。
      </Text>
      <Button variant='secondary' icon='lock' block onClick={() => void Taro.navigateTo({ url: PRIVACY_PAGE })}>
        查看隐私政策
      </Button>
      <View className='privacy-sheet__actions'>
        <Button
          id={PRIVACY_AGREE_BUTTON_ID}
          openType='agreePrivacyAuthorization'
          icon='success'
          block
          onAgreePrivacyAuthorization={agreePrivacyAuthorization}
        >
          同意并继续
        </Button>
        <Button variant='secondary' block onClick={declinePrivacyAuthorization}>
          不同意
        </Button>
      </View>
    </Sheet>
  )
}
