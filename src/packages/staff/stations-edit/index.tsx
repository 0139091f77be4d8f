import { useRouter } from '@tarojs/taro'
import { StationEditor } from '../../../features/stations/components/station-editor'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 编辑驿站 (staff): a new station without an id, an existing one with it. */
export default function StationEditPage() {
  const { params } = useRouter()
  const stationId = params.id === undefined || params.id === '' ? null : params.id
  return (
    <Screen>
      <PageHeader title={stationId === null ? '新增驿站' : '修改驿站'} />
      <StationEditor stationId={stationId} />
    </Screen>
  )
}
