/**
 * `npm run bench -- notify`: how fast the outbox empties. 10,000 queued subscribe messages (1,000
 * people, ten each, every one holding its credit) are dispatched by the built `notify` function, fired
 * as its timer fires it, against the emulator: WeChat's answers come from the emulator's wx outbox at
 * once, so the figures are the dispatcher's own work (claims, reads, sends, settling) and nothing else.
 *
 * 1. One dispatcher run after another until the queue is empty: messages/s, and the time each
 *    `subscribeMessage.send` took (p50, p99, slowest, as the runs report them).
 * 2. The same with two dispatchers at once (two timer firings overlapping): messages/s, and the check
 *    that every message was sent exactly once.
 */
import { join, resolve } from 'node:path'
import { startEmulator, type RunningEmulator } from '../../emulator/src/emulator'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { notificationIdFor } from '../../cloudfunctions/runtime/repositories/notifications-repository'
import { subscriptionId } from '../../cloudfunctions/runtime/repositories/subscriptions-repository'
import type { DispatchReport } from '../../src/domain/contracts/notify'
import { SERVICE_REMINDER_TEMPLATE } from '../../src/domain/notifications/subscribe-templates'
import { fitTemplateData } from '../../src/domain/notifications/template-data'
import { shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import { buildFunctions } from '../build-functions'
import { LOCAL_TEMPLATE_IDS, localDeclaredTemplates, withLocalTemplateIds } from '../local-subscribe-templates'
import { formatMs } from './percentiles'

const root = resolve(__dirname, '..', '..')
const MESSAGES = 10_000
const PEOPLE = 1_000
const SEED_CHUNK = 2_000
const TEMPLATE_ID = LOCAL_TEMPLATE_IDS['service-reminder']

/** The notify function bundled into the bench's own folder, so a build of dist/ elsewhere cannot change it mid-run. */
async function buildNotifyFunction(): Promise<string> {
  const functionsDir = join(root, '.cache', 'notify-bench', 'functions')
  await buildFunctions(['notify'], functionsDir)
  return functionsDir
}

async function seedInChunks(emulator: RunningEmulator, collection: string, documents: Record<string, unknown>[]): Promise<void> {
  for (let from = 0; from < documents.length; from += SEED_CHUNK) await emulator.seed(collection, documents.slice(from, from + SEED_CHUNK))
}

/** People who allowed the reminders, and ten queued messages each, as the outbox holds them after enqueueing. */
async function seedQueue(emulator: RunningEmulator, round: string): Promise<void> {
  const now = new Date()
  const people = Array.from({ length: PEOPLE }, (_, index) => `o-bench-${round}-${index}`)
  await seedInChunks(
    emulator,
    'users',
    people.map(openid => ({ _id: userIdFor(openid), openid, nickname: '工友', role: 'worker', phone: null, largeText: false, consents: {}, createdAt: now, updatedAt: now })),
  )
  await seedInChunks(
    emulator,
    'subscriptions',
    people.map(openid => ({
      _id: subscriptionId(userIdFor(openid), 'service-reminder'),
      userId: userIdFor(openid),
      templateKey: 'service-reminder',
      templateId: TEMPLATE_ID,
      enabled: true,
      credits: 0,
      acceptedTotal: MESSAGES / PEOPLE,
      lastDecision: 'accept',
      decidedAt: now,
      createdAt: now,
      updatedAt: now,
    })),
  )
  const messages = Array.from({ length: MESSAGES }, (_, index) => {
    const openid = people[index % PEOPLE] ?? ''
    const fitted = fitTemplateData(SERVICE_REMINDER_TEMPLATE, { ...SERVICE_REMINDER_TEMPLATE.sample, thing1: `第${index}号法律咨询预约` })
    if (!fitted.ok) throw new Error('the bench message does not fit its template')
    const dedupeKey = `bench|${round}|${index}`
    return {
      _id: notificationIdFor(dedupeKey),
      dedupeKey,
      recipientUserId: userIdFor(openid),
      templateKey: 'service-reminder',
      templateId: TEMPLATE_ID,
      state: 'queued',
      reason: null,
      wechatData: fitted.data,
      page: 'pages/services/index',
      attempts: 0,
      dueAt: new Date(now.getTime() - 1000),
      leaseOwner: null,
      lastErrcode: null,
      msgid: null,
      day: shanghaiDateKey(now),
      createdAt: now,
      settledAt: null,
    }
  })
  await seedInChunks(emulator, 'notifications', messages)
}

async function dispatchOnce(emulator: RunningEmulator): Promise<DispatchReport> {
  const answer = (await emulator.functions?.fireTrigger('notify', 'dispatch')) as { ok: boolean; data?: DispatchReport; error?: { message: string } }
  if (!answer.ok || answer.data === undefined) throw new Error(`dispatch failed: ${answer.error?.message ?? 'no answer'}`)
  return answer.data
}

/** Runs `dispatchers` dispatchers side by side, each firing again while messages are due, until none is. */
async function drain(emulator: RunningEmulator, dispatchers: number): Promise<{ seconds: number; reports: DispatchReport[] }> {
  const reports: DispatchReport[] = []
  const started = performance.now()
  await Promise.all(
    Array.from({ length: dispatchers }, async () => {
      for (;;) {
        const report = await dispatchOnce(emulator)
        reports.push(report)
        if (!report.moreDue) return
      }
    }),
  )
  return { seconds: (performance.now() - started) / 1000, reports }
}

function sentOnce(emulator: RunningEmulator, round: string): { sent: number; notSentOnce: number } {
  const messages = emulator.database.find('notifications', { dedupeKey: { $regex: `^bench\\|${round}\\|` } })
  return { sent: messages.filter(message => message.state === 'sent').length, notSentOnce: messages.filter(message => message.state !== 'sent' || message.attempts !== 1).length }
}

function describe(label: string, run: { seconds: number; reports: DispatchReport[] }): void {
  const sent = run.reports.reduce((sum, report) => sum + report.sent, 0)
  const timings = run.reports.flatMap(report => (report.sendMs === null ? [] : [report.sendMs]))
  const p50 = Math.max(...timings.map(timing => timing.p50))
  const p99 = Math.max(...timings.map(timing => timing.p99))
  const slowest = Math.max(...timings.map(timing => timing.max))
  console.log(`${label}`)
  console.log(`  ${sent} messages sent in ${run.seconds.toFixed(1)} s by ${run.reports.length} dispatcher run(s): ${(sent / run.seconds).toFixed(0)} messages/s`)
  console.log(`  per send (the runs' worst): p50 ${formatMs(p50)}, p99 ${formatMs(p99)}, slowest ${formatMs(slowest)}`)
}

async function main(): Promise<void> {
  const functionsDir = await buildNotifyFunction()
  const emulator = await withLocalTemplateIds(() =>
    startEmulator({
      inMemory: true,
      databaseConfig: join(root, 'database', 'collections.json'),
      functionsDir,
      cloudbaserc: join(root, 'cloudbaserc.json'),
      functionTimers: 'manual',
      wx: { templates: localDeclaredTemplates() },
    }),
  )
  try {
    // The first run of the day makes the day's reminder run and warms the function up.
    await dispatchOnce(emulator)

    await seedQueue(emulator, 'one')
    const one = await drain(emulator, 1)
    describe(`1. ${MESSAGES} queued messages, one dispatcher at a time`, one)
    const checkOne = sentOnce(emulator, 'one')

    await seedQueue(emulator, 'two')
    const two = await drain(emulator, 2)
    describe(`2. ${MESSAGES} queued messages, two dispatchers at once`, two)
    const checkTwo = sentOnce(emulator, 'two')
    const sentByReports = two.reports.reduce((sum, report) => sum + report.sent, 0)
    console.log(`  every message sent exactly once: ${checkTwo.sent === MESSAGES && checkTwo.notSentOnce === 0 && sentByReports === MESSAGES ? 'yes' : 'NO'}`)
    if (checkOne.sent !== MESSAGES || checkTwo.sent !== MESSAGES || checkTwo.notSentOnce > 0 || sentByReports !== MESSAGES) {
      throw new Error(`not every message was sent exactly once (${JSON.stringify({ checkOne, checkTwo, sentByReports })})`)
    }
  } finally {
    await emulator.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error)
  process.exit(1)
})
