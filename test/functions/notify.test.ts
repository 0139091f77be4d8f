import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { sendQueue, type SendCounts } from '../../cloudfunctions/notify/send-queue'
import { SUBSCRIBE_SEND_API, type SendSubscribeMessage } from '../../cloudfunctions/notify/wechat-sender'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { createLogger } from '../../cloudfunctions/runtime/logger'
import { enqueueNotification, type MessageRequest } from '../../cloudfunctions/runtime/notifications/outbox'
import { notificationsRepository } from '../../cloudfunctions/runtime/repositories/notifications-repository'
import { subscriptionsRepository } from '../../cloudfunctions/runtime/repositories/subscriptions-repository'
import { usersRepository } from '../../cloudfunctions/runtime/repositories/users-repository'
import { runInTransaction } from '../../cloudfunctions/runtime/transaction'
import { LOCAL_TEMPLATE_IDS } from '../../scripts/local-subscribe-templates'
import { seedBulletinsDemo } from '../../scripts/seed/bulletins-demo'
import { demoStationEntries, seedStationsDemo } from '../../scripts/seed/stations-demo'
import type { DispatchReport } from '../../src/domain/contracts/notify'
import { DELETE_MY_DATA_CONFIRMATION } from '../../src/domain/contracts/users'
import type { Bulletin } from '../../src/domain/bulletins/bulletin'
import { SERVICE_REMINDER_TEMPLATE, type SubscribeTemplateKey } from '../../src/domain/notifications/subscribe-templates'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { asStaff, asWorker, startTestStack, type TestCaller, type TestStack } from '../support/test-stack'
import { type Envelope, expectOk, expectError } from '../support/expect-envelope'

let stack: TestStack
let requestCounter = 0
const log = createLogger({ test: 'notify' })

/** A station of the demo data, for reports. */
const STATION = demoStationEntries('2026-01-01').find(entry => entry.fields.code === 'JZ-SS-003')
if (STATION === undefined) throw new Error('the demo station is missing')

beforeAll(async () => {
  stack = await startTestStack({ subscribeTemplates: true })
  const now = new Date()
  await seedStationsDemo(stack.db, now)
  await seedBulletinsDemo(stack.db, now)
})

afterAll(async () => {
  await stack.stop()
})

beforeEach(() => {
  stack.emulator.wx.clearOutbox()
})

const person = (name: string): TestCaller & { readonly openid: string } => ({ openid: `o-notify-${name}` })

/** A person who has opened the app once (so the service knows their openid). */
async function visitor(name: string): Promise<{ readonly openid: string }> {
  const caller = person(name)
  expectOk(await stack.call('users', 'getMe', {}, { as: caller }))
  return caller
}

/** The person taps 允许 `times` times for the template (each one a separate request). */
async function allow(caller: TestCaller, templateKey: SubscribeTemplateKey, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    requestCounter += 1
    expectOk(await stack.call('notify', 'recordSubscribeDecision', { templateKey, decision: 'accept' }, { as: caller, requestId: `allow-${requestCounter}-test` }))
  }
}

async function credits(caller: TestCaller, templateKey: SubscribeTemplateKey): Promise<number> {
  const [status] = expectOk(await stack.call('notify', 'getSubscriptions', { templateKeys: [templateKey] }, { as: caller }))
  return status?.credits ?? -1
}

async function dispatch(): Promise<DispatchReport> {
  const functions = stack.emulator.functions
  if (!functions) throw new Error('no functions host')
  return expectOk((await functions.fireTrigger('notify', 'dispatch')) as Envelope<DispatchReport>)
}

/** A dispatcher run while WeChat answers every send -1 (system busy): what it queued stays queued. */
async function dispatchWhileBusy(): Promise<DispatchReport> {
  stack.emulator.wx.failNext(1000, -1, SUBSCRIBE_SEND_API)
  try {
    return await dispatch()
  } finally {
    stack.emulator.wx.clearOutbox()
  }
}

/** What waiting out a backoff does: the messages become due now. */
async function makeDue(ids: readonly string[]): Promise<void> {
  for (const id of ids) await stack.db.collection('notifications').doc(id).update({ dueAt: new Date(Date.now() - 1000) })
}

/** Every message waiting for a retry becomes due now. */
async function makeAllDue(): Promise<void> {
  await makeDue(stack.emulator.database.find('notifications', { state: 'queued' }).map(message => String(message._id)))
}

interface SentMessage {
  readonly touser: string
  readonly template_id: string
  readonly page?: string
  readonly data: Record<string, { value: string }>
}

/** The subscribe messages the functions sent to WeChat since the outbox was last cleared, with WeChat's answers. */
function wechatSends(): { readonly request: SentMessage; readonly errcode: number }[] {
  return stack.emulator.wx
    .outbox()
    .filter(entry => entry.apiName === SUBSCRIBE_SEND_API)
    .map(entry => ({ request: entry.requestData as SentMessage, errcode: entry.response.errcode }))
}

function notificationsOf(caller: { readonly openid: string }) {
  return stack.emulator.database.find('notifications', { recipientUserId: userIdFor(caller.openid) })
}

async function report(caller: TestCaller, note?: string) {
  return expectOk(await stack.call('stations', 'reportProblem', { stationId: STATION?.id ?? '', kind: 'closed', ...(note ? { note } : {}) }, { as: caller }))
}

async function resolve(reportId: string, note?: string) {
  expectOk(await stack.call('stations', 'reviewReport', { reportId, to: 'verified' }, { as: asStaff }))
  return expectOk(await stack.call('stations', 'reviewReport', { reportId, to: 'resolved', ...(note ? { note } : {}) }, { as: asStaff }))
}

/** A message of the service-reminder template to `userId`, enqueued the way a feature would. */
function reminderMessage(userId: string, dedupeKey: string, what: string): MessageRequest<'service-reminder'> {
  return {
    recipientUserId: userId,
    templateKey: 'service-reminder',
    values: { ...SERVICE_REMINDER_TEMPLATE.sample, thing1: what },
    page: 'pages/services/index',
    dedupeKey,
  }
}

const templateIdOf = (key: SubscribeTemplateKey) => LOCAL_TEMPLATE_IDS[key]

describe('the credits ledger', () => {
  it('adds one credit per 允许, none for a no, a ban or a filtered template, once per request', async () => {
    const caller = await visitor('ledger')
    expect(expectOk(await stack.call('notify', 'getSubscriptions', { templateKeys: ['station-report-result'] }, { as: caller }))).toEqual([
      {
        templateKey: 'station-report-result',
        templateId: LOCAL_TEMPLATE_IDS['station-report-result'],
        title: '反馈处理结果通知',
        promise: expect.stringContaining('微信会通知您'),
        enabled: false,
        credits: 0,
      },
    ])
    const once = { templateKey: 'station-report-result', decision: 'accept' } as const
    expectOk(await stack.call('notify', 'recordSubscribeDecision', once, { as: caller, requestId: 'ledger-accept-1' }))
    expect(expectOk(await stack.call('notify', 'recordSubscribeDecision', once, { as: caller, requestId: 'ledger-accept-1' })).credits).toBe(1)
    for (const decision of ['reject', 'ban', 'filter'] as const) {
      expect(expectOk(await stack.call('notify', 'recordSubscribeDecision', { templateKey: 'station-report-result', decision }, { as: caller })).credits).toBe(1)
    }
    await allow(caller, 'station-report-result')
    expect(await credits(caller, 'station-report-result')).toBe(2)
  })
})

describe('a message and the change that causes it', () => {
  it('sends the station report result through WeChat when the reporter allowed it, spending the credit', async () => {
    const reporter = await visitor('reporter-allowed')
    await allow(reporter, 'station-report-result')
    const filed = await report(reporter)
    const resolved = await resolve(filed.id, '已联系站点，恢复开放')
    expect(resolved.reporterNotification).toBe('wechat')
    expect(await credits(reporter, 'station-report-result')).toBe(0)
    const [queued] = notificationsOf(reporter)
    expect(queued).toMatchObject({ state: 'queued', templateKey: 'station-report-result', attempts: 0 })

    expect(await dispatch()).toMatchObject({ sent: 1, failed: 0 })
    const [sent] = wechatSends()
    expect(sent).toMatchObject({ errcode: 0, request: { touser: reporter.openid, template_id: LOCAL_TEMPLATE_IDS['station-report-result'] } })
    expect(sent?.request.page).toBe(`packages/stations/detail/index?id=${STATION?.id}`)
    expect(sent?.request.data.phrase2).toEqual({ value: '已处理' })
    expect(notificationsOf(reporter)).toEqual([expect.objectContaining({ state: 'sent', attempts: 1, wechatData: null })])
    expect(await credits(reporter, 'station-report-result')).toBe(0)

    const inbox = expectOk(await stack.call('notify', 'listInbox', {}, { as: reporter }))
    expect(inbox.unread).toBe(1)
    expect(inbox.items[0]).toMatchObject({ title: '反馈处理结果通知', read: false, page: `/packages/stations/detail/index?id=${STATION?.id}` })
    expect(inbox.items[0]?.lines).toContainEqual({ label: '处理说明', value: '已联系站点，恢复开放' })
  })

  it('puts the result in 消息 only when the reporter has no 允许, and the review page says so', async () => {
    const reporter = await visitor('reporter-no-credit')
    const filed = await report(reporter)
    const resolved = await resolve(filed.id)
    expect(resolved.reporterNotification).toBe('inbox')
    expect(notificationsOf(reporter)).toEqual([expect.objectContaining({ state: 'inbox-only', reason: 'no-credit' })])
    await dispatch()
    expect(wechatSends()).toEqual([])
    expect(expectOk(await stack.call('notify', 'countUnread', {}, { as: reporter })).unread).toBe(1)
  })

  it('writes nothing when the change fails: two staff settle one report at once, and one message is made', async () => {
    const reporter = await visitor('reporter-race')
    await allow(reporter, 'station-report-result', 2)
    const filed = await report(reporter)
    expectOk(await stack.call('stations', 'reviewReport', { reportId: filed.id, to: 'verified' }, { as: asStaff }))
    const answers = await Promise.all([
      stack.call('stations', 'reviewReport', { reportId: filed.id, to: 'resolved' }, { as: asStaff }),
      stack.call('stations', 'reviewReport', { reportId: filed.id, to: 'rejected' }, { as: { openid: 'demo-admin' } }),
    ])
    expect(answers.filter(answer => answer.ok)).toHaveLength(1)
    expect(answers.find(answer => !answer.ok)).toMatchObject({ error: { code: 'STATIONS.REPORT_STATE_CHANGED' } })
    expect(notificationsOf(reporter)).toHaveLength(1)
    expect(stack.emulator.database.find('inbox', { userId: userIdFor(reporter.openid) })).toHaveLength(1)
    expect(await credits(reporter, 'station-report-result')).toBe(1)
  })

  it('rolls the message, its 消息 entry and its reserved credit back with a change that throws', async () => {
    const caller = await visitor('rolled-back')
    await allow(caller, 'service-reminder')
    const before = stack.snapshot()
    await expect(
      runInTransaction(stack.db, async transaction => {
        const told = await enqueueNotification(transaction, reminderMessage(userIdFor(caller.openid), 'rollback-1', '法律咨询'), { now: new Date(), templateIdOf })
        expect(told.channel).toBe('wechat')
        throw new Error('the change failed after its message was enqueued')
      }),
    ).rejects.toThrow('the change failed')
    expect(stack.snapshot()).toBe(before)
    expect(await credits(caller, 'service-reminder')).toBe(1)
  })

  it('makes one message of two enqueues with one dedupe key, and sends it once', async () => {
    const caller = await visitor('dedupe')
    await allow(caller, 'service-reminder', 2)
    const userId = userIdFor(caller.openid)
    const first = await runInTransaction(stack.db, transaction =>
      enqueueNotification(transaction, reminderMessage(userId, 'dedupe-1', '劳动合同咨询'), { now: new Date(), templateIdOf }),
    )
    const second = await runInTransaction(stack.db, transaction =>
      enqueueNotification(transaction, reminderMessage(userId, 'dedupe-1', '劳动合同咨询'), { now: new Date(), templateIdOf }),
    )
    expect(first).toMatchObject({ channel: 'wechat', duplicate: false })
    expect(second).toEqual({ ...first, duplicate: true })
    expect(await credits(caller, 'service-reminder')).toBe(1)
    await dispatch()
    await dispatch()
    expect(wechatSends().filter(send => send.request.touser === caller.openid)).toHaveLength(1)
    expect(stack.emulator.database.find('inbox', { userId })).toHaveLength(1)
  })

  it('cuts real Chinese text to WeChat’s field rules, and keeps every word in 消息', async () => {
    const reporter = await visitor('long-words')
    await allow(reporter, 'station-report-result')
    const words = '已联系驿站所在社区居委会和物业公司，门锁已经更换，明天早上七点起恢复开放，开放时间以门口公示为准'
    const filed = await report(reporter, '早上去的时候门锁着，旁边的人说已经好几天没开了')
    await resolve(filed.id, words)
    await dispatch()
    const [sent] = wechatSends()
    expect(sent?.errcode).toBe(0)
    const data = sent?.request.data ?? {}
    expect(Array.from(data.thing1?.value ?? '')).toHaveLength(20)
    expect(data.thing1?.value.endsWith('…')).toBe(true)
    expect(data.thing3?.value).toBe(`${Array.from(words).slice(0, 19).join('')}…`)
    expect(data.time4?.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
    const inbox = expectOk(await stack.call('notify', 'listInbox', {}, { as: reporter }))
    expect(inbox.items[0]?.lines).toContainEqual({ label: '处理说明', value: words })
    expect(inbox.items[0]?.lines).toContainEqual({ label: '反馈内容', value: `${STATION?.fields.name}：驿站关门了` })
  })
})

describe('new-bulletin notices', () => {
  const notice = (title: string): Bulletin => ({
    header: { issueNumber: null, issuer: '测试工会', issuedOn: '2026-11-01' },
    body: { title, intro: ['内容。'], items: [], distribution: { reportTo: [], sendTo: [], copyTo: [] }, editor: null, phone: null },
  })

  async function publish(title: string): Promise<string> {
    const draft = expectOk(await stack.call('bulletins', 'saveDraft', { kind: 'notice', bulletin: notice(title) }, { as: asStaff }))
    expectOk(await stack.call('bulletins', 'publish', { id: draft.bulletin.id, revision: draft.bulletin.revision }, { as: asStaff }))
    return draft.bulletin.id
  }

  it('reach everyone who switched them on, by WeChat while a 允许 is left and in 消息 always; nobody who switched off', async () => {
    const keen = await visitor('bulletin-keen')
    const spent = await visitor('bulletin-spent')
    const off = await visitor('bulletin-off')
    for (const [caller, requestId] of [[keen, 'keen-a'], [spent, 'spent-a'], [off, 'off-a']] as const) {
      expectOk(await stack.call('bulletins', 'recordNewIssueAlertChoice', { decision: 'accept' }, { as: caller, requestId: `${requestId}-alert` }))
    }
    expectOk(await stack.call('bulletins', 'recordNewIssueAlertChoice', { decision: 'accept' }, { as: keen, requestId: 'keen-b-alert' }))
    expectOk(await stack.call('bulletins', 'turnOffNewIssueAlert', {}, { as: off }))

    const first = await publish('关于开展夏季送清凉活动的通知')
    expect(stack.emulator.database.find('notification_broadcasts', { state: 'fanning-out' })).toHaveLength(1)
    const run = await dispatch()
    expect(run.fannedOut).toBeGreaterThanOrEqual(2)
    const sentTo = wechatSends().map(send => send.request.touser)
    expect(sentTo).toContain(keen.openid)
    expect(sentTo).toContain(spent.openid)
    expect(sentTo).not.toContain(off.openid)
    expect(wechatSends().find(send => send.request.touser === keen.openid)?.request).toMatchObject({
      page: `packages/bulletins/detail/index?id=${first}`,
      data: { thing1: { value: '关于开展夏季送清凉活动的通知' }, thing2: { value: '测试工会' }, date3: { value: '2026年11月1日' } },
    })

    stack.emulator.wx.clearOutbox()
    await publish('关于做好冬季送温暖工作的通知')
    await dispatch()
    expect(wechatSends().map(send => send.request.touser)).toEqual([keen.openid])
    const spentInbox = expectOk(await stack.call('notify', 'listInbox', {}, { as: spent }))
    expect(spentInbox.items.map(item => item.lines[0]?.value)).toEqual(['关于做好冬季送温暖工作的通知', '关于开展夏季送清凉活动的通知'])
    expect(expectOk(await stack.call('notify', 'listInbox', {}, { as: off })).items).toEqual([])
    expect(notificationsOf(spent).map(message => message.state).sort()).toEqual(['inbox-only', 'sent'])
  })

  it('notify once per bulletin, however often it is taken down and published again', async () => {
    const reader = await visitor('bulletin-again')
    expectOk(await stack.call('bulletins', 'recordNewIssueAlertChoice', { decision: 'accept' }, { as: reader, requestId: 'again-1-alert' }))
    expectOk(await stack.call('bulletins', 'recordNewIssueAlertChoice', { decision: 'accept' }, { as: reader, requestId: 'again-2-alert' }))
    const id = await publish('关于职工疗休养的通知')
    await dispatch()
    const down = expectOk(await stack.call('bulletins', 'unpublish', { id }, { as: asStaff }))
    expectOk(await stack.call('bulletins', 'publish', { id, revision: down.revision }, { as: asStaff }))
    await dispatch()
    expect(wechatSends().filter(send => send.request.touser === reader.openid)).toHaveLength(1)
    expect(expectOk(await stack.call('notify', 'countUnread', {}, { as: reader })).unread).toBe(1)
  })

  it('sends nothing to WeChat for a message queued before its person switched the notice off, and gives the credit back', async () => {
    const reader = await visitor('bulletin-changed-mind')
    expectOk(await stack.call('bulletins', 'recordNewIssueAlertChoice', { decision: 'accept' }, { as: reader, requestId: 'mind-1-alert' }))
    await publish('关于开展职工技能大赛的通知')
    // Fan out (the reader's message is queued with its credit), but WeChat is busy, so it waits.
    const queuedBefore = (await dispatchWhileBusy()).fannedOut
    expect(queuedBefore).toBeGreaterThanOrEqual(1)
    expect(notificationsOf(reader)).toEqual([expect.objectContaining({ state: 'queued', lastErrcode: -1 })])
    expectOk(await stack.call('bulletins', 'turnOffNewIssueAlert', {}, { as: reader }))
    await makeAllDue()
    await dispatch()
    expect(notificationsOf(reader)).toEqual([expect.objectContaining({ state: 'inbox-only', reason: 'switched-off' })])
    expect(wechatSends().filter(send => send.request.touser === reader.openid)).toEqual([])
    const [subscription] = stack.emulator.database.find('subscriptions', { userId: userIdFor(reader.openid) })
    expect(subscription).toMatchObject({ enabled: false, credits: 1 })
  })
})


describe('the dispatcher', () => {
  it('retries a send WeChat answers -1 with growing waits, then sends it once and spends one credit', async () => {
    const caller = await visitor('retry')
    await allow(caller, 'service-reminder', 2)
    const told = await runInTransaction(stack.db, transaction =>
      enqueueNotification(transaction, reminderMessage(userIdFor(caller.openid), 'retry-1', '工伤认定咨询'), { now: new Date(), templateIdOf }),
    )
    stack.emulator.wx.failNext(3, -1, SUBSCRIBE_SEND_API)
    const waits: number[] = []
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const before = Date.now()
      expect(await dispatch()).toMatchObject({ retried: 1, sent: 0 })
      const [message] = stack.emulator.database.find('notifications', { _id: told.notificationId })
      expect(message).toMatchObject({ state: 'queued', attempts: attempt, lastErrcode: -1, leaseOwner: null })
      waits.push(Math.round(((message?.dueAt as Date).getTime() - before) / 60_000))
      await makeDue([told.notificationId])
    }
    expect(waits).toEqual([1, 2, 4])
    expect(await dispatch()).toMatchObject({ sent: 1 })
    expect(wechatSends().map(send => send.errcode)).toEqual([-1, -1, -1, 0])
    expect(stack.emulator.database.find('notifications', { _id: told.notificationId })).toEqual([expect.objectContaining({ state: 'sent', attempts: 4 })])
    expect(await credits(caller, 'service-reminder')).toBe(1)
  })

  it('retries a send that got no answer at all (the network), as a busy WeChat', async () => {
    const caller = await visitor('no-answer')
    await allow(caller, 'service-reminder')
    const told = await runInTransaction(stack.db, transaction =>
      enqueueNotification(transaction, reminderMessage(userIdFor(caller.openid), 'no-answer-1', '劳动仲裁咨询'), { now: new Date(), templateIdOf }),
    )
    // The same queue on this side, with a network that drops the first send's answer.
    let dropped = 0
    const flaky: SendSubscribeMessage = async message => {
      if (dropped === 0) {
        dropped += 1
        return { ok: false, errcode: null }
      }
      const { result } = await stack.app.callWxOpenApi({ apiName: SUBSCRIBE_SEND_API, requestData: { touser: message.touser, template_id: message.templateId, data: message.data } })
      return (result as { errcode: number }).errcode === 0 ? { ok: true, msgid: null } : { ok: false, errcode: (result as { errcode: number }).errcode }
    }
    const queue = sendQueue({
      notifications: notificationsRepository(stack.db),
      subscriptions: subscriptionsRepository(stack.db),
      users: usersRepository(stack.db),
      runInTransaction: work => runInTransaction(stack.db, work),
      send: flaky,
      now: () => new Date(),
      log,
    })
    const counts: SendCounts = { sent: 0, failed: 0, retried: 0, inboxOnly: 0, sendMs: [] }
    await queue.run(Date.now() + 30_000, counts)
    expect(counts).toMatchObject({ retried: 1, sent: 0 })
    expect(stack.emulator.database.find('notifications', { _id: told.notificationId })).toEqual([expect.objectContaining({ state: 'queued', attempts: 1, lastErrcode: null })])
    await makeDue([told.notificationId])
    await queue.run(Date.now() + 30_000, counts)
    expect(counts).toMatchObject({ retried: 1, sent: 1 })
    expect(await credits(caller, 'service-reminder')).toBe(0)
  })

  it('retries the frequency limit (45009) too', async () => {
    const caller = await visitor('frequency')
    await allow(caller, 'service-reminder')
    const told = await runInTransaction(stack.db, transaction =>
      enqueueNotification(transaction, reminderMessage(userIdFor(caller.openid), 'frequency-1', '社保咨询'), { now: new Date(), templateIdOf }),
    )
    stack.emulator.wx.failNext(1, 45009, SUBSCRIBE_SEND_API)
    expect(await dispatch()).toMatchObject({ retried: 1 })
    await makeDue([told.notificationId])
    expect(await dispatch()).toMatchObject({ sent: 1 })
  })

  it('marks 43101 (not subscribed) final at once, never retries it, and gives the unused credit back', async () => {
    const caller = await visitor('refused')
    await allow(caller, 'service-reminder', 2)
    const told = await runInTransaction(stack.db, transaction =>
      enqueueNotification(transaction, reminderMessage(userIdFor(caller.openid), 'refused-1', '欠薪咨询'), { now: new Date(), templateIdOf }),
    )
    expect(await credits(caller, 'service-reminder')).toBe(1)
    stack.emulator.wx.failNext(1, 43101, SUBSCRIBE_SEND_API)
    expect(await dispatch()).toMatchObject({ failed: 1, retried: 0 })
    expect(stack.emulator.database.find('notifications', { _id: told.notificationId })).toEqual([
      expect.objectContaining({ state: 'failed', reason: 'refused', lastErrcode: 43101, attempts: 1, wechatData: null }),
    ])
    expect(await credits(caller, 'service-reminder')).toBe(2)
    await makeDue([told.notificationId])
    await dispatch()
    expect(wechatSends()).toHaveLength(1)
    expect(expectOk(await stack.call('notify', 'listInbox', {}, { as: caller })).items).toHaveLength(1)
  })

  it('never sends one message twice with two dispatchers at work on 200 messages at once', async () => {
    // Two send batches' worth (SEND_BATCH is 100): enough for the dispatchers to contend for the same messages twice over.
    const people = await Promise.all(Array.from({ length: 20 }, (_, index) => visitor(`lease-${index}`)))
    await Promise.all(people.map(caller => allow(caller, 'service-reminder', 10)))
    await Promise.all(
      people.map(caller =>
        runInTransaction(stack.db, async transaction => {
          for (let n = 0; n < 10; n += 1) {
            const userId = userIdFor(caller.openid)
            const told = await enqueueNotification(transaction, reminderMessage(userId, `lease|${caller.openid}|${n}`, `第${n}号咨询`), { now: new Date(), templateIdOf })
            expect(told.channel).toBe('wechat')
          }
        }),
      ),
    )
    stack.emulator.wx.clearOutbox()
    // A third dispatcher in this process, beside the two function invocations: the same code on another connection.
    const sendsHere: SendSubscribeMessage = async message => {
      const { result } = await stack.app.callWxOpenApi({ apiName: SUBSCRIBE_SEND_API, requestData: { touser: message.touser, template_id: message.templateId, page: message.page, data: message.data } })
      const answer = result as { errcode: number; msgid?: number }
      return answer.errcode === 0 ? { ok: true, msgid: String(answer.msgid) } : { ok: false, errcode: answer.errcode }
    }
    const local = sendQueue({
      notifications: notificationsRepository(stack.db),
      subscriptions: subscriptionsRepository(stack.db),
      users: usersRepository(stack.db),
      runInTransaction: work => runInTransaction(stack.db, work),
      send: sendsHere,
      now: () => new Date(),
      log,
    })
    const localCounts: SendCounts = { sent: 0, failed: 0, retried: 0, inboxOnly: 0, sendMs: [] }
    const [a, b] = await Promise.all([dispatch(), dispatch(), local.run(Date.now() + 60_000, localCounts)])
    const sentBy = [a?.sent ?? 0, b?.sent ?? 0, localCounts.sent]
    expect(sentBy.reduce((sum, count) => sum + count, 0)).toBe(200)
    expect(sentBy.filter(count => count > 0).length).toBeGreaterThanOrEqual(2)

    const sends = wechatSends()
    expect(sends).toHaveLength(200)
    const distinct = new Set(sends.map(send => `${send.request.touser}|${send.request.data.thing1?.value}`))
    expect(distinct.size).toBe(200)
    const messages = people.flatMap(caller => notificationsOf(caller))
    expect(messages).toHaveLength(200)
    expect(messages.every(message => message.state === 'sent' && message.attempts === 1)).toBe(true)
    for (const caller of people.slice(0, 5)) expect(await credits(caller, 'service-reminder')).toBe(0)
  })

  it('is the timer’s alone', async () => {
    const response = await stack.call('notify', 'dispatch', {}, { as: asStaff })
    expectError(response, 'COMMON.FORBIDDEN')
  })
})

describe('消息', () => {
  it('lists the person’s messages newest first, counts the unread, and marks one or all read', async () => {
    const caller = await visitor('inbox')
    const userId = userIdFor(caller.openid)
    for (const [n, minutesAgo] of [[1, 30], [2, 20], [3, 10]] as const) {
      await runInTransaction(stack.db, transaction =>
        enqueueNotification(transaction, reminderMessage(userId, `inbox-${n}`, `第${n}条`), { now: new Date(Date.now() - minutesAgo * 60_000), templateIdOf }),
      )
    }
    const page = expectOk(await stack.call('notify', 'listInbox', {}, { as: caller }))
    expect(page.items.map(item => item.lines[0]?.value)).toEqual(['第3条', '第2条', '第1条'])
    expect(page.unread).toBe(3)
    const newest = page.items[0]?.id ?? ''
    expect(expectOk(await stack.call('notify', 'markRead', { id: newest }, { as: caller }))).toEqual({ unread: 2 })
    expect(expectOk(await stack.call('notify', 'markRead', { id: newest }, { as: caller }))).toEqual({ unread: 2 })
    expect(expectOk(await stack.call('notify', 'listInbox', {}, { as: caller })).items.map(item => item.read)).toEqual([true, false, false])

    const before = stack.snapshot()
    expectError(await stack.call('notify', 'markRead', { id: newest }, { as: asWorker }), 'NOTIFY.MESSAGE_NOT_FOUND')
    expectError(await stack.call('notify', 'markRead', { id: 'n-nothing-like-it' }, { as: caller }), 'NOTIFY.MESSAGE_NOT_FOUND')
    expect(stack.snapshot()).toBe(before)

    expect(expectOk(await stack.call('notify', 'markAllRead', {}, { as: caller }))).toEqual({ unread: 0 })
  })

  it('goes with the person’s data: exported, then deleted', async () => {
    const caller = await visitor('forgotten')
    const userId = userIdFor(caller.openid)
    await runInTransaction(stack.db, transaction => enqueueNotification(transaction, reminderMessage(userId, 'forgotten-1', '咨询'), { now: new Date(), templateIdOf }))
    const exported = expectOk(await stack.call('users', 'exportMyData', {}, { as: caller }))
    expect(exported.records.inbox).toHaveLength(1)
    expect(exported.records.notifications).toHaveLength(1)
    expect(JSON.stringify(exported.records.notifications)).not.toContain('dedupeKey')
    const deletion = expectOk(await stack.call('users', 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { as: caller }))
    expect(deletion.removed).toMatchObject({ inbox: 1, notifications: 1 })
    expect(stack.emulator.database.find('inbox', { userId })).toEqual([])
  })
})

describe('the staff figures', () => {
  it('count, per template and day, what was sent, failed and left in 消息 only', async () => {
    const today = shanghaiDateKey(new Date())
    const stats = expectOk(await stack.call('notify', 'stats', { from: addDays(today, -1), to: today }, { as: asStaff }))
    const reminders = stats.rows.find(row => row.day === today && row.templateKey === 'service-reminder')
    const results = stats.rows.find(row => row.day === today && row.templateKey === 'station-report-result')
    const all = stack.emulator.database.find('notifications', { day: today })
    const count = (templateKey: string, state: string) => all.filter(message => message.templateKey === templateKey && message.state === state).length
    expect(reminders).toMatchObject({
      title: '服务预约提醒',
      sent: count('service-reminder', 'sent'),
      failed: count('service-reminder', 'failed'),
      inboxOnly: count('service-reminder', 'inbox-only'),
      queued: count('service-reminder', 'queued'),
    })
    expect(reminders?.sent).toBeGreaterThanOrEqual(200)
    expect(reminders?.failed).toBeGreaterThanOrEqual(1)
    expect(results?.inboxOnly).toBeGreaterThanOrEqual(1)
    expect(stats.rows.every(row => row.day <= today)).toBe(true)
  })

  it('refuses a range backwards or longer than two months', async () => {
    expectError(await stack.call('notify', 'stats', { from: '2026-05-02', to: '2026-05-01' }, { as: asStaff }), 'NOTIFY.INVALID_RANGE')
    expectError(await stack.call('notify', 'stats', { from: '2026-01-01', to: '2026-05-01' }, { as: asStaff }), 'NOTIFY.INVALID_RANGE')
    expectError(await stack.call('notify', 'stats', { from: '2026-05-01', to: '2026-05-02' }, { as: asWorker }), 'COMMON.FORBIDDEN')
  })
})
