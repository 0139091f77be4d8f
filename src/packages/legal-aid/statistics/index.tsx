import { StatisticsScreen } from '../../../features/legal-aid/components/statistics-screen'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 接待统计, for staff: cases received, closed and resolved, by month, case type and outcome. */
export default function StatisticsPage() {
  return (
    <Screen>
      <PageHeader title='接待统计' subtitle='法律援助接待室的数字，按月份、事项和办理结果' />
      <StatisticsScreen />
    </Screen>
  )
}
