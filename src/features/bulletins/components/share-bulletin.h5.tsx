import Taro from '@tarojs/taro'
import { Button } from '../../../ui/button'
import { toast } from '../../../ui/toast'
import { bulletinWebLink } from '../model/share-link'
import type { ShareBulletinProps } from './share-bulletin'

/** H5: the system share sheet where the browser has one, else the link copied to paste into a chat. */
export function ShareBulletin({ id, title }: ShareBulletinProps) {
  const link = bulletinWebLink(window.location.origin, id)
  const canShare = typeof navigator.share === 'function'
  const share = () => {
    if (canShare) {
      navigator.share({ title, url: link }).catch(() => undefined)
      return
    }
    void Taro.setClipboardData({ data: link }).then(
      () => toast.success('链接已复制'),
      () => toast.failure('没能复制链接'),
    )
  }
  return (
    <Button icon='copy' variant='secondary' block onClick={share} spokenLabel={canShare ? `分享“${title}”` : `复制“${title}”的链接`}>
      {canShare ? '分享' : '复制链接'}
    </Button>
  )
}
