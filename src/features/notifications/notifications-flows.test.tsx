import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fakeCloudFunction } from '../../../test/client/fake-cloud-function'
import { showPage, taroMock } from '../../../test/client/taro-mock'
import type { InboxItem, SubscriptionStatus } from '../../domain/contracts/notify'
import type { FunctionResponse } from '../../domain/contracts/envelope'
import { requestDataRefresh } from '../../lib/data-refresh'
import { InboxEntry } from './components/inbox-entry'
import { InboxList } from './components/inbox-list'
import { useSubscribeAsk } from './hooks/use-subscribe-ask'
import { useUnreadBadge } from './hooks/use-unread-badge'

const requestSubscribeMessage = vi.fn((_options: { tmplIds: string[]; entityIds: string[] }): Promise<Record<string, string>> => Promise.resolve({}))
Object.assign(taroMock, { requestSubscribeMessage })

function message(id: string, title: string, minutesAgo: number, overrides: Partial<InboxItem> = {}): InboxItem {
  return {
    id,
    templateKey: 'station-report-result',
    title,
    lines: [
      { label: '反馈内容', value: '沙市区文化宫工会驿站：设施缺失' },
      { label: '处理说明', value: '微波炉已经换了新的' },
    ],
    page: '/packages/stations/detail/index?id=s1',
    createdAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    read: false,
    ...overrides,
  }
}

/** The notify function as the app meets it, with a person's 消息 that marking read changes. */
function notifyFunction(items: InboxItem[], extra: (action: string, payload: Record<string, unknown>) => FunctionResponse<unknown> | undefined = () => undefined) {
  const read = new Set(items.filter(item => item.read).map(item => item.id))
  const unread = () => items.filter(item => !read.has(item.id)).length
  return fakeCloudFunction('notify', (action, payload) => {
    const input = (payload ?? {}) as Record<string, unknown>
    const answer = extra(action, input)
    if (answer) return answer
    switch (action) {
      case 'listInbox':
        return { ok: true, data: { items: items.map(item => ({ ...item, read: read.has(item.id) })), nextCursor: null, unread: unread() } }
      case 'countUnread':
        return { ok: true, data: { unread: unread() } }
      case 'markRead':
        read.add(String(input.id))
        return { ok: true, data: { unread: unread() } }
      case 'markAllRead':
        items.forEach(item => read.add(item.id))
        return { ok: true, data: { unread: 0 } }
      default:
        return { ok: false, error: { code: 'COMMON.UNKNOWN_ACTION', message: action } }
    }
  })
}

describe('消息', () => {
  it('lists messages newest first, marked 未读 in words, and a tap reads one and opens its page', async () => {
    const bulletinNotice = message('n1', '新资讯发布提醒', 60 * 30, {
      templateKey: 'bulletin-new-issue',
      lines: [{ label: '资讯标题', value: '关于开展夏季送清凉活动的通知' }],
      page: '/pages/home/index',
      read: true,
    })
    const calls = notifyFunction([message('n2', '反馈处理结果通知', 5), bulletinNotice])
    render(<InboxList />)
    expect(await screen.findByText('1 条未读')).toBeTruthy()
    const rows = screen.getAllByRole('button', { name: /^(未读|已读)，/ })
    expect(rows.map(row => row.getAttribute('aria-label')?.split('，').slice(0, 2).join('，'))).toEqual(['未读，反馈处理结果通知', '已读，新资讯发布提醒'])
    expect(screen.getByText('微波炉已经换了新的')).toBeTruthy()

    fireEvent.click(rows[0] as HTMLElement)
    await waitFor(() => expect(screen.getByText('全部已读')).toBeTruthy())
    expect(calls.filter(call => call.action === 'markRead').map(call => call.payload)).toEqual([{ id: 'n2' }])
    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/packages/stations/detail/index?id=s1' })

    fireEvent.click(screen.getAllByRole('button', { name: /新资讯发布提醒/ })[0] as HTMLElement)
    expect(taroMock.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
  })

  it('marks everything read at once', async () => {
    const calls = notifyFunction([message('a', '反馈处理结果通知', 1), message('b', '服务预约提醒', 2)])
    render(<InboxList />)
    fireEvent.click(await screen.findByRole('button', { name: '全部标为已读' }))
    await waitFor(() => expect(screen.getByText('全部已读')).toBeTruthy())
    expect(calls.map(call => call.action)).toEqual(['listInbox', 'markAllRead'])
  })

  it('says so when there is nothing yet', async () => {
    notifyFunction([])
    render(<InboxList />)
    expect(await screen.findByText('还没有消息')).toBeTruthy()
  })
})

describe('the unread count on the 我的 tab', () => {
  it('shows the count on the fourth tab when a tab page shows, and takes it away when all are read', async () => {
    const items = [message('a', '反馈处理结果通知', 1), message('b', '服务预约提醒', 2)]
    notifyFunction(items)
    requestDataRefresh()
    const { rerender } = renderHook(({ signedIn }) => useUnreadBadge(signedIn), { initialProps: { signedIn: false } })
    showPage()
    expect(taroMock.cloud.callFunction).not.toHaveBeenCalled()
    rerender({ signedIn: true })
    await waitFor(() => expect(taroMock.setTabBarBadge).toHaveBeenCalledWith({ index: 3, text: '2' }))

    render(<InboxEntry />)
    expect(screen.getByRole('button', { name: '我的消息，2 条未读' })).toBeTruthy()
    render(<InboxList />)
    fireEvent.click(await screen.findByRole('button', { name: '全部标为已读' }))
    await waitFor(() => expect(screen.getByText('全部已读')).toBeTruthy())
    act(() => showPage())
    await waitFor(() => expect(taroMock.removeTabBarBadge).toHaveBeenCalledWith({ index: 3 }))
  })
})

describe('asking for a message inside the tap', () => {
  /**
   * Waits for the page's template ids to arrive, not just to be asked for: `ask` is a new function once they
   * are in the hook's state, and only then can it ask WeChat.
   */
  async function subscriptionsLoaded(result: { readonly current: () => unknown }, calls: readonly { readonly action: string }[]): Promise<void> {
    const before = result.current
    await waitFor(() => expect(calls.some(call => call.action === 'getSubscriptions')).toBe(true))
    await waitFor(() => expect(result.current).not.toBe(before))
  }

  const REPORT_RESULT = ['station-report-result'] as const
  const status = (templateId: string | null, templateKey: SubscriptionStatus['templateKey'] = 'station-report-result'): SubscriptionStatus => ({
    templateKey,
    templateId,
    title: '反馈处理结果通知',
    promise: '…',
    enabled: false,
    credits: 0,
  })

  it('calls WeChat before anything is awaited, records a 允许, and promises WeChat and 消息', async () => {
    const calls = notifyFunction([], action => {
      if (action === 'getSubscriptions') return { ok: true, data: [status('tmpl-report-result-0001')] }
      if (action === 'recordSubscribeDecision') return { ok: true, data: { ...status('tmpl-report-result-0001'), enabled: true, credits: 1 } }
      return undefined
    })
    requestSubscribeMessage.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-report-result-0001': 'accept' })
    const { result } = renderHook(() => useSubscribeAsk(REPORT_RESULT, '处理结果'))
    await subscriptionsLoaded(result, calls)
    let answer: Promise<{ notice: string }> | undefined
    act(() => {
      answer = result.current()
      // Synchronously, in the same task as the tap.
      expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-report-result-0001'], entityIds: [] })
    })
    expect((await answer)?.notice).toBe('处理结果会通过微信通知您，也会放在“我的 → 消息”里。')
    expect(calls.filter(call => call.action === 'recordSubscribeDecision').map(call => call.payload)).toEqual([{ templateKey: 'station-report-result', decision: 'accept' }])
  })

  it('asks for up to three templates in one prompt and records each answer as its own credit', async () => {
    const calls = notifyFunction([], action => {
      if (action === 'getSubscriptions') {
        return { ok: true, data: [status('tmpl-booked-0001', 'legal-aid-booked'), status('tmpl-reminder-0001', 'service-reminder'), status('tmpl-progress-0001', 'legal-aid-progress')] }
      }
      if (action === 'recordSubscribeDecision') return { ok: true, data: { ...status('tmpl-booked-0001', 'legal-aid-booked'), enabled: true, credits: 1 } }
      return undefined
    })
    requestSubscribeMessage.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-booked-0001': 'accept', 'tmpl-reminder-0001': 'reject', 'tmpl-progress-0001': 'accept' })
    const BOOKING = ['legal-aid-booked', 'service-reminder', 'legal-aid-progress'] as const
    const { result } = renderHook(() => useSubscribeAsk(BOOKING, '预约结果'))
    await subscriptionsLoaded(result, calls)
    let answer: Promise<{ notice: string }> | undefined
    act(() => {
      answer = result.current()
      expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-booked-0001', 'tmpl-reminder-0001', 'tmpl-progress-0001'], entityIds: [] })
    })
    expect((await answer)?.notice).toBe('预约结果会通过微信通知您，也会放在“我的 → 消息”里。')
    expect(calls.filter(call => call.action === 'recordSubscribeDecision').map(call => call.payload)).toEqual([
      { templateKey: 'legal-aid-booked', decision: 'accept' },
      { templateKey: 'service-reminder', decision: 'reject' },
      { templateKey: 'legal-aid-progress', decision: 'accept' },
    ])
  })

  it('asks nothing where no template is configured, and says the service is not open yet', async () => {
    const calls = notifyFunction([], action => (action === 'getSubscriptions' ? { ok: true, data: [status(null)] } : undefined))
    requestSubscribeMessage.mockClear()
    const { result } = renderHook(() => useSubscribeAsk(REPORT_RESULT, '处理结果'))
    await subscriptionsLoaded(result, calls)
    const answer = await result.current()
    expect(answer).toEqual({ channel: 'inbox', notice: '微信提醒还没有开通，处理结果会放在“我的 → 消息”里。' })
    expect(requestSubscribeMessage).not.toHaveBeenCalled()
  })
})
