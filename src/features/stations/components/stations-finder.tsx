import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { formatDistance } from '../../../domain/geo/format-distance'
import { DEFAULT_NEARBY_FILTER, NEARBY_RADII, type NearbyFilter } from '../../../domain/stations/nearby-query'
import { errorMessage } from '../../../lib/error-messages'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { ListItem } from '../../../ui/list-item'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { refreshCityIfStale } from '../hooks/city-cache'
import { initialCatalogue, useNearbyStations } from '../hooks/use-nearby-stations'
import { useSearchOrigin } from '../hooks/use-search-origin'
import type { NearbyRow } from '../model/nearby-view'
import { isMeasuredFromHere, originPoint } from '../model/search-origin'
import { STATION_PAGES } from '../model/station-pages'
import { STATIONS_ERROR_MESSAGES } from '../model/stations-error-messages'
import { OfflineNote } from './offline-note'
import { OriginBar } from './origin-bar'
import { StationCard } from './station-card'
import { StationFilters } from './station-filters'
import { StationMap } from './station-map'
import { StationRow } from './station-row'
import './stations-finder.css'

export interface StationsFinderProps {
  /** Staff see the way into station management. */
  readonly canManage: boolean
}

function widerRadius(current: number): (typeof NEARBY_RADII)[number] | null {
  return NEARBY_RADII.find(radius => radius > current) ?? null
}

/**
 * The 驿站 tab: where the person is, what they need, and the nearest stations on a map and in a
 * list. With no signal the same list comes from the phone's copy of the city, and says so.
 */
export function StationsFinder({ canManage }: StationsFinderProps) {
  const { origin, relocate, chooseDistrict } = useSearchOrigin()
  const [filter, setFilter] = useState<NearbyFilter>(DEFAULT_NEARBY_FILTER)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const point = originPoint(origin)
  const nearby = useNearbyStations(point, filter)
  const [fallbackCatalogue] = useState(initialCatalogue)
  const catalogue = nearby.data?.catalogue ?? fallbackCatalogue
  const rows = useMemo(() => nearby.data?.rows ?? [], [nearby.data])
  const selected = rows.find(row => row.id === selectedId) ?? null

  useEffect(() => {
    // Keeps the phone's copy of the city fresh while there is signal, for the day there is none.
    void refreshCityIfStale()
  }, [])

  const open = (row: NearbyRow) => void Taro.navigateTo({ url: STATION_PAGES.detail(row.id, isMeasuredFromHere(origin) ? point : null) })
  const wider = widerRadius(filter.radiusMeters)

  return (
    <View className='stations-finder'>
      <OriginBar origin={origin} onRelocate={relocate} onChooseDistrict={chooseDistrict} />
      <StationFilters filter={filter} catalogue={catalogue} onChange={next => setFilter(next)} />
      {nearby.data?.source.kind === 'offline' ? <OfflineNote savedAt={nearby.data.source.savedAt} /> : null}
      {point !== null && rows.length > 0 ? (
        <View className='stations-finder__map'>
          <StationMap
            origin={point}
            measuredFromHere={isMeasuredFromHere(origin)}
            radiusMeters={filter.radiusMeters}
            rows={rows}
            selectedId={selectedId}
            onSelect={row => setSelectedId(row.id)}
          />
        </View>
      ) : null}
      {selected === null ? null : (
        <View className='stations-finder__card'>
          <StationCard row={selected} onOpen={open} onClose={() => setSelectedId(null)} />
        </View>
      )}
      <Section title='附近的驿站' description={rows.length > 0 ? `${formatDistance(filter.radiusMeters)}内，由近到远` : undefined}>
        <View className='stations-finder__list'>
          {nearby.status === 'loading' && rows.length === 0 ? <LoadingState label='正在查找附近的驿站…' /> : null}
          {nearby.status === 'error' && rows.length === 0 ? (
            <ErrorState message={errorMessage(nearby.error, STATIONS_ERROR_MESSAGES)} onRetry={nearby.retry} />
          ) : null}
          {nearby.status === 'empty' ? (
            <EmptyState
              icon='station'
              title={`${formatDistance(filter.radiusMeters)}内没有${filter.amenities.length > 0 || filter.openNow ? '符合条件的' : ''}驿站`}
              description='可以扩大范围，或少选几样设施'
              action={
                wider === null ? undefined : (
                  <Button onClick={() => setFilter({ ...filter, radiusMeters: wider })}>{`扩大到${formatDistance(wider)}`}</Button>
                )
              }
            />
          ) : null}
          {rows.map((row, index) => (
            <StationRow key={row.id} row={row} rank={index + 1} selected={row.id === selectedId} onOpen={open} />
          ))}
          {nearby.status === 'loading' && rows.length > 0 ? <Text className='stations-finder__updating'>正在更新…</Text> : null}
        </View>
      </Section>
      <Section title='其他'>
        <View className='stations-finder__links'>
          <ListItem icon='folder' title='我的反馈' subtitle='我报告过的驿站问题和处理结果' onClick={() => void Taro.navigateTo({ url: STATION_PAGES.myReports })} />
          {canManage ? (
            <ListItem icon='edit' title='驿站管理' subtitle='新增和修改驿站，处理职工反馈' onClick={() => void Taro.navigateTo({ url: STATION_PAGES.manage })} />
          ) : null}
        </View>
      </Section>
    </View>
  )
}
