import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { formatDistance } from '../../../domain/geo/format-distance'
import { DEFAULT_NEARBY_FILTER, NEARBY_RADII, type NearbyFilter } from '../../../domain/stations/nearby-query'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { ListItem } from '../../../ui/list-item'
import { LoadingState } from '../../../ui/loading-state'
import { SearchBar } from '../../../ui/search-bar'
import { Section } from '../../../ui/section'
import { refreshCityIfStale } from '../hooks/city-cache'
import { useFavouriteStations } from '../hooks/use-favourite-stations'
import { initialCatalogue, useNearbyStations } from '../hooks/use-nearby-stations'
import { useSearchOrigin } from '../hooks/use-search-origin'
import { useStationSearch } from '../hooks/use-station-search'
import type { NearbyRow } from '../model/nearby-view'
import { isMeasuredFromHere, originPoint } from '../model/search-origin'
import { STATION_PAGES } from '../model/station-pages'
import { STATIONS_ERROR_MESSAGES } from '../model/stations-error-messages'
import { OfflineNote } from './offline-note'
import { OriginBar } from './origin-bar'
import { StationCard } from './station-card'
import { StationFilterBar } from './station-filter-bar'
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
 * The 驿站 tab, built so the nearest station (name, distance, open or not, 导航) is on the first
 * screen at any type size: where distances are measured from in one line, search by name or
 * address, the filters folded into one row that says what they find, the person's 常去的驿站,
 * then the stations nearest first; the map on request. With no signal the same lists come from
 * the phone's copy of the city, and say so.
 */
export function StationsFinder({ canManage }: StationsFinderProps) {
  const { origin, relocate, chooseDistrict } = useSearchOrigin()
  const [filter, setFilter] = useState<NearbyFilter>(DEFAULT_NEARBY_FILTER)
  const [typed, setTyped] = useState('')
  const [query, setQuery] = useState('')
  const [mapShown, setMapShown] = useState(false)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const point = originPoint(origin)
  const nearby = useNearbyStations(point, filter)
  const found = useStationSearch(point, query)
  const favourites = useFavouriteStations(point)
  const [fallbackCatalogue] = useState(initialCatalogue)
  const catalogue = nearby.data?.catalogue ?? fallbackCatalogue
  const searching = query !== ''
  const shown = searching ? found : nearby
  const rows = shown.data?.rows ?? []
  const kept = favourites.data?.rows ?? []
  const selected = rows.find(row => row.id === selectedId) ?? null

  useEffect(() => {
    // Keeps the phone's copy of the city fresh while there is signal, for the day there is none.
    void refreshCityIfStale()
  }, [])

  const open = (row: NearbyRow) => void Taro.navigateTo({ url: STATION_PAGES.detail(row.id, isMeasuredFromHere(origin) ? point : null) })
  const search = (words: string) => {
    setSelectedId(null)
    setQuery(words.trim())
  }
  const clearSearch = () => {
    setTyped('')
    search('')
  }
  const wider = widerRadius(filter.radiusMeters)
  const loading = shown.status === 'loading'

  return (
    <View className='stations-finder'>
      <OriginBar origin={origin} onRelocate={relocate} onChooseDistrict={chooseDistrict} />
      {kept.length > 0 ? (
        <Section title='常去的驿站'>
          {kept.map(row => (
            <StationRow key={row.id} row={row} compact onOpen={open} />
          ))}
        </Section>
      ) : null}
      <SearchBar value={typed} onChange={setTyped} onSearch={search} placeholder='搜驿站或地址' />
      {searching ? (
        <View className='stations-finder__bar'>
          <Text className='stations-finder__found' {...a11yProps({ role: 'heading', level: 2, live: 'polite' })}>
            {loading ? `正在找“${query}”…` : `“${query}”：${rows.length} 个`}
          </Text>
          <Button variant='secondary' icon='close' onClick={clearSearch}>
            清除
          </Button>
        </View>
      ) : (
        <StationFilterBar
          filter={filter}
          catalogue={catalogue}
          found={loading ? null : rows.length}
          onChange={next => setFilter(next)}
          mapShown={mapShown}
          onToggleMap={() => setMapShown(!mapShown)}
        />
      )}
      {shown.data?.source.kind === 'offline' ? <OfflineNote savedAt={shown.data.source.savedAt} /> : null}
      {mapShown && !searching && point !== null && rows.length > 0 ? (
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
      {selected === null || !mapShown ? null : (
        <View className='stations-finder__card'>
          <StationCard row={selected} onOpen={open} onClose={() => setSelectedId(null)} />
        </View>
      )}
      <View className='stations-finder__list'>
        {loading && rows.length === 0 ? <LoadingState label={searching ? '正在查找…' : '正在查找附近的驿站…'} /> : null}
        {shown.status === 'error' && rows.length === 0 ? <ErrorState message={errorMessage(shown.error, STATIONS_ERROR_MESSAGES)} onRetry={shown.retry} /> : null}
        {shown.status === 'empty' && searching ? (
          <EmptyState
            icon='search'
            title={`附近 50 公里内没有名称或地址含“${query}”的驿站`}
            description='换几个字试试，比如路名或单位名'
            action={<Button onClick={clearSearch}>看附近的驿站</Button>}
          />
        ) : null}
        {shown.status === 'empty' && !searching ? (
          <EmptyState
            icon='station'
            title={`${formatDistance(filter.radiusMeters)}内没有${filter.amenities.length > 0 || filter.openNow ? '符合条件的' : ''}驿站`}
            description='可以扩大范围，或少选几样设施'
            action={wider === null ? undefined : <Button onClick={() => setFilter({ ...filter, radiusMeters: wider })}>{`扩大到${formatDistance(wider)}`}</Button>}
          />
        ) : null}
        {rows.map((row, index) => (
          <StationRow key={row.id} row={row} rank={searching ? undefined : index + 1} selected={row.id === selectedId} onOpen={open} />
        ))}
        {loading && rows.length > 0 ? <Text className='stations-finder__updating'>正在更新…</Text> : null}
      </View>
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
