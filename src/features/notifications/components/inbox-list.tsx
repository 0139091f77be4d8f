import { Text, View } from '@tarojs/components'
import type { InboxItem } from '../../../domain/contracts/notify'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { classNames } from '../../../ui/class-names'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { Icon } from '../../../ui/icon'
import { LoadingState } from '../../../ui/loading-state'
import { useInbox } from '../hooks/use-inbox'
import { messageTime, openTarget } from '../model/inbox-view'
import './inbox-list.css'

function Message({ item, now, onOpen }: { readonly item: InboxItem; readonly now: Date; readonly onOpen: (item: InboxItem) => void }) {
  const when = messageTime(item.createdAt, now)
  const opens = openTarget(item.page) !== null
  const spoken = [item.read ? '已读' : '未读', item.title, when, ...item.lines.map(line => `${line.label}：${line.value}`), opens ? '点按查看详情' : ''].filter(Boolean).join('，')
  return (
    <View
      className={classNames('inbox-message', !item.read && 'inbox-message--unread')}
      hoverClass='inbox-message--pressed'
      onClick={() => onOpen(item)}
      {...a11yProps({ role: 'button', label: spoken })}
    >
      <View className='inbox-message__head'>
        {item.read ? null : (
          <View className='inbox-message__unread'>
            <Icon name='bell' />
            <Text>未读</Text>
          </View>
        )}
        <Text className='inbox-message__title'>{item.title}</Text>
      </View>
      <Text className='inbox-message__time'>{when}</Text>
      {item.lines.map(line => (
        <View key={line.label} className='inbox-message__line'>
          <Text className='inbox-message__label'>{line.label}：</Text>
          <Text>{line.value}</Text>
        </View>
      ))}
      {opens ? <Text className='inbox-message__more'>点此查看详情 ›</Text> : null}
    </View>
  )
}

/** 消息: every message, newest first; unread ones marked in words, opened (and read) with one tap. */
export function InboxList() {
  const inbox = useInbox()
  const { first } = inbox
  if (first.data === undefined) {
    if (first.status === 'error') return <ErrorState message={errorMessage(first.error)} onRetry={first.retry} />
    return <LoadingState label='正在加载消息…' />
  }
  if (inbox.items.length === 0) {
    return <EmptyState icon='bell' title='还没有消息' description='工作人员处理了您的反馈、有新资讯或预约提醒时，消息会放在这里。' />
  }
  const now = new Date()
  return (
    <View className='inbox'>
      <View className='inbox__summary'>
        <Text {...a11yProps({ live: 'polite' })}>{inbox.unread === 0 ? '全部已读' : `${inbox.unread} 条未读`}</Text>
        {inbox.unread === 0 ? null : (
          <Button variant='secondary' icon='success' onClick={inbox.markAll}>
            全部标为已读
          </Button>
        )}
      </View>
      <View className='inbox__list'>
        {inbox.items.map(item => (
          <Message key={item.id} item={item} now={now} onOpen={inbox.open} />
        ))}
      </View>
      {inbox.hasMore ? (
        <Button variant='secondary' block loading={inbox.loadingMore} onClick={inbox.loadMore}>
          加载更早的消息
        </Button>
      ) : null}
    </View>
  )
}
