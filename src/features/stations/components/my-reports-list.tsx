import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MyReport } from '../../../domain/contracts/stations'
import type { AmenityCatalogue } from '../../../domain/stations/amenities'
import { a11yProps } from '../../../ui/a11y-props'
import { StatusBadge } from '../../../ui/status-badge'
import { reportView } from '../model/report-view'
import { STATION_PAGES } from '../model/station-pages'
import './my-reports-list.css'

export interface MyReportsListProps {
  readonly reports: readonly MyReport[]
  readonly catalogue: AmenityCatalogue
}

/** The person's reports, each a card with its station, what was wrong, their note and photo, where it stands and what staff said. */
export function MyReportsList({ reports, catalogue }: MyReportsListProps) {
  return (
    <View className='my-reports'>
      {reports.map(report => {
        const view = reportView(report, catalogue)
        return (
          <View
            key={view.id}
            className='my-reports__item'
            hoverClass='my-reports__item--pressed'
            onClick={() => void Taro.navigateTo({ url: STATION_PAGES.detail(report.stationId, null) })}
            {...a11yProps({ role: 'button', label: `${view.stationName}，${view.title}，${view.stateLabel}，${view.reportedOn}报告` })}
          >
            <View className='my-reports__head'>
              <Text className='my-reports__station'>{view.stationName}</Text>
              <StatusBadge tone={view.tone} label={view.stateLabel} />
            </View>
            <Text>{view.title}</Text>
            {report.note === null ? null : <Text className='my-reports__note'>我写的：{report.note}</Text>}
            {report.photo?.url ? <Image className='my-reports__photo' src={report.photo.url} mode='aspectFill' ariaLabel='我拍的照片' /> : null}
            <Text className='my-reports__date'>{view.reportedOn} 报告</Text>
            {view.outcome === null ? null : <Text className='my-reports__outcome'>{view.outcome}</Text>}
          </View>
        )
      })}
    </View>
  )
}
