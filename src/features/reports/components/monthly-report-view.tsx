import { Text, View } from '@tarojs/components'
import { reportCharts, type ReportChart } from '../../../domain/reports/report-charts'
import { addMonths } from '../../../domain/reports/report-month'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { Section } from '../../../ui/section'
import { useMonthlyReport } from '../hooks/use-monthly-report'
import { useReportDraft } from '../hooks/use-report-draft'
import { figureSections, monthLabel, type FigureSection } from '../model/report-view'
import { ReportBarChart } from './report-bar-chart'
import './monthly-report-view.css'

/** The section each chart is shown in, below its figures. */
const CHART_SECTION: Readonly<Record<ReportChart['key'], FigureSection['key']>> = {
  'cases-by-type': 'legal',
  'stations-by-district': 'stations',
  'sign-ups-by-day': 'training',
}

function Figures({ section }: { readonly section: FigureSection }) {
  return (
    <View className='monthly-report__rows'>
      {section.rows.map(row => (
        <View key={row.label} className='monthly-report__row'>
          <Text className='monthly-report__label'>{row.label}</Text>
          <View className='monthly-report__figures'>
            <Text>本月 {row.month}</Text>
            <Text>今年累计 {row.yearToDate}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}

/**
 * Staff: 工作统计. The chosen month's figures and the year's so far, read from the service's own records,
 * with charts; and the month's work bulletin drafted from them, saved as a draft and opened in the
 * bulletin editor to finish and publish.
 */
export function MonthlyReportView({ askedMonth }: { readonly askedMonth: string | undefined }) {
  const { month, step, canGoForward, report } = useMonthlyReport(askedMonth)
  const draft = useReportDraft()
  const data = report.data !== undefined && report.data.figures.month === month ? report.data : undefined
  const charts = data === undefined ? [] : reportCharts(data.figures)
  return (
    <View className='monthly-report'>
      <View className='monthly-report__months'>
        <Button variant='secondary' spokenLabel={`上一月，${monthLabel(addMonths(month, -1))}`} onClick={() => step(-1)}>
          上一月
        </Button>
        <Text className='monthly-report__month' {...a11yProps({ live: 'polite' })}>
          {monthLabel(month)}
        </Text>
        <Button variant='secondary' disabled={!canGoForward} spokenLabel={`下一月，${monthLabel(addMonths(month, 1))}`} onClick={() => step(1)}>
          下一月
        </Button>
      </View>
      {report.status === 'loading' && data === undefined ? <LoadingState label='正在统计…' /> : null}
      {report.status === 'error' ? <ErrorState message={errorMessage(report.error)} onRetry={report.retry} /> : null}
      {data !== undefined ? (
        <>
          {figureSections(data.figures).map(section => (
            <Section key={section.key} title={section.title}>
              <Figures section={section} />
              {charts
                .filter(chart => CHART_SECTION[chart.key] === section.key && chart.bars.some(bar => bar.value > 0))
                .map(chart => (
                  <ReportBarChart key={chart.key} chart={chart} />
                ))}
            </Section>
          ))}
          <Section title='简报草稿' description={`第${data.draft.header.issueNumber ?? ''}期 · ${data.draft.body.title}，${data.draft.body.items.length}条`}>
            {draft.error !== undefined ? <Text className='monthly-report__error'>{errorMessage(draft.error)}</Text> : null}
            <Button icon='edit' block loading={draft.pending} onClick={() => void draft.run(data)}>
              生成简报草稿
            </Button>
            <Text className='monthly-report__hint'>草稿会在“发布资讯”里打开，可以修改、补充后再发布。</Text>
          </Section>
        </>
      ) : null}
    </View>
  )
}
