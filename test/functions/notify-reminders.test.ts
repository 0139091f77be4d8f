import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SUBSCRIBE_SEND_API } from '../../cloudfunctions/notify/wechat-sender'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { cancelReminder, registerReminder, type ReminderRequest } from '../../cloudfunctions/runtime/notifications/reminders'
import { runInTransaction } from '../../cloudfunctions/runtime/transaction'
import type { DispatchReport } from '../../src/domain/contracts/notify'
import { reminderRunDay } from '../../src/domain/notifications/reminder-schedule'
import { addDays } from '../../src/domain/time/shanghai-time'
import { startTestStack, type TestStack } from '../support/test-stack'
import { type Envelope, expectOk } from '../support/expect-envelope'

/**
 * The daily 08:00 reminder run, on a stack of its own: the first dispatcher run of a day makes that day's
 * reminders, so the registrations here must exist before any dispatcher ran on this stack.
 */

let stack: TestStack

beforeAll(async () => {
  stack = await startTestStack({ subscribeTemplates: true })
})

afterAll(async () => {
  await stack.stop()
})

async function dispatch(): Promise<DispatchReport> {
  const functions = stack.emulator.functions
  if (!functions) throw new Error('no functions host')
  return expectOk((await functions.fireTrigger('notify', 'dispatch')) as Envelope<DispatchReport>)
}

/** A test registration, as a legal-aid booking or a training sign-up will make one. */
function appointment(key: string, userId: string, eventDay: string, what: string): ReminderRequest<'service-reminder'> {
  return {
    key,
    recipientUserId: userId,
    templateKey: 'service-reminder',
    values: { thing1: what, time2: `${eventDay}T01:30:00.000Z`, thing3: '市职工服务中心二楼', thing4: '请带好身份证' },
    page: 'pages/services/index',
    eventDay,
  }
}

describe('the daily reminder run', () => {
  it('reminds, once, of what is tomorrow at the day’s run; not what was cancelled, is later, or is past; and forgets messages past their 400 days', async () => {
    const person = { openid: 'o-reminded' }
    expectOk(await stack.call('users', 'getMe', {}, { as: person }))
    expectOk(await stack.call('notify', 'recordSubscribeDecision', { templateKey: 'service-reminder', decision: 'accept' }, { as: person, requestId: 'reminded-allow-1' }))
    const userId = userIdFor(person.openid)
    // The day whose 08:00 run the dispatcher will make: that run covers the next day.
    const runDay = reminderRunDay(new Date())
    const tomorrow = addDays(runDay, 1)
    const now = new Date()
    await runInTransaction(stack.db, async transaction => {
      await registerReminder(transaction, appointment('test:appointment:tomorrow', userId, tomorrow, '法律援助值班律师咨询'), now)
      await registerReminder(transaction, appointment('test:appointment:cancelled', userId, tomorrow, '技能培训第一课'), now)
      await registerReminder(transaction, appointment('test:appointment:later', userId, addDays(tomorrow, 5), '技能培训第二课'), now)
      await registerReminder(transaction, appointment('test:appointment:past', userId, addDays(runDay, -1), '上周的咨询'), now)
    })
    await runInTransaction(stack.db, async transaction => {
      expect(await cancelReminder(transaction, 'test:appointment:cancelled', now)).toBe(true)
      expect(await cancelReminder(transaction, 'test:appointment:unknown', now)).toBe(false)
    })
    // A message and a 消息 entry from well over a year ago: the day's run forgets them.
    const longAgo = new Date(Date.now() - 401 * 24 * 3600_000)
    await stack.emulator.seed('notifications', [
      { _id: 'n-long-ago', dedupeKey: 'old', recipientUserId: userId, templateKey: 'service-reminder', templateId: null, state: 'inbox-only', reason: 'no-credit', wechatData: null, page: null, attempts: 0, dueAt: longAgo, leaseOwner: null, lastErrcode: null, msgid: null, day: '2025-01-01', createdAt: longAgo, settledAt: longAgo },
    ])
    await stack.emulator.seed('inbox', [{ _id: 'n-long-ago', userId, templateKey: 'service-reminder', title: '服务预约提醒', lines: [], page: null, createdAt: longAgo, readAt: longAgo }])

    // Two dispatchers at the same minute: one of them makes the day's run.
    const [first, second] = await Promise.all([dispatch(), dispatch()])
    expect((first?.remindersEnqueued ?? 0) + (second?.remindersEnqueued ?? 0)).toBe(1)
    expect(await dispatch()).toMatchObject({ remindersEnqueued: 0 })

    const sends = stack.emulator.wx.outbox().filter(entry => entry.apiName === SUBSCRIBE_SEND_API)
    expect(sends).toHaveLength(1)
    const data = (sends[0]?.requestData as { data: Record<string, { value: string }> }).data
    expect(data.thing1).toEqual({ value: '法律援助值班律师咨询' })
    expect(data.time2?.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 09:30$/)
    const inbox = expectOk(await stack.call('notify', 'listInbox', {}, { as: person }))
    expect(inbox.items.map(item => [item.title, item.lines[0]?.value])).toEqual([['服务预约提醒', '法律援助值班律师咨询']])

    const states = Object.fromEntries(stack.emulator.database.find('notification_reminders', { recipientUserId: userId }).map(reminder => [reminder.key, reminder.state]))
    expect(states).toEqual({
      'test:appointment:tomorrow': 'enqueued',
      'test:appointment:cancelled': 'cancelled',
      'test:appointment:later': 'waiting',
      'test:appointment:past': 'expired',
    })
    expect(stack.emulator.database.find('notification_runs', {})).toEqual([expect.objectContaining({ day: runDay, state: 'done', enqueued: 1 })])
    expect(stack.emulator.database.find('notifications', { _id: 'n-long-ago' })).toEqual([])
    expect(stack.emulator.database.find('inbox', { _id: 'n-long-ago' })).toEqual([])
  })

  it('leaves a reminder registered after the day’s run for the next morning, the day itself', async () => {
    const userId = userIdFor('o-late-booker')
    const tomorrow = addDays(reminderRunDay(new Date()), 1)
    await runInTransaction(stack.db, transaction => registerReminder(transaction, appointment('test:appointment:late', userId, tomorrow, '下午的咨询'), new Date()))
    expect(await dispatch()).toMatchObject({ remindersEnqueued: 0 })
    expect(stack.emulator.database.find('notification_reminders', { key: 'test:appointment:late' })).toEqual([expect.objectContaining({ state: 'waiting' })])
  })

  it('reschedules a registration made again with another day, and ignores one made again unchanged', async () => {
    const userId = userIdFor('o-rescheduled')
    const day = addDays(reminderRunDay(new Date()), 3)
    const request = appointment('test:appointment:moved', userId, day, '调解咨询')
    await runInTransaction(stack.db, transaction => registerReminder(transaction, request, new Date()))
    const [registered] = stack.emulator.database.find('notification_reminders', { key: request.key })
    await runInTransaction(stack.db, transaction => registerReminder(transaction, request, new Date(Date.now() + 60_000)))
    expect(stack.emulator.database.find('notification_reminders', { key: request.key })).toEqual([registered])
    await runInTransaction(stack.db, transaction => registerReminder(transaction, { ...request, eventDay: addDays(day, 2) }, new Date()))
    expect(stack.emulator.database.find('notification_reminders', { key: request.key })).toEqual([expect.objectContaining({ eventDay: addDays(day, 2), state: 'waiting' })])
  })
})
