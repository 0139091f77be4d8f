import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SUBSCRIBE_SEND_API } from '../../cloudfunctions/notify/wechat-sender'
import { LOCAL_TEMPLATE_IDS } from '../../scripts/local-subscribe-templates'
import { demoStationEntries } from '../../scripts/seed/stations-demo'
import type { Bulletin } from '../../src/domain/bulletins/bulletin'
import { LARGEST_FONT_SIZE_SETTING } from './harness/wx/system-info'
import type { MiniProgram } from './harness/mini-program'
import { normaliseText, textOf } from './harness/wxml-element'
import { acceptConsent, startWeappStack, type WeappStack } from './weapp-stack'

let stack: WeappStack

beforeAll(async () => {
  stack = await startWeappStack({ subscribeTemplates: true })
})

afterAll(async () => {
  await stack?.stop()
})

const NEW_ISSUE_TEMPLATE_ID = LOCAL_TEMPLATE_IDS['bulletin-new-issue']
const TITLE = '关于开展二〇二六年夏季户外劳动者送清凉活动的通知'

/** A call to a function as a demo person, through the client gateway (as the staff's own phone would make it). */
async function callAs<T>(openid: string, fn: string, action: string, payload: unknown): Promise<T> {
  const response = await fetch(`${stack.emulator.origin}/client/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: JSON.stringify({ action, payload }),
  })
  const { result } = (await response.json()) as { result: { ok: boolean; data?: T; error?: { code: string } } }
  if (!result.ok || result.data === undefined) throw new Error(`${fn}.${action} failed: ${JSON.stringify(result)}`)
  return result.data
}

async function publishAsStaff(title: string): Promise<string> {
  const bulletin: Bulletin = {
    header: { issueNumber: null, issuer: '荆州市总工会', issuedOn: '2026-06-20' },
    body: { title, intro: ['各基层工会：夏季高温期间，请做好户外劳动者防暑降温工作。'], items: [], distribution: { reportTo: [], sendTo: [], copyTo: [] }, editor: null, phone: null },
  }
  const draft = await callAs<{ bulletin: { id: string; revision: number } }>('demo-staff', 'bulletins', 'saveDraft', { kind: 'notice', bulletin })
  await callAs('demo-staff', 'bulletins', 'publish', { id: draft.bulletin.id, revision: draft.bulletin.revision })
  return draft.bulletin.id
}

/** Waits for a control that can be tapped: shown, and no longer disabled while its data loads. */
function ready(app: MiniProgram, role: string, name: string) {
  return app.waitFor(() => {
    const control = app.queryByRole(role, { name })
    return control !== null && control.attrs.disabled !== true && control.attrs.disabled !== 'true' ? control : undefined
  }, `${role} "${name}" ready to tap`)
}

/** The type scale of the page's screen, as me.test.ts reads it. */
function fontScale(app: MiniProgram): string | undefined {
  const screen = app.page.elements().find(element => typeof element !== 'string' && String(element.attrs.class).includes('ui-screen'))
  const style = typeof screen === 'string' ? '' : String(screen?.attrs.style ?? '')
  return /--font-scale:\s*([\d.]+)/.exec(style)?.[1]
}

describe('notifications in the weapp build', () => {
  it('asks inside the tap for new-issue alerts, then a published bulletin reaches WeChat and 消息, with the count on 我的', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true })
    await acceptConsent(app)

    app.wx.subscribe.answer(NEW_ISSUE_TEMPLATE_ID, 'accept')
    app.tap(await ready(app, 'switch', '新资讯提醒，已关闭'))
    await app.findByRole('switch', { name: '新资讯提醒，已开启' })
    await app.findByText(/已开启，还能收到 1 条提醒/)
    // WeChat showed its prompt because it was asked within the tap (the harness refuses it otherwise).
    expect(app.wx.subscribe.prompts).toEqual([[NEW_ISSUE_TEMPLATE_ID]])

    const bulletinId = await publishAsStaff(TITLE)
    const functions = stack.emulator.functions
    if (!functions) throw new Error('no functions host')
    expect(await functions.fireTrigger('notify', 'dispatch')).toMatchObject({ ok: true, data: { sent: 1 } })

    const sends = stack.emulator.wx.outbox().filter(entry => entry.apiName === SUBSCRIBE_SEND_API)
    expect(sends).toHaveLength(1)
    expect(sends[0]?.response.errcode).toBe(0)
    expect(sends[0]?.requestData).toMatchObject({
      touser: 'demo-worker',
      template_id: NEW_ISSUE_TEMPLATE_ID,
      page: `packages/bulletins/detail/index?id=${bulletinId}`,
      data: { thing1: { value: `${Array.from(TITLE).slice(0, 19).join('')}…` }, thing2: { value: '荆州市总工会' }, date3: { value: '2026年6月20日' } },
    })

    await app.tapTab('pages/me/index')
    await app.waitFor(() => app.wx.ui.badge(3) === '1' || undefined, 'the unread count on the 我的 tab')
    app.tap(await app.findByRole('button', { name: '我的消息，1 条未读' }))
    await app.waitFor(() => app.page.route === 'packages/me/inbox/index' || undefined, 'the 消息 page')
    await app.findByText('新资讯发布提醒')
    await app.findByText(TITLE)
    expect(app.getAllByText('未读')).toHaveLength(1)

    app.tap(await app.findByRole('button', { name: /^未读，新资讯发布提醒/ }))
    await app.waitFor(() => app.page.route === 'packages/bulletins/detail/index' || undefined, 'the bulletin the message is about')
    expect(app.page.query.id).toBe(bulletinId)
    await app.findAllByText(TITLE)
    await app.goBack()
    await app.findByRole('button', { name: /^已读，新资讯发布提醒/ })
    await app.goBack()
    expect(app.page.route).toBe('pages/me/index')
    await app.waitFor(() => app.wx.ui.badge(3) === undefined || undefined, 'the count gone from the 我的 tab')
    await app.findByRole('button', { name: '我的消息，没有未读消息' })
    app.close()
  })

  it('keeps 消息 readable at WeChat’s largest type', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true, device: { fontSizeSetting: LARGEST_FONT_SIZE_SETTING }, entry: 'packages/me/inbox/index' })
    await acceptConsent(app)
    await app.findByText(TITLE)
    expect(fontScale(app)).toBe('1.75')
    await app.findByRole('button', { name: /^已读，新资讯发布提醒，.*资讯标题：关于开展/ })
    app.close()
  })

  it('asks for the result inside the 提交 tap of a station report, and says plainly where it will be when the answer is no', async () => {
    const station = demoStationEntries('2026-01-01').find(entry => entry.fields.code === 'JZ-SS-008')
    if (station === undefined) throw new Error('the demo station is missing')
    const app = await stack.launch('demo-worker', { privacyAgreed: true, entry: `packages/stations/report/index?id=${station.id}` })
    await acceptConsent(app)
    app.tap(await app.findByRole('radio', { name: '驿站关门了' }))
    const resultTemplateId = LOCAL_TEMPLATE_IDS['station-report-result']
    app.wx.subscribe.answer(resultTemplateId, 'reject')
    // Everything the page loads has come, the template id to ask for among it.
    await app.settle()
    app.tap(await ready(app, 'button', '提交：驿站关门了'))
    await app.findByText('已提交，谢谢您！')
    await app.findByText('您没有开启提醒，处理结果会放在“我的 → 消息”里。')
    expect(app.wx.subscribe.prompts).toEqual([[resultTemplateId]])

    const [report] = (await callAs<{ items: { id: string; stationId: string }[] }>('demo-worker', 'stations', 'listMyReports', {})).items.filter(item => item.stationId === station.id)
    if (report === undefined) throw new Error('the report is missing')
    await callAs('demo-staff', 'stations', 'reviewReport', { reportId: report.id, to: 'verified' })
    const resolved = await callAs<{ reporterNotification: string }>('demo-staff', 'stations', 'reviewReport', { reportId: report.id, to: 'resolved', note: '已联系站点，恢复开放' })
    expect(resolved.reporterNotification).toBe('inbox')

    await app.tapTab('pages/me/index')
    await app.waitFor(() => app.wx.ui.badge(3) === '1' || undefined, 'the unread count on the 我的 tab')
    app.tap(await app.findByRole('button', { name: '我的消息，1 条未读' }))
    await app.findByRole('button', { name: /^未读，反馈处理结果通知，.*处理说明：已联系站点，恢复开放/ })
    app.close()
  })

  it('shows staff what became of the messages, per template and day, from 我的 → 工作台', async () => {
    const app = await stack.launch('demo-staff', { privacyAgreed: true, entry: 'pages/me/index' })
    await acceptConsent(app)
    app.tap(await app.findByRole('button', { name: /^消息发送情况/ }))
    await app.waitFor(() => app.page.route === 'packages/staff/notifications/index' || undefined, 'the staff figures')
    // The bulletin notice went by WeChat; the report's result, with a no at the time of reporting, to 消息 only.
    await app.findByText('新资讯发布提醒')
    await app.findByText('反馈处理结果通知')
    const figures = app.getAllByText(/^(已发送|发送失败|只进“消息”) \d+$/).map(element => normaliseText(textOf(element)))
    expect(figures.slice(0, 3)).toEqual(['已发送 1', '发送失败 0', '只进“消息” 1'])
    app.close()
  })
})
