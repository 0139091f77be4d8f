import { describe, expect, it } from 'vitest'
import type { Certificate, CourseDetail, CourseSummary, MyEnrollment, RosterRow, SessionView } from '../../domain/contracts/training'
import { certificateLines, certificateShareMessage, certificateTexts, wrapText } from './model/certificate-layout'
import { drawCertificate, type CertificateContext } from './model/certificate-drawing'
import { attendanceWords, checkInSceneFrom } from './model/check-in-scene'
import { countdownTickMs, openingCountdown, serverClockOffset } from './model/countdown'
import { courseInputFrom, draftFromInput, emptyCourseDraft, emptyQuotaDraft, type CourseDraft } from './model/course-form'
import { courseBadge, courseDatesWords, placesWords, signUpWindowWords } from './model/course-words'
import { cancelRuleWords, enrollmentHeadline, enrollmentNextStep, withdrawLabel } from './model/enrollment-words'
import { attendanceCell, cancelCourseWarning, rosterState } from './model/roster-words'
import { emptySignUpDraft, signUpPayload, signUpProblem, type SignUpDraft } from './model/sign-up-form'

const summary: CourseSummary = {
  courseId: 'c1',
  kind: 'training',
  kindLabel: '技能培训',
  title: '“金蓝领”数控技能培训',
  organiser: '市总工会',
  venue: '荆州职业技术学院',
  audienceLabels: ['农民工'],
  startsAt: '2026-11-04T01:00:00.000Z',
  endsAt: '2026-12-20T04:00:00.000Z',
  sessionCount: 8,
  capacity: 80,
  placesLeft: 12,
  waiting: 0,
  signUp: { phase: 'open', opensAt: '2026-10-20T01:00:00.000Z', closesAt: '2026-10-30T10:00:00.000Z' },
  status: 'published',
  myState: null,
}

const session: SessionView = {
  sessionId: 's1',
  title: '数控编程理论',
  day: '2026-11-04',
  start: '09:00',
  end: '12:00',
  startsAt: '2026-11-04T01:00:00.000Z',
  endsAt: '2026-11-04T04:00:00.000Z',
  venue: '荆州职业技术学院',
}

const enrollment: MyEnrollment = {
  enrollmentId: 'e1',
  courseId: 'c1',
  courseTitle: summary.title,
  state: 'waiting',
  stateLabel: '候补中',
  position: 3,
  offerExpiresAt: null,
  attendedSessionIds: [],
  attendedCount: 0,
  requiredCount: 7,
  completed: false,
  canCancel: true,
  cancelUntil: '2026-11-03T10:00:00.000Z',
  signedUpAt: '2026-10-20T01:00:05.000Z',
}

describe('the course in words', () => {
  it('says the dates in Shanghai days, the places without relying on colour, and the sign-up window', () => {
    expect(courseDatesWords(summary)).toBe('11月4日 至 12月20日，共 8 次')
    expect(courseDatesWords({ startsAt: '2026-11-04T01:00:00.000Z', endsAt: '2026-11-04T09:00:00.000Z', sessionCount: 2 })).toBe('11月4日 周三，共 2 次')
    expect(placesWords(summary)).toBe('共 80 个名额，还剩 12 个')
    expect(placesWords({ ...summary, placesLeft: 0, waiting: 5 })).toBe('共 80 个名额，已报满，5 人在候补')
    expect(signUpWindowWords(summary.signUp)).toBe('正在报名，10月30日 18:00 截止')
    expect(signUpWindowWords({ ...summary.signUp, phase: 'upcoming' })).toBe('报名时间：10月20日 09:00 至 10月30日 18:00')
  })

  it('badges the caller’s own standing before where sign-up stands', () => {
    expect(courseBadge({ ...summary, myState: 'waiting' }).label).toBe('候补中')
    expect(courseBadge({ ...summary, placesLeft: 0 }).label).toBe('可以候补')
    expect(courseBadge({ ...summary, status: 'cancelled', myState: 'enrolled' }).label).toBe('已取消')
  })
})

describe('the opening countdown', () => {
  it('counts against the server clock, not the phone’s alone', () => {
    // The phone is 5 minutes slow: the server said 09:00:00 when the phone read 08:55:00.
    const offset = serverClockOffset('2026-10-20T01:00:00.000Z', Date.parse('2026-10-20T00:55:00.000Z'))
    expect(offset).toBe(5 * 60_000)
    const opensAt = '2026-10-20T01:10:00.000Z'
    expect(openingCountdown(opensAt, Date.parse('2026-10-20T00:55:00.000Z'), offset)?.words).toBe('离开始报名还有 10 分 0 秒')
    expect(openingCountdown(opensAt, Date.parse('2026-10-20T01:05:00.000Z'), offset)).toBeNull()
  })

  it('says days and hours far out, seconds near the end, and ticks faster in the last hour', () => {
    const now = Date.parse('2026-10-18T01:00:00.000Z')
    expect(openingCountdown('2026-10-20T04:30:00.000Z', now, 0)?.words).toBe('离开始报名还有 2 天 3 小时')
    expect(openingCountdown('2026-10-18T03:05:00.000Z', now, 0)?.words).toBe('离开始报名还有 2 小时 5 分')
    expect(openingCountdown('2026-10-18T01:00:07.000Z', now, 0)?.words).toBe('离开始报名还有 7 秒')
    // 9 min 59.999 s is said as 10 分 0 秒, never as 9 分 60 秒.
    expect(openingCountdown('2026-10-18T01:10:00.000Z', now + 1, 0)?.words).toBe('离开始报名还有 10 分 0 秒')
    expect(countdownTickMs(30 * 60_000)).toBe(1000)
    expect(countdownTickMs(3 * 60 * 60_000)).toBe(30_000)
  })
})

describe('the sign-up form', () => {
  const course: Pick<CourseDetail, 'audiences' | 'detailFields'> = { audiences: ['migrant', 'team-leader'], detailFields: ['age', 'union'] }
  const ready: SignUpDraft = { ...emptySignUpDraft(course), name: '张三', phone: '138 0013 8000', audience: 'migrant', age: '45', union: '某建筑公司工会' }

  it('asks for the name, the phone, who the person is and the course’s own details, in that order', () => {
    expect(signUpProblem({ ...ready, name: ' ' }, course)).toBe('请填写您的姓名')
    expect(signUpProblem({ ...ready, phone: '12345' }, course)).toContain('11 位手机号')
    expect(signUpProblem({ ...ready, audience: null }, course)).toBe('请选择您属于哪一类')
    expect(signUpProblem({ ...ready, union: '' }, course)).toBe('请填写所在基层工会')
    expect(signUpProblem({ ...ready, age: '12' }, course)).toBe('年龄请填 16 到 80 之间的整数')
    expect(signUpProblem(ready, course)).toBeNull()
  })

  it('chooses the audience of a one-audience course, and sends only the details the course asks for', () => {
    expect(emptySignUpDraft({ audiences: ['team-leader'] }).audience).toBe('team-leader')
    expect(signUpPayload('c1', { ...ready, employer: '不该发送', trade: '不该发送' }, course)).toEqual({
      courseId: 'c1',
      details: { name: '张三', phone: '13800138000', audience: 'migrant', age: 45, union: '某建筑公司工会' },
    })
    expect(signUpPayload('c1', { ...ready, name: '' }, course)).toBeNull()
  })
})

describe('the person’s standing', () => {
  it('answers in plain words: a place, or the waitlist with the position', () => {
    expect(enrollmentHeadline({ ...enrollment, state: 'enrolled' })).toBe('报名成功')
    expect(enrollmentHeadline(enrollment)).toBe('已进入候补，您排第 3 位')
    expect(enrollmentNextStep(enrollment, { claimWindowHours: 24 })).toContain('保留 24 小时')
    expect(enrollmentNextStep({ ...enrollment, state: 'offered', offerExpiresAt: '2026-11-01T02:00:00.000Z' }, { claimWindowHours: 24 })).toBe('请在 11月1日 10:00 前确认，过时名额让给下一位。')
  })

  it('names the way out by state, and after the cut-off says it is passed', () => {
    expect(withdrawLabel('enrolled')).toBe('取消报名')
    expect(withdrawLabel('waiting')).toBe('退出候补')
    expect(withdrawLabel('offered')).toBe('不要这个名额')
    expect(withdrawLabel('left')).toBeNull()
    expect(cancelRuleWords(enrollment)).toBe('11月3日 18:00 前可以在这里取消或退出')
    expect(cancelRuleWords({ ...enrollment, canCancel: false })).toContain('不能在小程序里取消了')
  })
})

describe('check-in', () => {
  it('decodes the scene WeChat URL-encodes, and refuses anything that is not a check-in scene', () => {
    expect(checkInSceneFrom('c1%2Fs1')).toBe('c1/s1')
    expect(checkInSceneFrom('abc123')).toBe('abc123')
    expect(checkInSceneFrom(undefined)).toBeNull()
    expect(checkInSceneFrom('%E0%A4%A')).toBeNull()
    expect(checkInSceneFrom('a'.repeat(33))).toBeNull()
    expect(checkInSceneFrom('%E4%B8%AD')).toBeNull()
  })

  it('says the sessions attended of those required', () => {
    expect(attendanceWords({ attendedCount: 2, requiredCount: 7, completed: false })).toBe('已签到 2 次，满 7 次可以结业，还差 5 次')
    expect(attendanceWords({ attendedCount: 7, requiredCount: 7, completed: true })).toBe('已签到 7 次，已达到结业要求')
  })
})

describe('the course editor', () => {
  const filled: CourseDraft = {
    ...emptyCourseDraft('2026-10-20'),
    title: '班组长综合能力培训',
    organiser: '市商贸服务业工会联合会',
    venue: '市总工会二楼会议室',
    capacity: '80',
    audiences: ['team-leader'],
  }

  it('turns a filled draft into the course input: blanks are no limit, the percentage a share', () => {
    const checked = courseInputFrom({ ...filled, sessions: filled.sessions.map(row => ({ ...row, title: '第一课' })) })
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    expect(checked.input).toMatchObject({ capacity: 80, minAge: null, maxAge: null, completionShare: 0.8, claimWindowHours: 24, sessions: [{ title: '第一课', day: '2026-11-03', start: '09:00', end: '12:00', venue: null }] })
    expect(draftFromInput(checked.input)).toMatchObject({ capacity: '80', completionPercent: '80', minAge: '', sessions: [{ title: '第一课', venue: '' }] })
  })

  it('says what is wrong across fields by the function’s own rules', () => {
    const checked = courseInputFrom({ ...filled, sessions: filled.sessions.map(row => ({ ...row, title: '第一课', day: '2026-10-22' })) })
    expect(checked).toEqual({ ok: false, problems: ['报名要在第一次课开始前截止', '取消报名的截止时间不能晚于第一次课开始'] })
  })

  it('lists every problem in plain Chinese with where it is, and sends nothing', () => {
    const checked = courseInputFrom({
      ...filled,
      title: '',
      capacity: 'abc',
      audiences: [],
      quotas: [{ ...emptyQuotaDraft({ day: '2026-10-25', time: '9点' }), union: '某公司工会', places: '0' }],
    })
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.problems).toEqual(
      expect.arrayContaining(['名称：不能空着', '名额：请填整数', '参加对象：请至少选一类参加对象', '第 1 次课的名称：不能空着', '第 1 个基层工会名额的名额：名额至少 1 个', '第 1 个基层工会名额的截止时间：时间应写成 09:00 这样']),
    )
    for (const problem of checked.problems) expect(problem).toMatch(/[\u4e00-\u9fff]/)
    expect(checked.problems.join('')).not.toMatch(/Invalid|Expected|received/)
  })
})

describe('the roster', () => {
  const row: RosterRow = {
    enrollmentId: 'e1',
    name: '张三',
    phoneMasked: '138****8000',
    audienceLabel: '农民工',
    age: null,
    employer: null,
    union: null,
    trade: null,
    state: 'waiting',
    stateLabel: '候补中',
    position: 2,
    fromQuota: null,
    signedUpAt: '2026-10-20T01:00:05.000Z',
    attendedSessionIds: ['s1'],
    completed: false,
  }

  it('shows the waitlist position, each session attended or not in words, and whom a cancellation tells', () => {
    expect(rosterState(row)).toBe('候补中 第 2 位')
    expect(attendanceCell(row, session, 0)).toMatchObject({ attended: true, text: '第 1 次 ✓ 已到', spoken: '张三第 1 次（11月4日）已到，点一下改为未到' })
    expect(attendanceCell(row, { ...session, sessionId: 's2' }, 1).text).toBe('第 2 次 ✗ 未到')
    expect(cancelCourseWarning({ enrolled: 80, waiting: 12 })).toContain('通知 92 人')
    expect(cancelCourseWarning({ enrolled: 0, waiting: 0 })).toContain('还没有人报名')
  })
})

describe('the certificate', () => {
  const certificate: Certificate = {
    certificateNo: 'JL-2026-0001',
    name: '张三',
    courseTitle: '“金蓝领”数控技能培训（数控车床操作与编程提高班）',
    kindLabel: '技能培训',
    organiser: '市总工会',
    attendedCount: 7,
    sessionCount: 8,
    completedAt: '2026-12-20T04:00:00.000Z',
    firstDay: '2026-11-04',
    lastDay: '2026-12-20',
  }

  it('lays out the words, wrapping a long title, and draws each line centred on a white page', () => {
    expect(wrapText('一二三四五', 2)).toEqual(['一二', '三四', '五'])
    // No line starts with a closing mark or ends with an opening one (避头尾).
    expect(wrapText('《叉车司机安全操作培训（小班）》', 14)).toEqual(['《叉车司机安全操作培训（小', '班）》'])
    expect(wrapText('一二三（四五）', 3)).toEqual(['一二三', '（四', '五）'])
    expect(wrapText('一二（三四', 3)).toEqual(['一二', '（三四'])
    expect(wrapText('。。。。', 2)).toEqual(['。。', '。。'])
    // The page shows each sentence whole; the image wraps the long title to its width.
    expect(certificateTexts(certificate).map(item => item.text)).toContain(`《${certificate.courseTitle}》`)
    expect(certificateTexts({ ...certificate, lastDay: '2026-11-04' }).map(item => item.text)).toContain('2026年11月4日，出勤 7 / 8 次')
    const lines = certificateLines(certificate)
    const texts = lines.map(line => line.text)
    expect(texts).toContain('张三')
    // At 30 px a line holds 22 characters inside the frame: the date line wraps rather than run off the image.
    expect(texts.join('')).toContain('2026年11月4日 至 2026年12月20日，出勤 7 / 8 次')
    expect(texts.every(text => Array.from(text).length <= 22 || lines.find(line => line.text === text)!.size <= 24)).toBe(true)
    expect(texts).toContain('2026年12月20日')
    expect(texts.filter(text => text.startsWith('《') || text.endsWith('》')).length).toBeGreaterThan(1)
    // Lines go down the page without overlapping, and the words end above the foot.
    const ys = lines.map(line => line.y)
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
    expect(lines.filter(line => line.y < 900).every(line => line.y < 860)).toBe(true)
    const drawn: string[] = []
    const context: CertificateContext = {
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 0,
      font: '',
      textAlign: 'left',
      fillRect: () => drawn.push('page'),
      strokeRect: () => drawn.push('frame'),
      fillText: text => drawn.push(text),
    }
    drawCertificate(context, lines)
    expect(drawn.slice(0, 3)).toEqual(['page', 'frame', 'frame'])
    expect(drawn.slice(3)).toEqual(texts)
    expect(context.textAlign).toBe('center')
  })

  it('shares the achievement and opens the course for whoever taps it', () => {
    expect(certificateShareMessage(certificate, '/packages/training/course/index?id=c1')).toEqual({
      title: '张三完成了《“金蓝领”数控技能培训（数控车床操作与编程提高班）》，工会的免费培训，一起来参加',
      path: '/packages/training/course/index?id=c1',
    })
  })
})
