import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import type { Bulletin } from '../../src/domain/bulletins/bulletin'
import { startBrowserStack, type BrowserStack } from './browser-stack'
import { expectVisible } from './expect-visible'
import { screenOf } from './screen-of'
import { callFunctionAs } from './call-function-as'

let stack: BrowserStack

beforeAll(async () => {
  stack = await startBrowserStack()
})

afterAll(async () => {
  await stack?.stop()
})

const callAs = <T>(openid: string, fn: string, action: string, payload: unknown): Promise<T> => callFunctionAs<T>(stack, openid, fn, action, payload)

const NOTICE_TITLE = '关于开展职工疗休养活动的通知'

/** Two messages for the demo worker, made the way the product makes them: staff settle their report, then publish a bulletin they asked to hear of. */
async function messagesForTheWorker(): Promise<void> {
  const [report] = stack.emulator.database.find('station_feedback', { reporterUserId: userIdFor('demo-worker'), state: 'open' })
  if (report === undefined) throw new Error('the demo report is missing')
  await callAs('demo-staff', 'stations', 'reviewReport', { reportId: String(report._id), to: 'verified' })
  await callAs('demo-staff', 'stations', 'reviewReport', { reportId: String(report._id), to: 'resolved', note: '微波炉已经换了新的，欢迎来热饭' })

  await callAs('demo-worker', 'bulletins', 'recordNewIssueAlertChoice', { decision: 'accept' })
  const bulletin: Bulletin = {
    header: { issueNumber: null, issuer: '荆州市总工会', issuedOn: '2026-06-20' },
    body: { title: NOTICE_TITLE, intro: ['各基层工会：今年的职工疗休养活动开始报名。'], items: [], distribution: { reportTo: [], sendTo: [], copyTo: [] }, editor: null, phone: null },
  }
  const draft = await callAs<{ bulletin: { id: string; revision: number } }>('demo-staff', 'bulletins', 'saveDraft', { kind: 'notice', bulletin })
  await callAs('demo-staff', 'bulletins', 'publish', { id: draft.bulletin.id, revision: draft.bulletin.revision })
  await stack.emulator.functions?.fireTrigger('notify', 'dispatch')
}

function messageRow(inbox: Locator, state: '未读' | '已读', title: string) {
  return inbox.getByRole('button', { name: new RegExp(`^${state}，${title}，`) })
}

describe('消息, in Chromium as a worker', () => {
  it('shows the unread count on 我的, lists the messages newest first, and opening one reads it', async () => {
    await messagesForTheWorker()
    const { context, page } = await stack.openApp('demo-worker', { path: 'pages/me/index' })
    await expectVisible(page.locator('.taro-tabbar-badge').getByText('2', { exact: true }))
    await page.getByRole('button', { name: '我的消息，2 条未读' }).click()

    const inbox = screenOf(page, '/packages/me/inbox/index')
    await expectVisible(inbox.getByText('2 条未读', { exact: true }))
    const rows = inbox.getByRole('button', { name: /^(未读|已读)，/ })
    await expect.poll(async () => (await rows.allTextContents()).length).toBe(2)
    const labels = await rows.evaluateAll(elements => elements.map(element => element.getAttribute('aria-label') ?? ''))
    expect(labels.map(label => label.split('，').slice(0, 2).join('，'))).toEqual(['未读，新资讯发布提醒', '未读，反馈处理结果通知'])
    await expectVisible(inbox.getByText('微波炉已经换了新的，欢迎来热饭'))

    await messageRow(inbox, '未读', '反馈处理结果通知').click()
    await expectVisible(screenOf(page, '/packages/stations/detail/index').getByText('沙市区文化宫工会驿站').first())
    await page.goBack()
    await expectVisible(messageRow(inbox, '已读', '反馈处理结果通知'))
    await expectVisible(inbox.getByText('1 条未读', { exact: true }))

    await inbox.getByRole('button', { name: '全部标为已读' }).click()
    await expectVisible(inbox.getByText('全部已读', { exact: true }))
    await expectVisible(messageRow(inbox, '已读', '新资讯发布提醒'))
    await page.goBack()
    await expect.poll(() => page.locator('.taro-tabbar-badge').count(), { timeout: 10_000 }).toBe(0)
    await context.close()
  })
})
