import { RostersScreen } from '../../../features/legal-aid/components/rosters-screen'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 排班管理, for staff: the reception room's duty rules and closed days. */
export default function RostersPage() {
  return (
    <Screen>
      <PageHeader title='排班管理' subtitle='律师坐班、主席接待日的时间和名额' />
      <RostersScreen />
    </Screen>
  )
}
