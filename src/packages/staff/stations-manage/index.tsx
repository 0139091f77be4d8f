import { StaffStationList } from '../../../features/stations/components/staff-station-list'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 驿站管理 (staff): find, add and edit stations; the way to workers' reports. */
export default function StationsManagePage() {
  return (
    <Screen>
      <PageHeader title='驿站管理' subtitle='新增、修改驿站，处理职工反馈' />
      <StaffStationList />
    </Screen>
  )
}
