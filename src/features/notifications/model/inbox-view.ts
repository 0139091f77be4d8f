import { shanghaiParts } from '../../../domain/time/shanghai-time'

/** 我的 is the fourth tab (src/app.config.ts): 消息 lives there, so its unread count is that tab's badge. */
export const INBOX_TAB_INDEX = 3

/** The 消息 page (a subpackage: the main package has no room to spare). */
export const INBOX_PAGE = '/packages/me/inbox/index'

/** WeChat shows a few characters on a tab badge; beyond 99 the number says no more. */
export function badgeText(unread: number | null): string | null {
  if (unread === null || unread <= 0) return null
  return unread > 99 ? '99+' : String(unread)
}

/** The unread count in words, for the 消息 row. */
export function unreadWords(unread: number | null): string {
  if (unread === null) return '通知和提醒都放在这里'
  return unread === 0 ? '没有未读消息' : `${unread} 条未读`
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/** When a message came, as a person says it: 今天 14:30, 昨天 09:05, 5月1日 14:30, 2025年12月3日. */
export function messageTime(iso: string, now: Date): string {
  const at = shanghaiParts(new Date(iso))
  const today = shanghaiParts(now)
  const yesterday = shanghaiParts(now.getTime() - 24 * 3600_000)
  const clock = `${pad2(at.hour)}:${pad2(at.minute)}`
  if (at.dateKey === today.dateKey) return `今天 ${clock}`
  if (at.dateKey === yesterday.dateKey) return `昨天 ${clock}`
  if (at.year === today.year) return `${at.month}月${at.day}日 ${clock}`
  return `${at.year}年${at.month}月${at.day}日`
}

/** How to open a message's page: a tab page by switching to it (tabs take no query), any other page on top. */
export function openTarget(page: string | null): { readonly method: 'switchTab' | 'navigateTo'; readonly url: string } | null {
  if (page === null || !page.startsWith('/')) return null
  if (page.startsWith('/pages/')) return { method: 'switchTab', url: page.split('?')[0] ?? page }
  return { method: 'navigateTo', url: page }
}
