import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { badgeText, INBOX_TAB_INDEX } from '../model/inbox-view'
import { getUnread, refreshUnread } from '../model/unread-store'

let shown: string | null = null

/** Puts the count on the 我的 tab. WeChat draws tab badges only while a tab page is showing, so only they call this. */
function showOnTab(unread: number | null): void {
  const text = badgeText(unread)
  if (text === shown) return
  shown = text
  const done = text === null ? Taro.removeTabBarBadge({ index: INBOX_TAB_INDEX }) : Taro.setTabBarBadge({ index: INBOX_TAB_INDEX, text })
  // A failure (no tab bar drawn yet) leaves the badge as it was; the next tab shown tries again.
  void Promise.resolve(done).catch(() => {
    shown = null
  })
}

function syncBadge(): void {
  showOnTab(getUnread())
  void refreshUnread().then(showOnTab)
}

/**
 * For every tab page: the number of unread messages on the 我的 tab, brought up to date when the tab
 * shows and when the person becomes known (after the first-visit consent). Nobody signed in, no number.
 */
export function useUnreadBadge(signedIn: boolean): void {
  const signedInRef = useRef(signedIn)
  signedInRef.current = signedIn
  useDidShow(() => {
    if (signedInRef.current) syncBadge()
  })
  useEffect(() => {
    if (signedIn) syncBadge()
  }, [signedIn])
}
