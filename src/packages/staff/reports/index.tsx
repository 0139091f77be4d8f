import { useRouter } from '@tarojs/taro'
import { MonthlyReportView } from '../../../features/reports/components/monthly-report-view'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** Staff: 工作统计, the month's work in figures and the work bulletin drafted from them (`?month=2026-11`). */
export default function MonthlyReportPage() {
  const { params } = useRouter()
  return (
    <Screen>
      <PageHeader title='工作统计' subtitle='本月和今年累计的工作数字，一键生成工作简报草稿' />
      <MonthlyReportView askedMonth={params.month} />
    </Screen>
  )
}
