import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import readXlsxFile from 'read-excel-file/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { CANCEL_BATCH } from '../../cloudfunctions/training/course-service'
import { parseExportArguments, runRosterExport } from '../../scripts/export-roster'
import type { PayloadOf } from '../../src/domain/contracts/define-contract'
import { DELETE_MY_DATA_CONFIRMATION } from '../../src/domain/contracts/users'
import type { CourseDetail, MyEnrollment, trainingContract } from '../../src/domain/contracts/training'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import type { CourseInput } from '../../src/domain/training/course-input'
import { COURSES_COLLECTION, ENROLLMENTS_COLLECTION, type CourseDocument, type EnrollmentDocument } from '../../src/domain/training/stored-documents'
import { asStaff, startTestStack, type TestCaller, type TestStack } from '../support/test-stack'
import { type Envelope, expectOk, expectError } from '../support/expect-envelope'

let stack: TestStack
let requestCounter = 0
const requestId = (label: string) => `training-${label}-${(requestCounter += 1)}`.padEnd(8, '0')
const today = () => shanghaiDateKey(new Date())

beforeAll(async () => {
  stack = await startTestStack({ subscribeTemplates: true })
})

afterAll(async () => {
  await stack.stop()
})

beforeEach(() => {
  stack.emulator.wx.clearOutbox()
})

async function worker(name: string): Promise<{ readonly openid: string }> {
  const caller = { openid: `o-training-${name}` }
  expectOk(await stack.call('users', 'getMe', {}, { as: caller }))
  return caller
}

/** A course whose sign-up is open now, with sessions from a week on. */
function courseInput(extra: Partial<CourseInput> = {}): CourseInput {
  return {
    kind: 'training',
    title: '数控车工培训班',
    organiser: '荆州职业技术学院',
    venue: '数控实训中心',
    description: '理论加实操',
    audiences: ['migrant'],
    minAge: null,
    maxAge: null,
    onceOnly: false,
    requiresCourseId: null,
    detailFields: [],
    capacity: 2,
    signUpOpens: { day: addDays(today(), -1), time: '09:00' },
    signUpCloses: { day: addDays(today(), 5), time: '18:00' },
    cancelUntil: { day: addDays(today(), 6), time: '18:00' },
    claimWindowHours: 24,
    completionShare: 0.5,
    sessions: [
      { title: '第一课', day: addDays(today(), 7), start: '09:00', end: '11:30', venue: null },
      { title: '第二课', day: addDays(today(), 8), start: '09:00', end: '11:30', venue: '二号车间' },
    ],
    quotas: [],
    ...extra,
  }
}

type SentCourse = PayloadOf<(typeof trainingContract)['actions']['saveCourse']>['course']

/** The input as sent (the contract's payload type has mutable lists). */
const sent = (input: CourseInput): SentCourse => JSON.parse(JSON.stringify(input)) as SentCourse

async function saveCourse(input: CourseInput, courseId?: string): Promise<CourseDetail> {
  return expectOk(await stack.call('training', 'saveCourse', { ...(courseId === undefined ? {} : { courseId }), course: sent(input) }, { as: asStaff, requestId: requestId('save') }))
}

const details = (name: string, extra: Record<string, unknown> = {}) => ({ name, phone: '13800138000', audience: 'migrant' as const, ...extra })

async function signUp(as: TestCaller, courseId: string, name = '张师傅', extra: Record<string, unknown> = {}, id = requestId('signup')): Promise<MyEnrollment> {
  return expectOk(await stack.call('training', 'signUp', { courseId, details: details(name, extra) }, { as, requestId: id }))
}

function documents<T>(collection: string, filter: Record<string, unknown> = {}): T[] {
  return stack.emulator.database.find(collection, filter, { _id: 1 }) as T[]
}

function courseDocument(courseId: string): CourseDocument {
  const [course] = documents<CourseDocument>(COURSES_COLLECTION, { _id: courseId })
  if (course === undefined) throw new Error(`no course ${courseId}`)
  return course
}

function enrollmentOf(courseId: string, openid: string): EnrollmentDocument {
  const found = documents<EnrollmentDocument>(ENROLLMENTS_COLLECTION, { courseId, userId: userIdFor(openid) }).sort((a, b) => b.signedUpAt.getTime() - a.signedUpAt.getTime())[0]
  if (found === undefined) throw new Error(`no enrollment of ${openid}`)
  return found
}

/** The person's messages of a template as 消息 shows them, oldest first: each a map of label to value. */
function messagesTo(openid: string, templateKey: string): Record<string, string>[] {
  return documents<{ lines: { label: string; value: string }[]; createdAt: Date }>('inbox', { userId: userIdFor(openid), templateKey })
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map(entry => Object.fromEntries(entry.lines.map(line => [line.label, line.value])))
}

describe('courses', () => {
  it('saves a course, lists it soonest first with places and phase, and shows its detail with the requirements', async () => {
    const later = await saveCourse(courseInput({ title: '晚些的课', sessions: [{ title: '唯一一课', day: addDays(today(), 20), start: '09:00', end: '11:00', venue: null }] }))
    const sooner = await saveCourse(courseInput({ title: '早些的课', minAge: 18, maxAge: 55, detailFields: ['age'] }))
    const me = await worker('lister')
    const list = expectOk(await stack.call('training', 'listCourses', {}, { as: me }))
    const ids = list.items.map(item => item.courseId)
    expect(ids.indexOf(sooner.courseId)).toBeLessThan(ids.indexOf(later.courseId))
    expect(list.items.find(item => item.courseId === sooner.courseId)).toMatchObject({ placesLeft: 2, waiting: 0, signUp: { phase: 'open' }, myState: null, sessionCount: 2, audienceLabels: ['农民工'] })
    const detail = expectOk(await stack.call('training', 'getCourse', { courseId: sooner.courseId }, { as: me }))
    expect(detail.eligibility).toEqual({ eligible: true, reasons: [], requirements: ['参加对象：农民工', '年龄：18–55 岁'] })
    expect(detail.sessions.map(session => [session.start, session.end, session.venue])).toEqual([
      ['09:00', '11:30', '数控实训中心'],
      ['09:00', '11:30', '二号车间'],
    ])
  })

  it('refuses a course whose fields do not fit together, in plain words, writing nothing', async () => {
    const before = stack.snapshot()
    const message = expectError(
      await stack.call('training', 'saveCourse', { course: sent(courseInput({ signUpCloses: { day: addDays(today(), -2), time: '09:00' }, quotas: [{ union: '某工会', places: 5, until: { day: addDays(today(), 1), time: '09:00' } }] })) }, { as: asStaff, requestId: requestId('bad') }),
      'TRAINING.INVALID_COURSE',
    )
    expect(message).toContain('报名截止时间要晚于报名开始时间')
    expect(message).toContain('报名需要填所在基层工会')
    expect(stack.snapshot()).toBe(before)
  })

  it('keeps the attendance of kept sessions when sessions are edited, and refuses a capacity below the places taken', async () => {
    const course = await saveCourse(courseInput({ capacity: 2 }))
    const [a, b] = [await worker('edit-a'), await worker('edit-b')]
    await signUp(a, course.courseId)
    await signUp(b, course.courseId)
    const editable = expectOk(await stack.call('training', 'getEditableCourse', { courseId: course.courseId }, { as: asStaff }))
    expectError(await stack.call('training', 'saveCourse', { courseId: course.courseId, course: sent({ ...editable.input, capacity: 1 }) }, { as: asStaff, requestId: requestId('shrink') }), 'TRAINING.CAPACITY_BELOW_TAKEN')
    const kept = editable.input.sessions[0]
    if (kept === undefined) throw new Error('no session')
    const enrollmentId = enrollmentOf(course.courseId, a.openid)._id
    expectOk(await stack.call('training', 'setAttendance', { courseId: course.courseId, enrollmentId, sessionId: kept.sessionId ?? '', attended: true }, { as: asStaff, requestId: requestId('att') }))
    const edited = await saveCourse({ ...editable.input, sessions: [kept, { title: '新加的课', day: addDays(today(), 9), start: '14:00', end: '16:00', venue: null }] }, course.courseId)
    expect(edited.sessions.map(session => session.title)).toEqual(['第一课', '新加的课'])
    expect(edited.sessions[0]?.sessionId).toBe(kept.sessionId)
    const mine = expectOk(await stack.call('training', 'getCourse', { courseId: course.courseId }, { as: a }))
    expect(mine.mine?.attendedSessionIds).toEqual([kept.sessionId])
  })
})

describe('signing up', () => {
  it('gives places while there are any, then the waitlist in arrival order; a place is told by message, a waitlist place on screen only', async () => {
    const course = await saveCourse(courseInput({ capacity: 1 }))
    const people = [await worker('w1'), await worker('w2'), await worker('w3')]
    const first = await signUp(people[0] as TestCaller, course.courseId, '甲')
    const second = await signUp(people[1] as TestCaller, course.courseId, '乙')
    const third = await signUp(people[2] as TestCaller, course.courseId, '丙')
    expect([first.state, second.state, third.state]).toEqual(['enrolled', 'waiting', 'waiting'])
    expect([second.position, third.position]).toEqual([1, 2])
    expect(messagesTo('o-training-w1', 'training-signup-result')).toMatchObject([{ 报名结果: '报名成功' }])
    // The person saw the position as they tapped; their 允许 for 报名结果 is kept for a cancellation or a lapsed offer.
    expect(messagesTo('o-training-w3', 'training-signup-result')).toEqual([])
    const listed = expectOk(await stack.call('training', 'listCourses', {}, { as: people[2] as TestCaller })).items.find(item => item.courseId === course.courseId)
    expect(listed).toMatchObject({ placesLeft: 0, waiting: 2, myState: 'waiting' })
  })

  it('registers the reminder the day before the first session for a place, and cancels it with the place', async () => {
    const course = await saveCourse(courseInput())
    const me = await worker('remind')
    await signUp(me, course.courseId)
    const reminders = () => documents<{ templateKey: string; eventDay: string; state: string; values: Record<string, string> }>('notification_reminders', { recipientUserId: userIdFor(me.openid) })
    expect(reminders()).toMatchObject([{ templateKey: 'service-reminder', eventDay: addDays(today(), 7), state: 'waiting', values: { thing1: '数控车工培训班：第一课', thing3: '数控实训中心' } }])
    expectOk(await stack.call('training', 'withdraw', { courseId: course.courseId }, { as: me, requestId: requestId('wd') }))
    expect(reminders()).toMatchObject([{ state: 'cancelled' }])
  })

  it('keeps one open enrollment per person and course, and replays a retried request', async () => {
    const course = await saveCourse(courseInput())
    const me = await worker('once')
    const id = requestId('replay')
    const first = await signUp(me, course.courseId, '张师傅', {}, id)
    const replay = await signUp(me, course.courseId, '张师傅', {}, id)
    expect(replay).toEqual(first)
    expectError(await stack.call('training', 'signUp', { courseId: course.courseId, details: details('张师傅') }, { as: me, requestId: requestId('again') }), 'TRAINING.ALREADY_SIGNED_UP')
    expect(documents(ENROLLMENTS_COLLECTION, { courseId: course.courseId })).toHaveLength(1)
    expect(courseDocument(course.courseId).openTaken).toBe(1)
  })

  it('replays a waitlist sign-up from its own enrollment: a retry, even two at once or after sign-up closed, answers the same and writes nothing more', async () => {
    const course = await saveCourse(courseInput({ capacity: 1 }))
    await signUp(await worker('holder'), course.courseId, '甲')
    const me = await worker('waiter')
    const id = requestId('wait-replay')
    const call = () => stack.call('training', 'signUp', { courseId: course.courseId, details: details('乙') }, { as: me, requestId: id })
    const first = expectOk(await call())
    expect(first).toMatchObject({ state: 'waiting', position: 1 })
    const retries = await Promise.all([call(), call()])
    expect(retries.map(retry => expectOk(retry))).toEqual([first, first])
    // Two first attempts at once: one enrollment, both answered from it, and whoever comes next is second.
    const twice = await worker('twice')
    const raceId = requestId('race')
    const racing = () => stack.call('training', 'signUp', { courseId: course.courseId, details: details('丙') }, { as: twice, requestId: raceId })
    const [one, other] = await Promise.all([racing(), racing()])
    expect(expectOk(other)).toEqual(expectOk(one))
    expect(await signUp(await worker('after'), course.courseId, '丁')).toMatchObject({ state: 'waiting', position: 3 })
    await patchCourse(course.courseId, { signUpClosesAt: new Date(Date.now() - 60_000) })
    expect(expectOk(await call())).toEqual(first)
    expect(documents<EnrollmentDocument>(ENROLLMENTS_COLLECTION, { courseId: course.courseId, userId: userIdFor(me.openid) })).toHaveLength(1)
    expect(documents<EnrollmentDocument>(ENROLLMENTS_COLLECTION, { courseId: course.courseId, userId: userIdFor(twice.openid) })).toHaveLength(1)
    // The enrollment is the replay record: nothing is kept beside it.
    expect(documents('idempotency_keys', { functionName: 'training', action: 'signUp' })).toEqual([])
  })

  it('checks the declared audience and age, and the details the course asks for', async () => {
    const course = await saveCourse(courseInput({ minAge: 18, maxAge: 50, detailFields: ['age'] }))
    const me = await worker('declared')
    expectError(await stack.call('training', 'signUp', { courseId: course.courseId, details: details('王') }, { as: me, requestId: requestId('x') }), 'TRAINING.MISSING_DETAILS')
    expect(expectError(await stack.call('training', 'signUp', { courseId: course.courseId, details: details('王', { age: 60 }) }, { as: me, requestId: requestId('x') }), 'TRAINING.NOT_ELIGIBLE')).toContain('18–50 岁')
    expect(expectError(await stack.call('training', 'signUp', { courseId: course.courseId, details: { ...details('王', { age: 30 }), audience: 'team-leader' } }, { as: me, requestId: requestId('x') }), 'TRAINING.NOT_ELIGIBLE')).toContain('面向农民工')
  })

  it('refuses before the opening and says when it opens', async () => {
    const course = await saveCourse(courseInput({ signUpOpens: { day: addDays(today(), 1), time: '09:00' } }))
    const me = await worker('early')
    expect(expectError(await stack.call('training', 'signUp', { courseId: course.courseId, details: details('早') }, { as: me, requestId: requestId('x') }), 'TRAINING.SIGN_UP_NOT_OPEN')).toMatch(/09:00 开始/)
  })
})

/** Rewrites a stored course's fields straight in the database (to stand at a time a test cannot wait for). */
async function patchCourse(courseId: string, changes: Record<string, unknown>): Promise<void> {
  const _ = stack.db.command
  await stack.db.collection(COURSES_COLLECTION).doc(courseId).update(Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, Array.isArray(value) ? _.set(value) : value])))
}

async function patchEnrollment(id: string, changes: Record<string, unknown>): Promise<void> {
  await stack.db.collection(ENROLLMENTS_COLLECTION).doc(id).update(changes)
}

async function timer(): Promise<Record<string, number>> {
  return expectOk((await stack.callRaw('training', { Type: 'Timer', TriggerName: 'upkeep', Time: new Date().toISOString(), Message: '' }, 'timer')) as Envelope<Record<string, number>>)
}

describe('the waitlist and its offers', () => {
  it('a cancellation offers the freed place to exactly the first waiting person, who claims it', async () => {
    const course = await saveCourse(courseInput({ capacity: 1, claimWindowHours: 12 }))
    const [a, b, c] = [await worker('o-a'), await worker('o-b'), await worker('o-c')]
    await signUp(a, course.courseId, '甲')
    await signUp(b, course.courseId, '乙')
    await signUp(c, course.courseId, '丙')
    const cancelled = expectOk(await stack.call('training', 'withdraw', { courseId: course.courseId }, { as: a, requestId: requestId('wd') }))
    expect(cancelled.state).toBe('cancelled')
    const offered = documents<EnrollmentDocument>(ENROLLMENTS_COLLECTION, { courseId: course.courseId, state: 'offered' })
    expect(offered.map(enrollment => enrollment.userId)).toEqual([userIdFor(b.openid)])
    expect(messagesTo(b.openid, 'training-offer')).toHaveLength(1)
    expect(messagesTo(c.openid, 'training-offer')).toHaveLength(0)
    const forC = expectOk(await stack.call('training', 'getCourse', { courseId: course.courseId }, { as: c }))
    expect(forC.mine).toMatchObject({ state: 'waiting', position: 1 })
    expect(forC.placesLeft).toBe(0)
    const forB = expectOk(await stack.call('training', 'getCourse', { courseId: course.courseId }, { as: b }))
    expect(forB.mine?.state).toBe('offered')
    expect(new Date(forB.mine?.offerExpiresAt ?? 0).getTime() - Date.now()).toBeGreaterThan(11 * 3600_000)
    const claimed = expectOk(await stack.call('training', 'claimOffer', { courseId: course.courseId }, { as: b, requestId: requestId('claim') }))
    expect(claimed.state).toBe('enrolled')
    expect(courseDocument(course.courseId)).toMatchObject({ openTaken: 1, offers: {} })
    expectError(await stack.call('training', 'claimOffer', { courseId: course.courseId }, { as: c, requestId: requestId('claim') }), 'TRAINING.NO_OFFER')
  })

  it('an unclaimed offer passes to the next when it lapses, on the next read, and nobody is offered twice', async () => {
    const course = await saveCourse(courseInput({ capacity: 1 }))
    const [a, b, c] = [await worker('x-a'), await worker('x-b'), await worker('x-c')]
    await signUp(a, course.courseId)
    await signUp(b, course.courseId)
    await signUp(c, course.courseId)
    expectOk(await stack.call('training', 'withdraw', { courseId: course.courseId }, { as: a, requestId: requestId('wd') }))
    const bEnrollment = enrollmentOf(course.courseId, b.openid)
    const past = new Date(Date.now() - 60_000)
    await patchEnrollment(bEnrollment._id, { offerExpiresAt: past })
    await patchCourse(course.courseId, { [`offers.${bEnrollment._id}`]: past })
    const seen = expectOk(await stack.call('training', 'getCourse', { courseId: course.courseId }, { as: a }))
    expect(seen.placesLeft).toBe(0)
    expect(enrollmentOf(course.courseId, b.openid).state).toBe('expired')
    expect(enrollmentOf(course.courseId, c.openid).state).toBe('offered')
    expect(messagesTo(b.openid, 'training-signup-result').map(message => message['报名结果'])).toEqual(['名额已过期'])
    expectError(await stack.call('training', 'claimOffer', { courseId: course.courseId }, { as: b, requestId: requestId('late') }), 'TRAINING.NO_OFFER')
    // The timer finds nothing more to do: C's offer runs, nobody else is waiting.
    expect(await timer()).toMatchObject({ offersExpired: 0, offersMade: 0 })
    expect(messagesTo(b.openid, 'training-offer')).toHaveLength(1)
  })

  it('the timer passes a lapsed offer on too', async () => {
    const course = await saveCourse(courseInput({ capacity: 1 }))
    const [a, b, c] = [await worker('t-a'), await worker('t-b'), await worker('t-c')]
    await signUp(a, course.courseId)
    await signUp(b, course.courseId)
    await signUp(c, course.courseId)
    expectOk(await stack.call('training', 'withdraw', { courseId: course.courseId }, { as: a, requestId: requestId('wd') }))
    const offeredId = enrollmentOf(course.courseId, b.openid)._id
    const past = new Date(Date.now() - 1000)
    await patchEnrollment(offeredId, { offerExpiresAt: past })
    await patchCourse(course.courseId, { [`offers.${offeredId}`]: past })
    const report = await timer()
    expect(report.offersExpired).toBeGreaterThanOrEqual(1)
    expect(enrollmentOf(course.courseId, c.openid).state).toBe('offered')
  })

  it('leaving the waitlist closes the gap: the one behind moves up', async () => {
    const course = await saveCourse(courseInput({ capacity: 1 }))
    const [a, b, c] = [await worker('l-a'), await worker('l-b'), await worker('l-c')]
    await signUp(a, course.courseId)
    await signUp(b, course.courseId)
    expect((await signUp(c, course.courseId)).position).toBe(2)
    expectOk(await stack.call('training', 'withdraw', { courseId: course.courseId }, { as: b, requestId: requestId('leave') }))
    expect(enrollmentOf(course.courseId, b.openid).state).toBe('left')
    expect(expectOk(await stack.call('training', 'getCourse', { courseId: course.courseId }, { as: c })).mine?.position).toBe(1)
    const mine = expectOk(await stack.call('training', 'listMyEnrollments', {}, { as: c }))
    expect(mine.items[0]).toMatchObject({ courseId: course.courseId, state: 'waiting', position: 1 })
    // After leaving, signing up again joins the end of the line.
    expect((await signUp(b, course.courseId)).position).toBe(2)
  })

  it('refuses a withdrawal after the cut-off, naming the organiser', async () => {
    const course = await saveCourse(courseInput())
    const me = await worker('cutoff')
    await signUp(me, course.courseId)
    await patchCourse(course.courseId, { cancelUntil: new Date(Date.now() - 1000) })
    expect(expectError(await stack.call('training', 'withdraw', { courseId: course.courseId }, { as: me, requestId: requestId('late') }), 'TRAINING.CUTOFF_PASSED')).toContain('荆州职业技术学院')
  })
})

describe('基层工会 quotas', () => {
  it('reserves places for a union until its deadline, then returns the unused ones to the waitlist in order', async () => {
    const union = '沙市区总工会'
    const course = await saveCourse(courseInput({ capacity: 3, detailFields: ['union'], quotas: [{ union, places: 2, until: { day: addDays(today(), 2), time: '18:00' } }] }))
    expect(course.placesLeft).toBe(1)
    const [member, p1, p2, p3] = [await worker('q-m'), await worker('q-1'), await worker('q-2'), await worker('q-3')]
    const fromQuota = await signUp(member, course.courseId, '会员', { union })
    expect(fromQuota.state).toBe('enrolled')
    expect(enrollmentOf(course.courseId, member.openid).quotaId).not.toBeNull()
    expect((await signUp(p1, course.courseId, '一', { union: '别的工会' })).state).toBe('enrolled')
    expect((await signUp(p2, course.courseId, '二', { union: '别的工会' })).state).toBe('waiting')
    expect((await signUp(p3, course.courseId, '三', { union: '别的工会' })).state).toBe('waiting')
    const detail = expectOk(await stack.call('training', 'getCourse', { courseId: course.courseId }, { as: p2 }))
    expect(detail.quotas).toMatchObject([{ union, places: 2, left: 1, released: false }])
    const stored = courseDocument(course.courseId)
    await patchCourse(course.courseId, { quotas: stored.quotas.map(quota => ({ ...quota, until: new Date(Date.now() - 1000) })) })
    expect(await timer()).toMatchObject({ quotasReleased: 1 })
    expect(enrollmentOf(course.courseId, p2.openid).state).toBe('offered')
    expect(enrollmentOf(course.courseId, p3.openid).state).toBe('waiting')
    const after = expectOk(await stack.call('training', 'getCourse', { courseId: course.courseId }, { as: p3 }))
    expect(after.quotas).toMatchObject([{ union, left: 0, released: true }])
    expect(after.mine?.position).toBe(1)
    expect(courseDocument(course.courseId)).toMatchObject({ openCapacity: 3, openTaken: 3 })
  })
})

describe('check-in, completion and the certificate', () => {
  it('draws a session code, refuses check-in outside the window with the times, checks in the enrolled within it and completes', async () => {
    const course = await saveCourse(courseInput({ completionShare: 0.5 }))
    const [enrolled, stranger] = [await worker('c-in'), await worker('c-out')]
    await signUp(enrolled, course.courseId, '签到人')
    const session = course.sessions[0]
    if (session === undefined) throw new Error('no session')
    const code = expectOk(await stack.call('training', 'getCheckInCode', { courseId: course.courseId, sessionId: session.sessionId }, { as: asStaff }))
    expect(code.scene.length).toBeLessThanOrEqual(32)
    expect(Buffer.from(code.pngBase64, 'base64').subarray(1, 4).toString('ascii')).toBe('PNG')
    expect(expectError(await stack.call('training', 'checkIn', { scene: code.scene }, { as: enrolled, requestId: requestId('early') }), 'TRAINING.CHECK_IN_CLOSED')).toMatch(/还没到签到时间。这次课的签到时间是 \d+月\d+日 08:30 到 11:30/)

    const stored = courseDocument(course.courseId)
    const now = Date.now()
    await patchCourse(course.courseId, { sessions: stored.sessions.map((entry, index) => (index === 0 ? { ...entry, startsAt: new Date(now + 10 * 60_000), endsAt: new Date(now + 120 * 60_000) } : entry)) })
    expectError(await stack.call('training', 'checkIn', { scene: code.scene }, { as: stranger, requestId: requestId('stranger') }), 'TRAINING.NOT_ENROLLED')
    expectError(await stack.call('training', 'checkIn', { scene: 't.sNOSUCHSESSION' }, { as: enrolled, requestId: requestId('unknown') }), 'TRAINING.UNKNOWN_CODE')
    const result = expectOk(await stack.call('training', 'checkIn', { scene: code.scene }, { as: enrolled, requestId: requestId('in') }))
    expect(result).toMatchObject({ alreadyCheckedIn: false, attendedCount: 1, requiredCount: 1, completed: true, sessionTitle: '第一课' })
    expect(expectOk(await stack.call('training', 'checkIn', { scene: code.scene }, { as: enrolled, requestId: requestId('again') })).alreadyCheckedIn).toBe(true)
    const certificate = expectOk(await stack.call('training', 'getCertificate', { courseId: course.courseId }, { as: enrolled }))
    expect(certificate).toMatchObject({ name: '签到人', courseTitle: '数控车工培训班', attendedCount: 1, sessionCount: 2 })
    expect(certificate.certificateNo).toMatch(/^JG\d{4}-[0-9A-F]{8}$/)
    expectError(await stack.call('training', 'getCertificate', { courseId: course.courseId }, { as: stranger }), 'TRAINING.NOT_COMPLETED')
  })
})

describe('the roster', () => {
  it('pages the roster with phones masked, and exports the same people as XLSX', async () => {
    const course = await saveCourse(courseInput({ capacity: 1, detailFields: ['employer'] }))
    const [a, b] = [await worker('r-a'), await worker('r-b')]
    await signUp(a, course.courseId, '甲', { employer: '荆州某机械厂' })
    await signUp(b, course.courseId, '乙', { employer: '沙市某建筑公司' })
    const roster = expectOk(await stack.call('training', 'getRoster', { courseId: course.courseId }, { as: asStaff, requestId: requestId('roster') }))
    expect(roster).toMatchObject({ enrolled: 1, waiting: 1, nextCursor: null })
    expect(roster.rows.map(row => [row.name, row.phoneMasked, row.stateLabel, row.position])).toEqual([
      ['甲', '138****8000', '已报名', null],
      ['乙', '138****8000', '候补中', 1],
    ])
    const exported = expectOk(await stack.call('training', 'exportRoster', { courseId: course.courseId }, { as: asStaff, requestId: requestId('export') }))
    expect(exported.rows).toBe(2)
    expect(exported.fileName).toMatch(/^数控车工培训班_名单_\d{4}-\d{2}-\d{2}\.xlsx$/)
    const response = await fetch(exported.url)
    expect(response.ok).toBe(true)
    const sheets = await readXlsxFile(Buffer.from(await response.arrayBuffer()))
    const names = sheets.find(sheet => sheet.sheet === '名单')?.data ?? []
    expect(names[0]?.slice(0, 12)).toEqual(['序号', '姓名', '手机号', '身份', '年龄', '工作单位', '基层工会', '工种', '状态', '候补位次', '名额来源', '报名时间'])
    expect(names.slice(1).map(row => [row[0], row[1], row[2], row[5], row[8], row[9]])).toEqual([
      [1, '甲', '13800138000', '荆州某机械厂', '已报名', null],
      [2, '乙', '13800138000', '沙市某建筑公司', '候补中', 1],
    ])
    expect(documents('audit_logs', { functionName: 'training', action: 'exportRoster' })).toHaveLength(1)

    // The command line writes the same workbook, with a progress bar over the rows.
    const folder = mkdtempSync(join(tmpdir(), 'roster-'))
    const drawn: string[] = []
    const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => { drawn.push(chunk.toString()); done() } })
    const lines: string[] = []
    const result = await runRosterExport({ courseId: course.courseId, outDir: folder }, { out: line => lines.push(line), err: line => lines.push(line), stream }, () => stack.db)
    expect(result.code).toBe(0)
    expect(drawn.join('')).toContain('2/2 行')
    const fromCommand = await readXlsxFile(readFileSync(result.file ?? ''))
    expect(fromCommand.find(sheet => sheet.sheet === '名单')?.data).toEqual(names)
    expect(parseExportArguments(['--course', course.courseId, '--admin-url', 'http://127.0.0.1:1/admin'])).toEqual({ courseId: course.courseId, outDir: '.', adminUrl: 'http://127.0.0.1:1/admin' })
    expect(parseExportArguments(['--course', '../x'])).toMatch(/^--course must name a course id/)
  })
})

describe('cancelling a course', () => {
  it('tells everyone enrolled, offered and waiting, in one write with its audit entry, and the rest by the job', async () => {
    const course = await saveCourse(courseInput({ capacity: 1 }))
    const people = [await worker('k-a'), await worker('k-b'), await worker('k-c')]
    for (const person of people) await signUp(person, course.courseId)
    const answer = expectOk(await stack.call('training', 'cancelCourse', { courseId: course.courseId, reason: '授课老师临时有事' }, { as: asStaff, requestId: requestId('cancel') }))
    expect(answer).toEqual({ courseId: course.courseId, notified: 3 })
    expect(documents<EnrollmentDocument>(ENROLLMENTS_COLLECTION, { courseId: course.courseId }).map(enrollment => enrollment.state)).toEqual(['course-cancelled', 'course-cancelled', 'course-cancelled'])
    for (const person of people) expect(messagesTo(person.openid, 'training-signup-result').at(-1)).toMatchObject({ 报名结果: '课程取消', 说明: '课程已取消：授课老师临时有事' })
    expect(courseDocument(course.courseId)).toMatchObject({ status: 'cancelled', cancelPending: false })
    expect(documents('audit_logs', { functionName: 'training', action: 'cancelCourse' }).length).toBeGreaterThan(0)
    expectError(await stack.call('training', 'signUp', { courseId: course.courseId, details: details('晚') }, { as: await worker('k-late'), requestId: requestId('late') }), 'TRAINING.COURSE_CANCELLED')
  })
})

describe('cancelling a course with more people than one transaction holds', () => {
  it('tells the first batch with the cancellation and the rest as a job the next read carries on', async () => {
    const course = await saveCourse(courseInput({ capacity: 5 }))
    const people = await Promise.all(Array.from({ length: CANCEL_BATCH + 5 }, (_, index) => worker(`many-${index}`)))
    for (let start = 0; start < people.length; start += 10) await Promise.all(people.slice(start, start + 10).map(person => signUp(person, course.courseId)))
    const answer = expectOk(await stack.call('training', 'cancelCourse', { courseId: course.courseId, reason: '场地维修' }, { as: asStaff, requestId: requestId('cancel-many') }))
    expect(answer.notified).toBe(CANCEL_BATCH + 5)
    const states = () => documents<EnrollmentDocument>(ENROLLMENTS_COLLECTION, { courseId: course.courseId }).map(enrollment => enrollment.state)
    expect(states().filter(state => state === 'course-cancelled')).toHaveLength(CANCEL_BATCH)
    expect(courseDocument(course.courseId).cancelPending).toBe(true)
    const seen = expectOk(await stack.call('training', 'getCourse', { courseId: course.courseId }, { as: people[0] as TestCaller }))
    expect(seen).toMatchObject({ status: 'cancelled', cancelledReason: '场地维修', mine: { state: 'course-cancelled' } })
    expect(states().every(state => state === 'course-cancelled')).toBe(true)
    expect(courseDocument(course.courseId).cancelPending).toBe(false)
    for (const person of people) expect(messagesTo(person.openid, 'training-signup-result').at(-1)).toMatchObject({ 报名结果: '课程取消' })
  })
})

describe('personal data', () => {
  it('exports the person’s enrollments and, on deletion, keeps the course’s figures without the person', async () => {
    const course = await saveCourse(courseInput())
    const me = await worker('pd')
    await signUp(me, course.courseId, '赵师傅')
    const exported = expectOk(await stack.call('users', 'exportMyData', {}, { as: me }))
    expect(JSON.stringify(exported)).toContain('赵师傅')
    expect(JSON.stringify(exported)).not.toContain('openKey')
    expectOk(await stack.call('users', 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { as: me, requestId: requestId('delete') }))
    const [left] = documents<EnrollmentDocument>(ENROLLMENTS_COLLECTION, { courseId: course.courseId })
    expect(left).toMatchObject({ userId: null, state: 'enrolled' })
    expect(left?.details ?? null).toBeNull()
    expect(left?.openKey).toBeUndefined()
    const roster = expectOk(await stack.call('training', 'getRoster', { courseId: course.courseId }, { as: asStaff, requestId: requestId('roster') }))
    expect(roster.rows[0]).toMatchObject({ name: null, phoneMasked: null })
  })

  it('passes on the place and the turn of people who deleted their data, by the timer, as withdrawals', async () => {
    const course = await saveCourse(courseInput({ capacity: 1 }))
    const holder = await worker('gone-holder')
    const ahead = await worker('gone-ahead')
    const behind = await worker('stays-behind')
    await signUp(holder, course.courseId, '甲')
    await signUp(ahead, course.courseId, '乙')
    expect(await signUp(behind, course.courseId, '丙')).toMatchObject({ state: 'waiting', position: 2 })
    for (const [who, name] of [[holder, 'holder'], [ahead, 'ahead']] as const) {
      expectOk(await stack.call('users', 'deleteMyData', { confirmation: DELETE_MY_DATA_CONFIRMATION }, { as: who, requestId: requestId(`delete-${name}`) }))
    }
    await timer()
    // Nobody is left to come or to claim: the place went to the one person still there, who is told.
    const mine = enrollmentOf(course.courseId, behind.openid)
    expect(mine.state).toBe('offered')
    expect(messagesTo(behind.openid, 'training-offer')).toHaveLength(1)
    const ghosts = documents<EnrollmentDocument>(ENROLLMENTS_COLLECTION, { courseId: course.courseId, userId: null })
    expect(ghosts.map(ghost => ghost.state).sort()).toEqual(['cancelled', 'left'])
    expect(courseDocument(course.courseId)).toMatchObject({ openTaken: 1, holders: [mine._id] })
    // The timer finds nothing more to pass on.
    await timer()
    expect(enrollmentOf(course.courseId, behind.openid).state).toBe('offered')
  })
})
