import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { StationStatus } from '../../../domain/stations/station'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { classNames } from '../../../ui/class-names'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { SearchBar } from '../../../ui/search-bar'
import { StatusBadge } from '../../../ui/status-badge'
import { useStaffStations } from '../hooks/use-staff-stations'
import { STATION_PAGES } from '../model/station-pages'
import { STATIONS_ERROR_MESSAGES } from '../model/stations-error-messages'
import './staff-station-list.css'

const STATUS_CHOICES: readonly { readonly value: StationStatus | undefined; readonly label: string }[] = [
  { value: undefined, label: '全部' },
  { value: 'active', label: '开放中' },
  { value: 'closed', label: '暂停开放' },
]

/** Staff: find a station by name to edit it, add one, or go to the reports waiting for them. */
export function StaffStationList() {
  const list = useStaffStations()
  return (
    <View className='staff-stations'>
      <View className='staff-stations__actions'>
        <Button icon='edit' onClick={() => void Taro.navigateTo({ url: STATION_PAGES.edit(null) })}>
          新增驿站
        </Button>
        <Button variant='secondary' icon='bell' onClick={() => void Taro.navigateTo({ url: STATION_PAGES.reports })}>
          处理职工反馈
        </Button>
      </View>
      <SearchBar value={list.search} onChange={list.setSearch} onSearch={list.setSearch} placeholder='搜索驿站名称' />
      <View className='staff-stations__status' {...a11yProps({ role: 'radiogroup', label: '驿站状态' })}>
        {STATUS_CHOICES.map(choice => {
          const on = list.status === choice.value
          return (
            <View
              key={choice.label}
              className={classNames('staff-stations__choice', on && 'staff-stations__choice--on')}
              onClick={() => list.setStatus(choice.value)}
              {...a11yProps({ role: 'radio', checked: on, label: choice.label })}
            >
              <Text>{choice.label}</Text>
            </View>
          )
        })}
      </View>
      {list.first.status === 'loading' && list.items.length === 0 ? <LoadingState label='正在加载驿站…' /> : null}
      {list.first.status === 'error' ? <ErrorState message={errorMessage(list.first.error, STATIONS_ERROR_MESSAGES)} onRetry={list.first.retry} /> : null}
      {list.first.status === 'empty' ? <EmptyState title='没有找到驿站' description='换个名字搜一搜，或新增驿站' /> : null}
      <View className='staff-stations__list'>
        {list.items.map(station => (
          <View
            key={station.id}
            className='staff-stations__item'
            hoverClass='staff-stations__item--pressed'
            onClick={() => void Taro.navigateTo({ url: STATION_PAGES.edit(station.id) })}
            {...a11yProps({
              role: 'button',
              label: `${station.name}，${station.status === 'active' ? '开放中' : '暂停开放'}${station.pendingReports > 0 ? `，${station.pendingReports} 条待处理反馈` : ''}`,
            })}
          >
            <View className='staff-stations__head'>
              <Text className='staff-stations__name'>{station.name}</Text>
              <StatusBadge tone={station.status === 'active' ? 'success' : 'neutral'} label={station.status === 'active' ? '开放中' : '暂停开放'} />
            </View>
            <Text className='staff-stations__meta'>
              {[station.district, station.lastVerifiedOn === null ? '未核实' : `核实于 ${station.lastVerifiedOn}`].filter(Boolean).join(' · ')}
            </Text>
            {station.pendingReports > 0 ? <StatusBadge tone='warning' label={`${station.pendingReports} 条待处理反馈`} /> : null}
          </View>
        ))}
      </View>
      {list.hasMore ? (
        <Button variant='secondary' block loading={list.loadingMore} onClick={list.loadMore}>
          加载更多
        </Button>
      ) : null}
    </View>
  )
}
