import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { InboxItem, InboxPage } from '../../../domain/contracts/notify'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { listInbox } from '../api/list-inbox'
import { markAllRead } from '../api/mark-all-read'
import { markRead } from '../api/mark-read'
import { openTarget } from '../model/inbox-view'
import { setUnread } from '../model/unread-store'

export interface InboxControl {
  readonly first: RemoteState<InboxPage>
  /** Every message loaded so far, newest first, with what was read since. */
  readonly items: readonly InboxItem[]
  readonly unread: number
  readonly hasMore: boolean
  readonly loadingMore: boolean
  readonly loadMore: () => void
  /** Marks it read and opens its page, if it has one. */
  readonly open: (item: InboxItem) => void
  readonly markAll: () => void
}

/** 消息: the person's messages a page at a time; reading one marks it read, here and on the tab badge. */
export function useInbox(): InboxControl {
  const first = useRemote(
    () =>
      listInbox().then(page => {
        setUnread(page.unread)
        return page
      }),
    [],
    { isEmpty: page => page.items.length === 0 },
  )
  const [more, setMore] = useState<{ items: readonly InboxItem[]; cursor: string | null | undefined; loading: boolean }>({ items: [], cursor: undefined, loading: false })
  const [read, setRead] = useState<ReadonlySet<string>>(new Set())
  const [allRead, setAllRead] = useState(false)

  const loaded = first.data === undefined ? [] : [...first.data.items, ...more.items]
  const items = loaded.map(item => (item.read || allRead || read.has(item.id) ? { ...item, read: true } : item))
  const cursor = more.cursor === undefined ? first.data?.nextCursor ?? null : more.cursor
  const unread = allRead ? 0 : Math.max(0, (first.data?.unread ?? 0) - loaded.filter(item => !item.read && read.has(item.id)).length)

  const loadMore = useCallback(() => {
    if (cursor === null || more.loading) return
    setMore(current => ({ ...current, loading: true }))
    listInbox(cursor).then(
      page => setMore(current => ({ items: [...current.items, ...page.items], cursor: page.nextCursor, loading: false })),
      () => setMore(current => ({ ...current, loading: false })),
    )
  }, [cursor, more.loading])

  const open = useCallback((item: InboxItem) => {
    if (!item.read) {
      setRead(current => new Set([...current, item.id]))
      // Read on this phone at once; the server's count follows when it answers (or on the next visit).
      void markRead(item.id).then(answer => setUnread(answer.unread), () => undefined)
    }
    const target = openTarget(item.page)
    if (target === null) return
    void (target.method === 'switchTab' ? Taro.switchTab({ url: target.url }) : Taro.navigateTo({ url: target.url })).catch(() => undefined)
  }, [])

  const markAll = useCallback(() => {
    setAllRead(true)
    void markAllRead().then(answer => setUnread(answer.unread), () => setAllRead(false))
  }, [])

  return { first, items, unread, hasMore: cursor !== null, loadingMore: more.loading, loadMore, open, markAll }
}
