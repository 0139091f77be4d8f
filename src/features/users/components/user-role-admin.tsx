import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { USER_SEARCH_MAX } from '../../../domain/users/user-search'
import { canRetry } from '../../../lib/cloud-error'
import { errorMessage } from '../../../lib/error-messages'
import { a11yProps } from '../../../ui/a11y-props'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { ErrorState } from '../../../ui/error-state'
import { LoadingState } from '../../../ui/loading-state'
import { SearchBar } from '../../../ui/search-bar'
import { useRoleChange } from '../hooks/use-role-change'
import { useUserList, type UserListState } from '../hooks/use-user-list'
import { useProfileState } from '../model/profile-store'
import { noUsersMessage, normaliseUserSearch, userListHeading } from '../model/user-list'
import { USERS_ERROR_MESSAGES } from '../model/users-error-messages'
import { RoleChangeSheets } from './role-change-sheets'
import { UserRowCard, type UserRowCardProps } from './user-row-card'
import './user-role-admin.css'

function UserListBody({ search, users, myUserId, onChangeRole }: {
  search: string
  users: UserListState
  myUserId: string | null
  onChangeRole: UserRowCardProps['onChangeRole']
}) {
  if (users.status === 'loading') return <LoadingState rows={3} label='正在查找用户…' />
  if (users.status === 'error') {
    return <ErrorState message={errorMessage(users.error, USERS_ERROR_MESSAGES)} onRetry={canRetry(users.error) ? users.retry : undefined} />
  }
  if (users.status === 'empty' || users.list === undefined) {
    return <EmptyState icon='search' title={noUsersMessage(search)} description={search === '' ? undefined : '请检查昵称、手机尾号或用户编号后再搜'} />
  }
  const { list } = users
  return (
    <View className='user-admin__list'>
      <Text className='user-admin__heading' {...a11yProps({ live: 'polite' })}>
        {userListHeading(search, list)}
      </Text>
      {list.items.map(user => (
        <UserRowCard key={user.userId} user={user} isSelf={user.userId === myUserId} onChangeRole={onChangeRole} />
      ))}
      {users.loadMoreError === undefined ? null : (
        <Text className='user-admin__error'>⚠ {errorMessage(users.loadMoreError, USERS_ERROR_MESSAGES)}</Text>
      )}
      {list.nextCursor === null ? (
        <Text className='user-admin__end'>已经全部显示</Text>
      ) : (
        <Button variant='secondary' block loading={users.loadingMore} onClick={users.loadMore}>
          加载更多
        </Button>
      )}
    </View>
  )
}

/** 用户与角色 (admins): find a person by nickname, phone tail or the 用户编号 they read out and change their role, with a plain confirmation. */
export function UserRoleAdmin() {
  const [typed, setTyped] = useState('')
  const [search, setSearch] = useState('')
  const users = useUserList(search)
  const profile = useProfileState()
  const change = useRoleChange(users.replace)
  const myUserId = profile.status === 'ready' ? profile.profile.userId : null

  const submit = (value: string) => {
    const next = normaliseUserSearch(value)
    // The same words again mean "look again": someone may have joined since.
    if (next === search) users.retry()
    else setSearch(next)
  }

  return (
    <View className='user-admin'>
      <SearchBar value={typed} onChange={setTyped} onSearch={submit} placeholder='昵称、手机尾号或用户编号' maxLength={USER_SEARCH_MAX} />
      <UserListBody search={search} users={users} myUserId={myUserId} onChangeRole={change.start} />
      <RoleChangeSheets change={change} />
    </View>
  )
}
