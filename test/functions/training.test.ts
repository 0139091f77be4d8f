import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import type { CourseDetail, MyEnrollment } from '../../src/domain/contracts/training'
import { addDays, shanghaiDateKey } from '../../src/domain/time/shanghai-time'
import type { CourseInput } from '../../src/domain/training/course-input'
import { COURSES_COLLECTION, ENROLLMENTS_COLLECTION, type CourseDocument, type EnrollmentDocument } from '../../src/domain/training/stored-documents'
import { asStaff, startTestStack, type TestCaller, type TestStack } from '../support/test-stack'

type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } }

function expectOk<T>(response: Envelope<T>): T {
  if (!response.ok) throw new Error(`expected ok, got ${response.error.code}: ${response.error.message}`)
  return response.data
}

function expectError(response: Envelope<unknown>, code: string): string {
  if (response.ok) throw new Error(`expected ${code}, got ok`)
  expect(response.error.code).toBe(code)
  return response.error.message
}

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

async function saveCourse(input: CourseInput, courseId?: string): Promise<CourseDetail> {
  return expectOk(await stack.call('training', 'saveCourse', { ...(courseId === undefined ? {} : { courseId }), course: input }, { as: asStaff, requestId: requestId('save') }))
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
      await stack.call('training', 'saveCourse', { course: courseInput({ signUpCloses: { day: addDays(today(), -2), time: '09:00' }, quotas: [{ union: '某工会', places: 5, until: { day: addDays(today(), 1), time: '09:00' } }] }) }, { as: asStaff, requestId: requestId('bad') }),
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
    expectError(await stack.call('training', 'saveCourse', { courseId: course.courseId, course: { ...editable.input, capacity: 1 } }, { as: asStaff, requestId: requestId('shrink') }), 'TRAINING.CAPACITY_BELOW_TAKEN')
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
  it('gives places while there are any, then the waitlist in arrival order, each told by message', async () => {
    const course = await saveCourse(courseInput({ capacity: 1 }))
    const people = [await worker('w1'), await worker('w2'), await worker('w3')]
    const first = await signUp(people[0] as TestCaller, course.courseId, '甲')
    const second = await signUp(people[1] as TestCaller, course.courseId, '乙')
    const third = await signUp(people[2] as TestCaller, course.courseId, '丙')
    expect([first.state, second.state, third.state]).toEqual(['enrolled', 'waiting', 'waiting'])
    expect([second.position, third.position]).toEqual([1, 2])
    expect(messagesTo('o-training-w1', 'training-signup-result')).toMatchObject([{ 报名结果: '报名成功' }])
    expect(messagesTo('o-training-w3', 'training-signup-result')).toMatchObject([{ 报名结果: '候补中', 说明: '您排在候补第2位，有名额会通知您' }])
    const listed = expectOk(await stack.call('training', 'listCourses', {}, { as: people[2] as TestCaller })).items.find(item => item.courseId === course.courseId)
    expect(listed).toMatchObject({ placesLeft: 0, waiting: 2, myState: 'waiting' })
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
