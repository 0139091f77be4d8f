import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { BulletinStatus } from '../../../domain/contracts/bulletins'
import { kindLabel } from '../../../domain/bulletins/bulletin-kinds'
import { errorMessage } from '../../../lib/error-messages'
import { formatShanghaiFullDateTime } from '../../../lib/shanghai-time'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { Icon } from '../../../ui/icon'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { StatusBadge } from '../../../ui/status-badge'
import { useBulletinKinds } from '../hooks/use-bulletin-kinds'
import type { StaffBulletins } from '../hooks/use-staff-bulletins'
import { issueLabel } from '../model/bulletin-dates'
import { BULLETINS_ERROR_MESSAGES } from '../model/bulletins-error-messages'
import { bulletinStatusLabel } from '../model/status-label'
import './staff-bulletin-list.css'

const FILTERS: readonly { readonly status: BulletinStatus | null; readonly label: string }[] = [
  { status: null, label: '全部' },
  { status: 'draft', label: '草稿' },
  { status: 'published', label: '已发布' },
  { status: 'unpublished', label: '已撤回' },
]

function openEditor(id: string | null): void {
  void Taro.navigateTo({ url: id === null ? '/packages/staff/bulletins-edit/index' : `/packages/staff/bulletins-edit/index?id=${encodeURIComponent(id)}` })
}

/** Staff: every bulletin with its status, newest change first; new, edit, and the way to publishing. */
export function StaffBulletinList({ staff }: { readonly staff: StaffBulletins }) {
  const kinds = useBulletinKinds()
  const { state, loadMore, reload } = staff.list
  return (
    <Section title='全部资讯' description='草稿只有工作人员能看到。'>
      <View className='staff-list'>
        <Button icon='edit' block onClick={() => openEditor(null)}>
          发布新资讯
        </Button>
        <View className='staff-list__filters' {...a11yProps({ role: 'radiogroup', label: '按状态筛选' })}>
          {FILTERS.map(filter => {
            const on = filter.status === staff.status
            return (
              <View
                key={filter.label}
                className={on ? 'staff-list__filter staff-list__filter--on' : 'staff-list__filter'}
                onClick={() => staff.setStatus(filter.status)}
                {...a11yProps({ role: 'radio', checked: on, label: filter.label })}
              >
                {on ? <Icon name='success' /> : null}
                <Text>{filter.label}</Text>
              </View>
            )
          })}
        </View>
        {state.status === 'loading' ? <LoadingState rows={4} /> : null}
        {state.status === 'error' ? <ErrorState message={errorMessage(state.error, BULLETINS_ERROR_MESSAGES)} onRetry={reload} /> : null}
        {state.status === 'empty' ? <EmptyState icon='news' title='还没有资讯' description='点“发布新资讯”，粘贴一期简报试试' /> : null}
        {state.items.map(item => {
          const status = bulletinStatusLabel(item.status)
          const details = [kindLabel(kinds, item.kind), issueLabel(item.issueNumber), `更新于 ${formatShanghaiFullDateTime(Date.parse(item.updatedAt))}`].filter(Boolean).join(' · ')
          return (
            <View
              key={item.id}
              className='staff-list__row'
              hoverClass='staff-list__row--pressed'
              onClick={() => openEditor(item.id)}
              {...a11yProps({ role: 'button', label: `${item.title}，${status.label}，${details}` })}
            >
              <View className='staff-list__row-top'>
                <StatusBadge tone={status.tone} label={status.label} />
                {item.status === 'published' ? <Text className='staff-list__reads'>阅读 {item.readCount} 次</Text> : null}
              </View>
              <Text className='staff-list__title'>{item.title}</Text>
              <Text className='staff-list__details'>{details}</Text>
            </View>
          )
        })}
        {state.status === 'ready' && state.nextCursor !== null ? (
          <Button variant='secondary' block loading={state.loadingMore} onClick={loadMore}>
            加载更多
          </Button>
        ) : null}
      </View>
    </Section>
  )
}
