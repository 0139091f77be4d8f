import { useRouter } from '@tarojs/taro'
import { STATION_REPORT_RESULT_TEMPLATE } from '../../../domain/notifications/subscribe-templates'
import { useSubscribeAsk } from '../../../features/notifications/hooks/use-subscribe-ask'
import { ReportProblemForm } from '../../../features/stations/components/report-problem-form'
import { EmptyState } from '../../../ui/empty-state'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** The one message a report asks for: its result. */
const REPORT_RESULT = [STATION_REPORT_RESULT_TEMPLATE.key] as const

/** 报告问题: tell the union a station is closed, lacks something, or is elsewhere. */
export default function ReportProblemPage() {
  const { params } = useRouter()
  const stationId = params.id ?? ''
  const askForResult = useSubscribeAsk(REPORT_RESULT, '处理结果')
  return (
    <Screen>
      <PageHeader title='报告问题' subtitle='工作人员会去核实处理' />
      {stationId === '' ? <EmptyState title='没有指定驿站' description='请从驿站页面点“报告问题”' /> : <ReportProblemForm stationId={stationId} askForResult={() => askForResult().then(result => result.notice)} />}
    </Screen>
  )
}
