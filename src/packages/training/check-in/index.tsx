import { useRouter } from '@tarojs/taro'
import { CheckInScreen } from '../../../features/training/components/check-in-screen'
import { checkInSceneFrom } from '../../../features/training/model/check-in-scene'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/**
 * 上课签到: the page a session's mini-program code opens, with the code's `scene` in the page's options
 * (URL-encoded by WeChat). Its path is fixed: the codes staff print name it.
 */
export default function CheckInPage() {
  const { params } = useRouter()
  return (
    <Screen>
      <PageHeader title='上课签到' />
      <CheckInScreen scene={checkInSceneFrom(params.scene)} />
    </Screen>
  )
}
