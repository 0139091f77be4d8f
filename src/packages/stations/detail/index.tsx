import { useRouter } from '@tarojs/taro'
import { StationDetailView } from '../../../features/stations/components/station-detail'
import { readFromParam } from '../../../features/stations/model/station-pages'
import { EmptyState } from '../../../ui/empty-state'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 驿站详情: one station, reached from the list, the map or a report. */
export default function StationDetailPage() {
  const { params } = useRouter()
  const stationId = params.id ?? ''
  return (
    <Screen>
      <PageHeader title='驿站详情' />
      {stationId === '' ? <EmptyState title='没有指定驿站' description='请从驿站列表打开' /> : <StationDetailView stationId={stationId} from={readFromParam(params.from)} />}
    </Screen>
  )
}
