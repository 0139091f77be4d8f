import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ListItem } from '../../../ui/list-item'
import './staff-entry.css'

/** For union staff on the 首页 tab: the way to publishing (the function refuses everyone else anyway). */
export function StaffEntry() {
  return (
    <View className='staff-entry'>
      <ListItem
        icon='edit'
        title='资讯管理（工作人员）'
        subtitle='粘贴简报全文，识别、校对、发布'
        onClick={() => void Taro.navigateTo({ url: '/packages/staff/bulletins-list/index' })}
      />
    </View>
  )
}
