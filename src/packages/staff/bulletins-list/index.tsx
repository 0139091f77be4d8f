import { useDidShow, useReachBottom } from '@tarojs/taro'
import { useRef } from 'react'
import { KindManager } from '../../../features/bulletins/components/kind-manager'
import { StaffBulletinList } from '../../../features/bulletins/components/staff-bulletin-list'
import { useStaffBulletins } from '../../../features/bulletins/hooks/use-staff-bulletins'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** Staff: all bulletins with their status, the way to publish a new one, and the kinds. */
export default function StaffBulletinsPage() {
  const staff = useStaffBulletins()
  const shown = useRef(false)
  useReachBottom(staff.list.loadMore)
  // Back from the editor: the list shows what was just saved or published.
  useDidShow(() => {
    if (shown.current) staff.list.reload()
    shown.current = true
  })
  return (
    <Screen>
      <PageHeader title='资讯管理' subtitle='工作人员专用' />
      <StaffBulletinList staff={staff} />
      <KindManager />
    </Screen>
  )
}
