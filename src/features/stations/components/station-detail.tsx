import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { distanceMeters } from '../../../domain/geo/distance-meters'
import { formatDistance } from '../../../domain/geo/format-distance'
import type { LngLat } from '../../../domain/geo/lng-lat'
import { requestDataRefresh } from '../../../lib/data-refresh'
import { errorMessage } from '../../../lib/error-messages'
import { useAction } from '../../../lib/use-action'
import { openNavigation } from '../../../lib/location'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { ErrorState } from '../../../ui/error-state'
import { IconLabel } from '../../../ui/icon-label'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { StatusBadge } from '../../../ui/status-badge'
import { Tag } from '../../../ui/tag'
import { toast } from '../../../ui/toast'
import { setFavourite } from '../api/set-favourite'
import { useStation } from '../hooks/use-station'
import { amenityViews } from '../model/amenity-view'
import { openingView } from '../model/opening-view'
import { reportView } from '../model/report-view'
import { standardExplanation } from '../model/standard-explanation'
import { STATION_PAGES } from '../model/station-pages'
import { STATIONS_ERROR_MESSAGES } from '../model/stations-error-messages'
import { AmenityList } from './amenity-list'
import { OfflineNote } from './offline-note'
import { OpeningBadge } from './opening-badge'
import './station-detail.css'

/** `2026年3月1日` from `2026-03-01`. */
function longDate(dateKey: string): string {
  const [year, month, day] = dateKey.split('-')
  return `${Number(year)}年${Number(month)}月${Number(day)}日`
}

export interface StationDetailViewProps {
  readonly stationId: string
  /** Where the person stood when they opened it (GCJ-02), for the distance. */
  readonly from: LngLat | null
}

/** 设为常去 / 取消常去: the tab's 常去的驿站 follow at once. Absent offline, where it could not be saved. */
function FavouriteButton({ stationId, name, initial }: { readonly stationId: string; readonly name: string; readonly initial: boolean }) {
  const [favourite, setShown] = useState(initial)
  const save = useAction((_requestId: string, on: boolean) => setFavourite(stationId, on))
  const toggle = async () => {
    const saved = await save.run(!favourite)
    if (saved === undefined) return
    setShown(saved.favourite)
    requestDataRefresh()
    toast.success(saved.favourite ? '已设为常去的驿站' : '已从常去的驿站去掉')
  }
  return (
    <View className='station-detail__favourite'>
      <Button variant='secondary' icon={favourite ? 'success' : 'station'} loading={save.pending} spokenLabel={favourite ? `${name}是常去的驿站，点一下取消` : `把${name}设为常去的驿站`} onClick={() => void toggle()}>
        {favourite ? '已设为常去，取消' : '设为常去'}
      </Button>
      {save.error === undefined ? null : <Text className='station-detail__error'>{errorMessage(save.error, STATIONS_ERROR_MESSAGES)}</Text>}
    </View>
  )
}

/** A station's page: everything about it, how to get there, call it (the number shown), keep it, and report a problem. */
export function StationDetailView({ stationId, from }: StationDetailViewProps) {
  const page = useStation(stationId)
  if (page.data === undefined) {
    if (page.status === 'error') return <ErrorState message={errorMessage(page.error, STATIONS_ERROR_MESSAGES)} onRetry={page.retry} />
    return <LoadingState label='正在打开驿站…' />
  }
  const { station, offlineSavedAt } = page.data
  const opening = openingView(station.opening)
  const amenities = amenityViews(station.amenities, station.catalogue)
  const photoUrls = station.photos.flatMap(photo => (photo.url === null ? [] : [photo.url]))
  const phone = station.phone
  return (
    <View className='station-detail'>
      {offlineSavedAt === null ? null : <OfflineNote savedAt={offlineSavedAt} />}
      <Card className='station-detail__summary'>
        <Text className='station-detail__name'>{station.name}</Text>
        <View className='station-detail__badges'>
          <OpeningBadge opening={opening} />
          {station.standard === null ? null : <Tag label={`${station.standard}标准`} emphasis />}
        </View>
        {station.standard === null ? null : <Text className='station-detail__explain'>{standardExplanation(station.standard)}</Text>}
        {from === null ? null : <Text className='station-detail__distance'>离您 {formatDistance(distanceMeters(from, station.location))}</Text>}
        <Text className='station-detail__address'>{station.address}</Text>
        {phone === null ? null : (
          <Text className='station-detail__phone' userSelect>
            {`驿站电话：${phone}`}
          </Text>
        )}
        <View className='station-detail__actions'>
          <Button icon='station' onClick={() => openNavigation({ location: station.location, name: station.name, address: station.address })}>
            导航
          </Button>
          {phone === null ? null : (
            <Button variant='secondary' icon='phone' spokenLabel={`打电话给驿站 ${phone}`} onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
              打电话
            </Button>
          )}
          {offlineSavedAt === null && station.favourite !== undefined ? <FavouriteButton stationId={station.id} name={station.name} initial={station.favourite} /> : null}
        </View>
      </Card>

      <Section title='开放时间'>
        <Card>
          {station.hoursLines.map(line => (
            <Text key={line} className='station-detail__line'>
              {line}
            </Text>
          ))}
        </Card>
      </Section>

      <Section title='能做什么'>
        {amenities.length === 0 ? <Text className='station-detail__line'>还没有登记设施</Text> : <AmenityList amenities={amenities} layout='grid' />}
      </Section>

      {photoUrls.length === 0 ? null : (
        <Section title='照片'>
          <View className='station-detail__photos'>
            {photoUrls.map((url, index) => (
              <Image
                key={url}
                className='station-detail__photo'
                src={url}
                mode='aspectFill'
                lazyLoad
                ariaLabel={`驿站照片 ${index + 1}`}
                onClick={() => void Taro.previewImage({ urls: photoUrls, current: url }).catch(() => undefined)}
              />
            ))}
          </View>
        </Section>
      )}

      <Section title='核实情况'>
        <IconLabel
          icon='success'
          label={station.lastVerifiedOn === null ? '还没有现场核实记录' : `工作人员最近一次现场核实：${longDate(station.lastVerifiedOn)}`}
        />
      </Section>

      {station.myReports.length === 0 ? null : (
        <Section title='我的反馈' description='您报告过的问题和处理情况'>
          {station.myReports.map(report => {
            const view = reportView(report, station.catalogue)
            return (
              <Card key={view.id} className='station-detail__report'>
                <View className='station-detail__report-head'>
                  <Text className='station-detail__report-title'>{view.title}</Text>
                  <StatusBadge tone={view.tone} label={view.stateLabel} />
                </View>
                <Text className='station-detail__report-date'>{view.reportedOn} 报告</Text>
                {view.outcome === null ? null : <Text>{view.outcome}</Text>}
              </Card>
            )
          })}
        </Section>
      )}

      <View className='station-detail__report-action'>
        <Button variant='secondary' icon='warning' block onClick={() => void Taro.navigateTo({ url: STATION_PAGES.report(station.id) })}>
          报告问题
        </Button>
      </View>
    </View>
  )
}
