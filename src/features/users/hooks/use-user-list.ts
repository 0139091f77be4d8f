import { useCallback, useState } from 'react'
import type { UserSummary } from '../../../domain/contracts/users'
import { useAction } from '../../../lib/use-action'
import { useRemote, type RemoteStatus } from '../../../lib/use-remote'
import { listUsers, type UserPage } from '../api/list-users'
import { appendUserPage, replaceUser, startUserList, type UserList } from '../model/user-list'

export interface UserListState {
  /** Of the first page: a new search starts again at loading. */
  readonly status: RemoteStatus
  readonly list: UserList | undefined
  readonly error: unknown
  readonly retry: () => void
  readonly loadMore: () => void
  readonly loadingMore: boolean
  readonly loadMoreError: unknown
  /** Shows the server's answer for one person (after their role changed). */
  readonly replace: (user: UserSummary) => void
}

/** The admin user list for one search: the first page, 加载更多, and rows updated in place. */
export function useUserList(search: string): UserListState {
  const first = useRemote(() => listUsers(search), [search], { isEmpty: page => page.items.length === 0 })
  // Later pages and changed rows are kept against the first page they extend: a new search or a
  // refresh brings a new first page, and with it a fresh list, so an old answer never leaks in.
  const [extended, setExtended] = useState<{ readonly base: UserPage; readonly list: UserList } | null>(null)
  const base = first.data
  const list = base === undefined ? undefined : extended?.base === base ? extended.list : startUserList(base)

  const change = useCallback((on: UserPage, update: (current: UserList) => UserList) => {
    setExtended(previous => ({ base: on, list: update(previous?.base === on ? previous.list : startUserList(on)) }))
  }, [])

  const more = useAction(async () => {
    const cursor = list?.nextCursor
    if (base === undefined || cursor === null || cursor === undefined) return
    const page = await listUsers(search, cursor)
    change(base, current => appendUserPage(current, page))
  })

  return {
    status: first.status,
    list,
    error: first.error,
    retry: first.retry,
    loadMore: () => void more.run(),
    loadingMore: more.pending,
    loadMoreError: more.error,
    replace: user => {
      if (base !== undefined) change(base, current => replaceUser(current, user))
    },
  }
}
