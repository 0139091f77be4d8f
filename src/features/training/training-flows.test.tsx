import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { fakeCloudFunction } from '../../../test/client/fake-cloud-function'
import { taroMock } from '../../../test/client/taro-mock'
import { typeInto } from '../../../test/client/type-into'
import type { CourseDetail, MyEnrollment } from '../../domain/contracts/training'
import { CheckInScreen } from './components/check-in-screen'
import { CourseDetailScreen } from './components/course-detail'

const MINUTE = 60_000

function course(overrides: Partial<CourseDetail> = {}): CourseDetail {
  const now = Date.now()
  return {
    courseId: 'c1',
    kind: 'training',
    kindLabel: '技能培训',
    title: '班组长综合能力培训',
    organiser: '市商贸服务业工会联合会',
    venue: '市总工会二楼会议室',
    audienceLabels: ['班组长'],
    startsAt: new Date(now + 14 * 24 * 60 * MINUTE).toISOString(),
    endsAt: new Date(now + 14 * 24 * 60 * MINUTE + 180 * MINUTE).toISOString(),
    sessionCount: 1,
    capacity: 1,
    placesLeft: 0,
    waiting: 1,
    signUp: { phase: 'open', opensAt: new Date(now - 60 * MINUTE).toISOString(), closesAt: new Date(now + 7 * 24 * 60 * MINUTE).toISOString() },
    status: 'published',
    myState: null,
    description: '',
    sessions: [
      {
        sessionId: 's1',
        title: '班组管理',
        day: '2026-11-04',
        start: '09:00',
        end: '12:00',
        startsAt: new Date(now + 14 * 24 * 60 * MINUTE).toISOString(),
        endsAt: new Date(now + 14 * 24 * 60 * MINUTE + 180 * MINUTE).toISOString(),
        venue: '市总工会二楼会议室',
      },
    ],
    audiences: ['team-leader'],
    detailFields: ['employer'],
    quotas: [],
    eligibility: { eligible: true, reasons: [], requirements: ['班组长'] },
    completionShare: 1,
    claimWindowHours: 24,
    cancelUntil: new Date(now + 10 * 24 * 60 * MINUTE).toISOString(),
    cancelledReason: null,
    mine: null,
    at: new Date(now).toISOString(),
    ...overrides,
  }
}

function enrollment(overrides: Partial<MyEnrollment>): MyEnrollment {
  return {
    enrollmentId: 'e1',
    courseId: 'c1',
    courseTitle: '班组长综合能力培训',
    state: 'waiting',
    stateLabel: '候补中',
    position: 2,
    offerExpiresAt: null,
    attendedSessionIds: [],
    attendedCount: 0,
    requiredCount: 1,
    completed: false,
    canCancel: true,
    cancelUntil: new Date(Date.now() + 10 * 24 * 60 * MINUTE).toISOString(),
    signedUpAt: new Date().toISOString(),
    ...overrides,
  }
}

describe('a course for a worker', () => {
  it('sends nothing until the name, the phone and the course’s own details are filled in, and says what is missing', async () => {
    const calls = fakeCloudFunction('training', () => ({ ok: true, data: course() }))
    render(<CourseDetailScreen courseId='c1' />)
    await screen.findByText('共 1 个名额，已报满，1 人在候补')
    expect(screen.getByText('• 班组长')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '报名候补' }))
    expect(await screen.findByText('⚠ 请填写您的姓名')).toBeTruthy()
    typeInto(screen.getByLabelText('姓名'), '李班长')
    typeInto(screen.getByLabelText('手机号'), '13900139000')
    fireEvent.click(screen.getByRole('button', { name: '报名候补' }))
    expect(await screen.findByText('⚠ 请填写工作单位')).toBeTruthy()
    expect(calls.filter(call => call.action === 'signUp')).toEqual([])
  })

  it('signs up for a full course with the details it asks for and answers with the waitlist position', async () => {
    let current = course()
    const calls = fakeCloudFunction('training', action => {
      if (action === 'signUp') {
        const mine = enrollment({})
        current = { ...current, mine, myState: 'waiting', waiting: 2 }
        return { ok: true, data: mine }
      }
      return { ok: true, data: current }
    })
    render(<CourseDetailScreen courseId='c1' />)
    typeInto(await screen.findByLabelText('姓名'), '李班长')
    typeInto(screen.getByLabelText('手机号'), '13900139000')
    typeInto(screen.getByLabelText('工作单位'), '某某商场')
    fireEvent.click(screen.getByRole('button', { name: '报名候补' }))
    expect(await screen.findByText('已进入候补，您排第 2 位')).toBeTruthy()
    expect(calls.find(call => call.action === 'signUp')?.payload).toEqual({ courseId: 'c1', details: { name: '李班长', phone: '13900139000', audience: 'team-leader', employer: '某某商场' } })
    expect(screen.getByRole('button', { name: '退出候补' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '报名候补' })).toBeNull()
  })

  it('counts down to the opening by the server’s clock, with no form until it opens', async () => {
    // The phone's clock is an hour behind the server: the countdown follows the server.
    const serverNow = Date.now() + 60 * MINUTE
    fakeCloudFunction('training', () => ({
      ok: true,
      data: course({ at: new Date(serverNow).toISOString(), signUp: { phase: 'upcoming', opensAt: new Date(serverNow + 2 * 60 * MINUTE + 5 * MINUTE + 30_000).toISOString(), closesAt: new Date(serverNow + 7 * 24 * 60 * MINUTE).toISOString() } }),
    }))
    render(<CourseDetailScreen courseId='c1' />)
    expect(await screen.findByText('离开始报名还有 2 小时 5 分')).toBeTruthy()
    expect(screen.queryByLabelText('姓名')).toBeNull()
  })

  it('shows why someone is ruled out before they fill anything in', async () => {
    fakeCloudFunction('training', () => ({ ok: true, data: course({ eligibility: { eligible: false, reasons: ['您已经结业过这门课，每人只能参加一次'], requirements: ['班组长', '每人只能参加一次'] } }) }))
    render(<CourseDetailScreen courseId='c1' />)
    expect(await screen.findByText('⚠ 您暂时不能报名这门课')).toBeTruthy()
    expect(screen.getByText('您已经结业过这门课，每人只能参加一次')).toBeTruthy()
    expect(screen.queryByLabelText('姓名')).toBeNull()
  })

  it('claims an offered place before its deadline', async () => {
    let current = course({ mine: enrollment({ state: 'offered', stateLabel: '有名额待确认', position: null, offerExpiresAt: '2030-11-01T02:00:00.000Z' }), myState: 'offered' })
    const calls = fakeCloudFunction('training', action => {
      if (action === 'claimOffer') {
        const mine = enrollment({ state: 'enrolled', stateLabel: '已报名', position: null })
        current = { ...current, mine, myState: 'enrolled' }
        return { ok: true, data: mine }
      }
      return { ok: true, data: current }
    })
    render(<CourseDetailScreen courseId='c1' />)
    expect(await screen.findByText('请在 11月1日 10:00 前确认，过时名额让给下一位。')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '确认参加' }))
    expect(await screen.findByText('报名成功')).toBeTruthy()
    expect(calls.filter(call => call.action === 'claimOffer').map(call => call.payload)).toEqual([{ courseId: 'c1' }])
    expect(screen.getByRole('button', { name: '取消报名' })).toBeTruthy()
  })

  it('after the cut-off, offers whom to call instead of cancelling', async () => {
    fakeCloudFunction('training', () => ({ ok: true, data: course({ mine: enrollment({ state: 'enrolled', stateLabel: '已报名', position: null, canCancel: false }), myState: 'enrolled' }) }))
    render(<CourseDetailScreen courseId='c1' />)
    expect(await screen.findByText(/不能在小程序里取消了/)).toBeTruthy()
    expect(screen.getByText('主办单位：市商贸服务业工会联合会。也可以打职工服务热线，请他们转告：')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '取消报名' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /^职工服务热线 12351/ }))
    expect(taroMock.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12351' })
  })
})

describe('check-in', () => {
  it('checks in with the scanned scene and says the sessions attended of those required', async () => {
    const calls = fakeCloudFunction('training', () => ({ ok: true, data: { courseId: 'c1', courseTitle: '班组长综合能力培训', sessionTitle: '班组管理', alreadyCheckedIn: false, attendedCount: 1, requiredCount: 2, completed: false } }))
    render(<CheckInScreen scene='c1/s1' />)
    expect(await screen.findByText('签到成功')).toBeTruthy()
    expect(screen.getByText('已签到 1 次，满 2 次可以结业，还差 1 次')).toBeTruthy()
    expect(calls.map(call => call.payload)).toEqual([{ scene: 'c1/s1' }])
  })

  it('says plainly why not: outside the window with its times, in the function’s words', async () => {
    fakeCloudFunction('training', () => ({ ok: false, error: { code: 'TRAINING.CHECK_IN_CLOSED', message: '这次课 11月4日 08:30 到 12:00 可以签到，现在不在签到时间' } }))
    render(<CheckInScreen scene='c1/s1' />)
    expect(await screen.findByText('这次课 11月4日 08:30 到 12:00 可以签到，现在不在签到时间')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '再试一次' })).toBeNull()
  })

  it('refuses a code that is not a check-in code without calling anything', () => {
    render(<CheckInScreen scene={null} />)
    expect(screen.getByText('这个签到码无法识别')).toBeTruthy()
    expect(taroMock.cloud.callFunction).not.toHaveBeenCalled()
  })
})
