import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CallNumbers } from '../../../domain/contracts/legal-aid'
import { ListItem } from '../../../ui/list-item'
import './call-numbers.css'

function dial(phoneNumber: string): void {
  void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}

/** The numbers a worker can always ring, tap to call: 12351 and the centre's own line. */
export function CallNumbersList({ numbers }: { readonly numbers: CallNumbers }) {
  const centrePhone = numbers.centrePhone
  return (
    <View className='legal-call-numbers'>
      <ListItem icon='phone' title={`职工服务热线 ${numbers.hotline}`} subtitle='法律咨询，点一下拨打' onClick={() => dial(numbers.hotline)} />
      {centrePhone === null ? null : <ListItem icon='phone' title={`${numbers.centreName} ${centrePhone}`} subtitle='预约、改约，点一下拨打' onClick={() => dial(centrePhone)} />}
    </View>
  )
}
