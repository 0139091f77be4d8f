import { Text, View } from '@tarojs/components'
import type { UserSummary } from '../../../domain/contracts/users'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { Card } from '../../../ui/card'
import { Tag } from '../../../ui/tag'
import { userRowView } from '../model/user-row'
import './user-row-card.css'

export interface UserRowCardProps {
  readonly user: UserSummary
  /** The admin's own row: no 修改角色, an admin's role is changed by another admin. */
  readonly isSelf: boolean
  readonly onChangeRole: (user: UserSummary) => void
}

/** One person in the admin list: nickname, role in words, phone tail, joined date, 修改角色. */
export function UserRowCard({ user, isSelf, onChangeRole }: UserRowCardProps) {
  const row = userRowView(user)
  return (
    <Card>
      {/* A group named after the person, so 修改角色 is heard with whose role it changes. */}
      <View className='user-row' {...a11yProps({ role: 'group', label: row.nickname })}>
        <View className='user-row__head'>
          <Text className='user-row__nickname'>{row.nickname}</Text>
          <Tag label={row.role} emphasis />
        </View>
        <Text className='user-row__detail'>
          {row.phone} · {row.joined}
        </Text>
        {isSelf ? (
          <Text className='user-row__self'>这是您自己。管理员的角色需要由其他管理员修改。</Text>
        ) : (
          <Button variant='secondary' icon='edit' spokenLabel={row.changeRoleLabel} onClick={() => onChangeRole(user)}>
            修改角色
          </Button>
        )}
      </View>
    </Card>
  )
}
