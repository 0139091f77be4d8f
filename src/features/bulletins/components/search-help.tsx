import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { UNION_HOTLINE } from '../../../lib/app-info'
import { callHotline } from '../../../lib/call-hotline'
import { Button } from '../../../ui/button'
import { LEGAL_AID_BOOKING_PAGE } from '../model/search-results'
import './search-help.css'

/** When the news has nothing on it: the union's hotline and its free legal aid, one tap each, instead of a dead end. */
export function SearchHelp() {
  return (
    <View className='search-help'>
      <Button icon='phone' block spokenLabel={`拨打职工服务热线 ${UNION_HOTLINE}`} onClick={callHotline}>
        {`打职工热线 ${UNION_HOTLINE}`}
      </Button>
      <Button variant='secondary' icon='legal' block onClick={() => void Taro.navigateTo({ url: LEGAL_AID_BOOKING_PAGE })}>
        预约免费法律援助
      </Button>
    </View>
  )
}
