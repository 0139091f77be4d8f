import { Button } from '../../../ui/button'

export interface ShareBulletinProps {
  readonly id: string
  readonly title: string
}

/** weapp: WeChat's own share sheet, through the page's onShareAppMessage (which opens the link straight to the bulletin). */
export function ShareBulletin({ title }: ShareBulletinProps) {
  return (
    <Button icon='copy' variant='secondary' block openType='share' spokenLabel={`把“${title}”分享给微信好友`}>
      分享给微信好友
    </Button>
  )
}
