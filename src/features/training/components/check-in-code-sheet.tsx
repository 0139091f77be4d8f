import { Image, Text } from '@tarojs/components'
import type { CheckInCode, SessionView } from '../../../domain/contracts/training'
import { formatShanghaiDateTime } from '../../../lib/shanghai-time'
import { Button } from '../../../ui/button'
import { Sheet } from '../../../ui/sheet'
import './training.css'

/** A session's check-in code, as large as the screen allows, to hold up at the venue for workers to scan. */
export function CheckInCodeSheet({ code, session, index, onClose }: { readonly code: CheckInCode; readonly session: SessionView; readonly index: number; readonly onClose: () => void }) {
  return (
    <Sheet title={`第 ${index + 1} 次课签到码`} onDismiss={onClose}>
      <Text className='training-code__session'>{session.title}</Text>
      <Image className='training-code__image' src={`data:image/png;base64,${code.pngBase64}`} mode='aspectFit' ariaLabel={`第 ${index + 1} 次课的签到码，用微信扫一扫签到`} />
      <Text className='training-code__hint'>请职工用微信“扫一扫”扫这个码签到</Text>
      <Text className='training-code__window'>
        可以签到：{formatShanghaiDateTime(Date.parse(code.opensAt))} 至 {formatShanghaiDateTime(Date.parse(code.closesAt))}
      </Text>
      <Text className='training-rule'>码内编号：{code.scene}</Text>
      <Button variant='secondary' block onClick={onClose}>
        关闭
      </Button>
    </Sheet>
  )
}
