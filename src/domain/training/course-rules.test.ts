import { describe, expect, it } from 'vitest'
import type { CourseInput } from './course-input'
import {
  certificateNumber,
  checkInScene,
  checkInWindow,
  courseInputProblems,
  declaredReasons,
  historyReasons,
  isCheckInOpen,
  isOfferLapsed,
  offerExpiry,
  requiredSessions,
  sessionIdOfScene,
  signUpPhase,
} from './course-rules'

function input(extra: Partial<CourseInput> = {}): CourseInput {
  return {
    kind: 'training',
    title: '数控车工培训班',
    organiser: '荆州职业技术学院',
    venue: '实训中心',
    description: '',
    audiences: ['migrant'],
    minAge: null,
    maxAge: null,
    onceOnly: false,
    requiresCourseId: null,
    detailFields: [],
    capacity: 80,
    signUpOpens: { day: '2026-12-01', time: '09:00' },
    signUpCloses: { day: '2026-12-10', time: '18:00' },
    cancelUntil: { day: '2026-12-12', time: '18:00' },
    claimWindowHours: 24,
    completionShare: 0.8,
    sessions: [{ title: '第一课', day: '2026-12-14', start: '09:00', end: '11:30', venue: null }],
    quotas: [],
    ...extra,
  }
}

describe('a course as staff type it', () => {
  it('has no problems when its fields fit together', () => {
    expect(courseInputProblems(input())).toEqual([])
  })

  it('names every field that does not fit, in plain words', () => {
    const problems = courseInputProblems(
      input({
        signUpCloses: { day: '2026-11-30', time: '18:00' },
        minAge: 50,
        maxAge: 30,
        quotas: [{ union: '沙市区总工会', places: 90, until: { day: '2026-12-05', time: '18:00' } }],
        sessions: [{ title: '第一课', day: '2026-12-14', start: '11:30', end: '09:00', venue: null }],
        cancelUntil: { day: '2026-12-20', time: '18:00' },
      }),
    )
    expect(problems).toEqual([
      '报名截止时间要晚于报名开始时间',
      '最小年龄不能大于最大年龄',
      '有年龄要求时，报名需要填年龄',
      '有基层工会名额时，报名需要填所在基层工会',
      '基层工会名额共 90 个，超过了总名额 80 个',
      '沙市区总工会的名额保留时间要在报名期间内',
      '第 1 次课的结束时间要晚于开始时间',
      '取消报名的截止时间不能晚于第一次课开始',
    ])
  })

  it('wants sign-up closed before the first session', () => {
    expect(courseInputProblems(input({ signUpCloses: { day: '2026-12-14', time: '10:00' } }))).toContain('报名要在第一次课开始前截止')
  })
})

describe('sign-up phase, eligibility and completion', () => {
  const opens = new Date('2026-12-01T01:00:00Z')
  const closes = new Date('2026-12-10T10:00:00Z')

  it('is upcoming before the opening, open until the close, closed from it', () => {
    expect(signUpPhase(opens, closes, new Date(opens.getTime() - 1))).toBe('upcoming')
    expect(signUpPhase(opens, closes, opens)).toBe('open')
    expect(signUpPhase(opens, closes, closes)).toBe('closed')
  })

  it('checks the declared audience (全体 admits anyone) and age', () => {
    const course = { audiences: ['migrant', 'outdoor'] as const, minAge: 18, maxAge: 55, onceOnly: false, requiresCourseId: null }
    expect(declaredReasons(course, { audience: 'migrant', age: 40 })).toEqual([])
    expect(declaredReasons(course, { audience: 'team-leader', age: 56 })).toEqual(['这个课程面向农民工、户外劳动者，您选的是班组长', '这个课程要求年龄18–55 岁'])
    expect(declaredReasons({ ...course, audiences: ['all'] }, { audience: 'team-leader' })).toEqual([])
  })

  it('checks once-only courses and prerequisites against the person’s own completions', () => {
    const course = { courseId: 'tc1', audiences: ['all'] as const, minAge: null, maxAge: null, onceOnly: true, requiresCourseId: 'tc0' }
    expect(historyReasons(course, new Set(['tc0']), '安全生产基础')).toEqual([])
    expect(historyReasons(course, new Set(['tc1']), '安全生产基础')).toEqual(['您已经完成过这个课程，每人只能参加一次', '要先完成《安全生产基础》才能报名'])
  })

  it('requires the share of sessions rounded up, at least one, without float surprises', () => {
    expect(requiredSessions(6, 0.8)).toBe(5)
    expect(requiredSessions(5, 0.8)).toBe(4)
    expect(requiredSessions(10, 0.7)).toBe(7)
    expect(requiredSessions(1, 0.1)).toBe(1)
  })
})

describe('check-in and offers', () => {
  const session = { startsAt: new Date('2026-12-14T01:00:00Z'), endsAt: new Date('2026-12-14T03:30:00Z') }

  it('opens check-in 30 minutes before the start and closes it at the end', () => {
    const window = checkInWindow(session)
    expect(window.opensAt.toISOString()).toBe('2026-12-14T00:30:00.000Z')
    expect(isCheckInOpen(session, new Date('2026-12-14T00:29:59Z'))).toBe(false)
    expect(isCheckInOpen(session, new Date('2026-12-14T00:30:00Z'))).toBe(true)
    expect(isCheckInOpen(session, session.endsAt)).toBe(true)
    expect(isCheckInOpen(session, new Date(session.endsAt.getTime() + 1))).toBe(false)
  })

  it('lapses an offer at the end of its claim window, not before', () => {
    const now = new Date('2026-12-01T00:00:00Z')
    const expiresAt = offerExpiry(now, 24)
    expect(expiresAt.toISOString()).toBe('2026-12-02T00:00:00.000Z')
    expect(isOfferLapsed(expiresAt, new Date(expiresAt.getTime() - 1))).toBe(false)
    expect(isOfferLapsed(expiresAt, expiresAt)).toBe(true)
    expect(isOfferLapsed(null, now)).toBe(false)
  })

  it('names a session in a scene of at most 32 characters, and reads only such scenes back', () => {
    const scene = checkInScene('sAbC-1_2xyz9Q')
    expect(scene.length).toBeLessThanOrEqual(32)
    expect(sessionIdOfScene(scene)).toBe('sAbC-1_2xyz9Q')
    expect(sessionIdOfScene('x.sAbC')).toBeNull()
    expect(sessionIdOfScene('t.tc-demo-cnc')).toBeNull()
  })

  it('prints the same certificate number for the same completion', () => {
    const at = new Date('2026-12-20T08:00:00Z')
    expect(certificateNumber('te1', at)).toBe(certificateNumber('te1', at))
    expect(certificateNumber('te1', at)).not.toBe(certificateNumber('te2', at))
    expect(certificateNumber('te1', at)).toMatch(/^JG2026-[0-9A-F]{8}$/)
  })
})
