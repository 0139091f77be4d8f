import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ListItem } from '../../../ui/list-item'
import { Section } from '../../../ui/section'
import { INBOX_PAGE, unreadWords } from '../model/inbox-view'
import { useUnreadCount } from '../model/unread-store'
import './inbox-entry.css'

/** 消息 on 我的: how many are unread, and the way in. Every notice and reminder is kept there. */
export function InboxEntry() {
  const unread = useUnreadCount()
  return (
    <Section title='消息' description='工作人员的回复、新资讯和提醒都放在这里'>
      <View className='inbox-entry'>
        <ListItem icon='bell' title='我的消息' subtitle={unreadWords(unread)} onClick={() => void Taro.navigateTo({ url: INBOX_PAGE })} />
      </View>
    </Section>
  )
}
