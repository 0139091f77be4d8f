import { ReportQueue } from '../../../features/stations/components/report-queue'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 职工反馈 (staff): reports to verify, to resolve, and those settled. */
export default function StationReportsPage() {
  return (
    <Screen>
      <PageHeader title='职工反馈' subtitle='核实、处理驿站问题' />
      <ReportQueue />
    </Screen>
  )
}
