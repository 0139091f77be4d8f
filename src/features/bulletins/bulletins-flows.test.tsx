import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fixtureText } from '../../../test/support/bulletin-fixtures'
import { fakeCloudFunction } from '../../../test/client/fake-cloud-function'
import { taroMock } from '../../../test/client/taro-mock'
import type { BulletinDetail as Detail, BulletinListItem, NewIssueAlert } from '../../domain/contracts/bulletins'
import type { FunctionResponse } from '../../domain/contracts/envelope'
import { parseBulletin } from '../../domain/bulletins/parse-bulletin'
import { BulletinDetail } from './components/bulletin-detail'
import { BulletinFeed } from './components/bulletin-feed'
import { NewIssueAlertSwitch } from './components/new-issue-alert-switch'
import { prefetchForOffline } from './hooks/prefetch-for-offline'
import { useBulletin } from './hooks/use-bulletin'
import { useBulletinFeed } from './hooks/use-bulletin-feed'
import { createOfflineShelf, sharedOfflineShelf } from './model/offline-shelf'

// The parts of WeChat's API these flows use beyond the shared Taro test double.
const wechat = {
  pageScrollTo: vi.fn((_options: { selector?: string; scrollTop?: number; duration?: number }) => Promise.resolve({ errMsg: 'pageScrollTo:ok' })),
  getCurrentPages: vi.fn(() => [{}, {}]),
  getNetworkType: vi.fn(() => Promise.resolve({ networkType: 'wifi' })),
  requestSubscribeMessage: vi.fn((_options: { tmplIds: string[] }): Promise<Record<string, string>> => Promise.resolve({ errMsg: 'requestSubscribeMessage:ok' })),
}
Object.assign(taroMock, wechat)

const referenceText = readFileSync(resolve(__dirname, '../../domain/bulletins/fixtures/jingzhou-work-brief-2017-no10.txt'), 'utf8')

function referenceDetail(overrides: Partial<Detail> = {}): Detail {
  const parsed = parseBulletin(referenceText)
  if (!parsed.ok) throw new Error('the reference does not parse')
  return {
    id: 'ref',
    kind: 'work-brief',
    status: 'published',
    ...parsed.bulletin,
    summary: '按照年度和月度工作计划…',
    readCount: 41,
    publishedAt: '2017-09-30T02:00:00.000Z',
    updatedAt: '2017-09-30T02:00:00.000Z',
    revision: 1,
    ...overrides,
  }
}

/** A fixture of the corpus as the function gives it. */
function fixtureDetail(file: string, id: string): Detail {
  const parsed = parseBulletin(fixtureText(file))
  if (!parsed.ok) throw new Error(`${file} does not parse`)
  return { ...referenceDetail({ id }), ...parsed.bulletin }
}

function listItem(id: string, title: string, kind = 'notice'): BulletinListItem {
  return { id, kind, title, issueNumber: null, issuer: '荆州市总工会', issuedOn: '2017-09-25', publishedAt: '2017-09-25T02:00:00.000Z', updatedAt: '2017-09-25T02:00:00.000Z', summary: `${title}的摘要`, readCount: 7 }
}

const kinds = [
  { key: 'work-brief', label: '工作简报', order: 10 },
  { key: 'notice', label: '通知公告', order: 20 },
]

const alertOff: NewIssueAlert = { templateKey: 'bulletin-new-issue', templateId: 'TEMPLATE-ID-FOR-TESTS-0001', enabled: false, credits: 0 }

type Handler = (action: string, payload: Record<string, unknown>) => FunctionResponse<unknown> | undefined

/** The bulletins function as the app meets it; each test overrides what it needs. */
function bulletinsFunction(override: Handler = () => undefined) {
  return fakeCloudFunction('bulletins', (action, payload) => {
    const input = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {}
    const answer = override(action, input)
    if (answer) return answer
    switch (action) {
      case 'listKinds':
        return { ok: true, data: kinds }
      case 'list':
        return { ok: true, data: { items: input.kind === 'notice' ? [listItem('n1', '驿站开放通知')] : [listItem('n1', '驿站开放通知'), listItem('ref', '市总工会九月份工作完成情况', 'work-brief')], nextCursor: null } }
      case 'get':
        return { ok: true, data: referenceDetail({ id: String(input.id) }) }
      case 'recordRead':
        return { ok: true, data: { readCount: 42, counted: true } }
      case 'getNewIssueAlert':
        return { ok: true, data: alertOff }
      default:
        return { ok: false, error: { code: 'COMMON.UNKNOWN_ACTION', message: action } }
    }
  })
}

function FeedHarness() {
  return <BulletinFeed feed={useBulletinFeed()} />
}

function DetailHarness({ id, query = '', itemNumber = null }: { id: string; query?: string; itemNumber?: number | null }) {
  return <BulletinDetail id={id} state={useBulletin(id)} query={query} itemNumber={itemNumber} />
}

beforeEach(() => {
  Object.values(wechat).forEach(mock => mock.mockClear())
  wechat.getNetworkType.mockImplementation(() => Promise.resolve({ networkType: 'wifi' }))
})

describe('the news list on 首页', () => {
  it('lists bulletins newest first with kind, date and summary, and filters by kind', async () => {
    const calls = bulletinsFunction()
    render(<FeedHarness />)
    expect(await screen.findByText('市总工会九月份工作完成情况')).toBeTruthy()
    expect(screen.getByText('驿站开放通知的摘要')).toBeTruthy()
    fireEvent.click(await screen.findByRole('radio', { name: '通知公告' }))
    await waitFor(() => expect(screen.queryByText('市总工会九月份工作完成情况')).toBeNull())
    expect(calls.filter(call => call.action === 'list').map(call => call.payload)).toEqual([{}, { kind: 'notice' }])
  })

  it('keeps the newest bulletins readable offline and shows the saved list, dated, without signal', async () => {
    bulletinsFunction()
    const first = render(<FeedHarness />)
    await screen.findByText('市总工会九月份工作完成情况')
    await waitFor(() => expect(sharedOfflineShelf().ids()).toEqual(['n1', 'ref']))
    first.unmount()

    taroMock.cloud.callFunction.mockRejectedValue({ errMsg: 'cloud.callFunction:fail request:fail' })
    render(<FeedHarness />)
    expect(await screen.findByText(/离线内容，保存于/)).toBeTruthy()
    expect(screen.getByText('市总工会九月份工作完成情况')).toBeTruthy()
  })
})

describe('reading a bulletin', () => {
  it('shows 第10期, the date, the contents, and jumps to item 5 from them', async () => {
    bulletinsFunction()
    render(<DetailHarness id='ref' />)
    expect(await screen.findByRole('heading', { level: 1, name: '市总工会九月份工作完成情况' })).toBeTruthy()
    expect(screen.getByText('第 10 期')).toBeTruthy()
    expect(screen.getByText('2017年9月30日')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '跳到第 5 项：开展了各类职工服务活动。' }))
    expect(wechat.pageScrollTo).toHaveBeenCalledWith({ selector: '#bulletin-item-5', duration: 300 })
  })

  it('keeps the structure: sub-points, 报/发 lines, the editor, and the phone as a button that calls it', async () => {
    bulletinsFunction()
    render(<DetailHarness id='ref' />)
    expect(await screen.findByText('五是')).toBeTruthy()
    expect(screen.getByText('省总工会、市“四大家”有关领导、市“四大家”办公室')).toBeTruthy()
    expect(screen.getByText('施晓露')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '拨打联系电话 8219262' }))
    expect(taroMock.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '8219262' })
  })

  it('shows the points below each item at their levels, as headings one level down, and lists only the items as contents', async () => {
    bulletinsFunction(action => (action === 'get' ? { ok: true, data: fixtureDetail('notice-spring-festival-aid-2018.txt', 'aid') } : undefined))
    const { container } = render(<DetailHarness id='aid' />)
    expect(await screen.findByRole('heading', { level: 2, name: '一、帮扶对象' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 3, name: '（一）在档困难职工。' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 4, name: '2.单亲困难女职工家庭。' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 5, name: '（2）因突发事件导致家庭生活困难的。' })).toBeTruthy()
    const levels = [...container.querySelectorAll('.bulletin-article__point')].map(node => node.className.replace(/.*--level-(\d).*/, '$1'))
    expect(levels).toEqual(['2', '3', '3', '2', '3', '4', '4', '3'])
    const contents = screen.getAllByRole('button', { name: /^跳到第/ }).map(button => button.getAttribute('aria-label'))
    expect(contents).toEqual(['跳到第 1 项：帮扶对象', '跳到第 2 项：帮扶标准', '跳到第 3 项：工作要求'])
  })

  it('counts the reader once it is shown and shows the new count', async () => {
    const calls = bulletinsFunction()
    render(<DetailHarness id='ref' />)
    expect(await screen.findByText('阅读 42 次')).toBeTruthy()
    expect(calls.filter(call => call.action === 'recordRead')).toHaveLength(1)
  })

  it('opens at the item a search hit is in, with the words marked', async () => {
    bulletinsFunction()
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { container } = render(<DetailHarness id='ref' query='爱心驿站' itemNumber={5} />)
    await screen.findByText('五是')
    await act(async () => {
      await vi.advanceTimersByTimeAsync(400)
    })
    vi.useRealTimers()
    expect(wechat.pageScrollTo).toHaveBeenCalledWith({ selector: '#bulletin-item-5', duration: 300 })
    expect([...container.querySelectorAll('.bulletin-hit')].map(node => node.textContent)).toContain('爱心驿站')
  })

  it('opens a saved bulletin without signal, saying when it was saved', async () => {
    createOfflineShelf().keep(referenceDetail(), Date.parse('2026-11-03T06:05:00.000Z'))
    taroMock.cloud.callFunction.mockRejectedValue({ errMsg: 'cloud.callFunction:fail request:fail' })
    render(<DetailHarness id='ref' />)
    expect(await screen.findByText('离线内容，保存于 11月3日 14:05')).toBeTruthy()
    expect(screen.getByRole('heading', { level: 1, name: '市总工会九月份工作完成情况' })).toBeTruthy()
  })

  it('does not show a saved copy of a bulletin that was taken down', async () => {
    createOfflineShelf().keep(referenceDetail(), 1)
    bulletinsFunction(action => (action === 'get' ? { ok: false, error: { code: 'BULLETINS.NOT_FOUND', message: 'gone' } } : undefined))
    render(<DetailHarness id='ref' />)
    expect(await screen.findByText('这篇资讯不存在或已经撤回')).toBeTruthy()
    expect(screen.queryByRole('heading', { level: 1, name: '市总工会九月份工作完成情况' })).toBeNull()
  })

  it('offers 返回资讯, not a 重试 that cannot help, for a bulletin that was withdrawn', async () => {
    bulletinsFunction(action => (action === 'get' ? { ok: false, error: { code: 'BULLETINS.NOT_FOUND', message: 'gone' } } : undefined))
    render(<DetailHarness id='ref' />)
    expect(await screen.findByText('这篇资讯不存在或已经撤回')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '返回资讯' }))
    expect(taroMock.navigateBack).toHaveBeenCalled()
  })

  it('keeps 重试 for a bulletin that could not be fetched for lack of signal', async () => {
    taroMock.cloud.callFunction.mockRejectedValue({ errMsg: 'cloud.callFunction:fail request:fail' })
    render(<DetailHarness id='not-saved' />)
    expect(await screen.findByRole('button', { name: '重试' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '返回资讯' })).toBeTruthy()
  })

  it('offers the way home when opened straight from a shared link', async () => {
    wechat.getCurrentPages.mockReturnValue([{}])
    bulletinsFunction()
    render(<DetailHarness id='ref' />)
    fireEvent.click(await screen.findByRole('button', { name: '回到首页' }))
    expect(taroMock.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
    wechat.getCurrentPages.mockReturnValue([{}, {}])
  })
})

describe('the new-issue alert switch', () => {
  it('asks WeChat in the tap and stores the 允许 as one message credit', async () => {
    wechat.requestSubscribeMessage.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', [alertOff.templateId ?? '']: 'accept' })
    const calls = bulletinsFunction(action =>
      action === 'recordNewIssueAlertChoice' ? { ok: true, data: { ...alertOff, enabled: true, credits: 1 } } : undefined,
    )
    render(<NewIssueAlertSwitch />)
    const toggle = await screen.findByLabelText('新资讯提醒，已关闭')
    await waitFor(() => expect(toggle.getAttribute('aria-disabled')).not.toBe('true'))
    fireEvent.click(screen.getByText('新资讯提醒'))
    expect(wechat.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: [alertOff.templateId], entityIds: [] })
    expect(await screen.findByText(/还能收到 1 条提醒/)).toBeTruthy()
    const recorded = calls.find(call => call.action === 'recordNewIssueAlertChoice')
    expect(recorded?.payload).toEqual({ decision: 'accept' })
    expect(recorded?.requestId).toMatch(/^[a-z0-9]{20}$/)
  })

  it('explains where to turn subscribe messages back on when WeChat’s own switch is off', async () => {
    wechat.requestSubscribeMessage.mockRejectedValue({ errCode: 20004, errMsg: 'requestSubscribeMessage:fail' })
    const calls = bulletinsFunction()
    render(<NewIssueAlertSwitch />)
    await screen.findByLabelText('新资讯提醒，已关闭')
    await waitFor(() => expect(calls.some(call => call.action === 'getNewIssueAlert')).toBe(true))
    await act(async () => {
      await Promise.resolve()
    })
    fireEvent.click(screen.getByText('新资讯提醒'))
    expect(await screen.findByText(/打开“订阅消息”后再试/)).toBeTruthy()
    expect(calls.some(call => call.action === 'recordNewIssueAlertChoice')).toBe(false)
  })
})

describe('saving for offline reading', () => {
  it('fetches nothing on a slow network', async () => {
    const fetch = vi.fn()
    expect(await prefetchForOffline([listItem('a', 'A')], createOfflineShelf(), fetch, () => Promise.resolve('2g'))).toBe(0)
    expect(fetch).not.toHaveBeenCalled()
  })

  it('fetches what the shelf lacks, oldest first so the newest stay longest, and stops when the signal goes', async () => {
    const shelf = createOfflineShelf()
    shelf.keep(referenceDetail({ id: 'b', updatedAt: '2017-09-25T02:00:00.000Z' }), 1)
    const fetched: string[] = []
    const fetch = vi.fn((id: string) => {
      fetched.push(id)
      return id === 'a' ? Promise.reject(new Error('no signal')) : Promise.resolve(referenceDetail({ id }))
    })
    const saved = await prefetchForOffline([listItem('a', 'A'), listItem('b', 'B'), listItem('c', 'C')], shelf, fetch, () => Promise.resolve('4g'))
    expect(fetched).toEqual(['c', 'a'])
    expect(saved).toBe(1)
    expect(shelf.ids()).toEqual(['c', 'b'])
  })
})
