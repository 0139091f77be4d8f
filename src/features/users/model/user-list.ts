import type { UserSummary } from '../../../domain/contracts/users'
import { readUserSearch } from '../../../domain/users/user-search'

/** The people loaded so far for one search (or one page of them), and where the next page starts. */
export interface UserList {
  readonly items: readonly UserSummary[]
  readonly nextCursor: string | null
}

/** The list as its first page shows it. */
export function startUserList(page: UserList): UserList {
  return appendUserPage({ items: [], nextCursor: null }, page)
}

/**
 * Adds the next page. The server pages by offset, so a person who signed up meanwhile pushes one
 * already shown onto the next page: rows already in the list are not shown twice.
 */
export function appendUserPage(list: UserList, page: UserList): UserList {
  const seen = new Set(list.items.map(user => user.userId))
  const fresh: UserSummary[] = []
  for (const user of page.items) {
    if (seen.has(user.userId)) continue
    seen.add(user.userId)
    fresh.push(user)
  }
  return { items: [...list.items, ...fresh], nextCursor: page.nextCursor }
}

/** Puts the server's new answer for one person in place of their row. */
export function replaceUser(list: UserList, updated: UserSummary): UserList {
  return { ...list, items: list.items.map(user => (user.userId === updated.userId ? updated : user)) }
}

/** What the admin typed, as the server is asked: trimmed, so stray spaces do not hide a match. */
export function normaliseUserSearch(typed: string): string {
  return typed.trim()
}

/** What the list shows when a search finds nobody. */
export function noUsersMessage(search: string): string {
  const asked = readUserSearch(search)
  switch (asked.kind) {
    case 'everyone':
      return '还没有用户'
    case 'user-id':
      return `没有用户编号是 ${asked.userId} 的用户`
    case 'phone-tail':
      return `没有手机尾号是 ${asked.tail} 的用户`
    case 'nickname':
      return `没有昵称里有“${asked.text}”的用户`
  }
}

/** Says what the list below is, so the admin knows which search they are looking at. */
export function userListHeading(search: string, list: UserList): string {
  const count = list.nextCursor === null ? `共 ${list.items.length} 人` : `已显示 ${list.items.length} 人`
  const asked = readUserSearch(search)
  switch (asked.kind) {
    case 'everyone':
      return `全部用户，新加入的在前，${count}`
    case 'user-id':
      return `用户编号 ${asked.userId}，${count}`
    case 'phone-tail':
      return `手机尾号 ${asked.tail}，${count}`
    case 'nickname':
      return `昵称里有“${asked.text}”，${count}`
  }
}
