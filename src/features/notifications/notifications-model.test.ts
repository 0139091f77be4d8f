import { describe, expect, it } from 'vitest'
import type { NotificationStatsRow } from '../../domain/contracts/notify'
import { badgeText, messageTime, openTarget, unreadWords } from './model/inbox-view'
import { statsByDay, statsTotals } from './model/stats-view'
import { askResult } from './model/subscribe-ask'

describe('消息 in words', () => {
  it('puts the unread count on the tab, up to 99+, and none for nothing unread', () => {
    expect([null, 0, 1, 99, 100, 1234].map(badgeText)).toEqual([null, null, '1', '99', '99+', '99+'])
    expect([null, 0, 3].map(unreadWords)).toEqual(['通知和提醒都放在这里', '没有未读消息', '3 条未读'])
  })

  it('says when a message came the way a person would, in Shanghai time', () => {
    const now = new Date('2026-05-02T04:00:00.000Z') // 5月2日 12:00 in Shanghai
    expect(messageTime('2026-05-02T01:05:00.000Z', now)).toBe('今天 09:05')
    expect(messageTime('2026-05-01T15:59:00.000Z', now)).toBe('昨天 23:59')
    expect(messageTime('2026-05-01T16:00:00.000Z', now)).toBe('今天 00:00')
    expect(messageTime('2026-03-08T06:30:00.000Z', now)).toBe('3月8日 14:30')
    expect(messageTime('2025-12-31T06:30:00.000Z', now)).toBe('2025年12月31日')
  })

  it('opens a tab page by switching to it, any other page on top, and nothing without a page', () => {
    expect(openTarget('/packages/bulletins/detail/index?id=b1')).toEqual({ method: 'navigateTo', url: '/packages/bulletins/detail/index?id=b1' })
    expect(openTarget('/pages/services/index?from=reminder')).toEqual({ method: 'switchTab', url: '/pages/services/index' })
    expect(openTarget(null)).toBeNull()
    expect(openTarget('https://example.com/')).toBeNull()
  })
})

describe('what a page says after asking for a message', () => {
  it('promises WeChat and 消息 after a 允许 that was saved, and 消息 alone otherwise, saying why', () => {
    expect(askResult({ kind: 'answered', decision: 'accept' }, true, '处理结果')).toEqual({
      channel: 'wechat',
      notice: '处理结果会通过微信通知您，也会放在“我的 → 消息”里。',
    })
    expect(askResult({ kind: 'answered', decision: 'reject' }, true, '处理结果')).toEqual({
      channel: 'inbox',
      notice: '您没有开启提醒，处理结果会放在“我的 → 消息”里。',
    })
    expect(askResult({ kind: 'answered', decision: 'accept' }, false, '处理结果').channel).toBe('inbox')
    expect(askResult({ kind: 'unavailable', reason: 'no-template' }, false, '处理结果').notice).toBe('微信提醒还没有开通，处理结果会放在“我的 → 消息”里。')
    expect(askResult({ kind: 'unavailable', reason: 'switched-off' }, false, '处理结果').notice).toContain('关闭了本小程序的消息提醒')
    expect(askResult({ kind: 'answered', decision: 'ban' }, true, '提醒').channel).toBe('inbox')
  })
})

describe('the staff figures', () => {
  const row = (day: string, templateKey: NotificationStatsRow['templateKey'], sent: number, failed: number, inboxOnly: number): NotificationStatsRow => ({
    day,
    templateKey,
    title: templateKey,
    sent,
    failed,
    inboxOnly,
    queued: 0,
  })

  it('group the rows by day, newest first, and add them up', () => {
    const rows = [row('2026-05-02', 'bulletin-new-issue', 10, 1, 4), row('2026-05-02', 'station-report-result', 2, 0, 1), row('2026-05-01', 'bulletin-new-issue', 7, 0, 3)]
    expect(statsByDay(rows).map(day => [day.label, day.rows.length])).toEqual([
      ['2026年5月2日', 2],
      ['2026年5月1日', 1],
    ])
    expect(statsTotals(rows)).toEqual({ sent: 19, failed: 1, inboxOnly: 8, queued: 0 })
  })
})
