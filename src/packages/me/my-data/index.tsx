import { DeleteMyDataPanel } from '../../../features/users/components/delete-my-data-panel'
import { MyDataExport } from '../../../features/users/components/my-data-export'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'
import { Section } from '../../../ui/section'

/** 我的数据: see and copy everything held about me, or delete it. */
export default function MyDataPage() {
  return (
    <Screen>
      <PageHeader title='我的数据' subtitle='您可以随时查看、复制或删除' />
      <Section title='查看和复制'>
        <MyDataExport />
      </Section>
      <Section title='删除'>
        <DeleteMyDataPanel />
      </Section>
    </Screen>
  )
}
