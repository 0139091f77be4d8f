import { UserRoleAdmin } from '../../../features/users/components/user-role-admin'
import { PageHeader } from '../../../ui/page-header'
import { Screen } from '../../../ui/screen'

/** 用户与角色 (admins): find a person and change their role. The server refuses anyone else. */
export default function StaffUsersPage() {
  return (
    <Screen>
      <PageHeader title='用户与角色' subtitle='按昵称或手机尾号找人，修改他们的角色' />
      <UserRoleAdmin />
    </Screen>
  )
}
