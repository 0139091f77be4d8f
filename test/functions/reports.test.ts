import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseBulletin } from '../../src/domain/bulletins/parse-bulletin'
import { renderBulletinText } from '../../src/domain/bulletins/render-bulletin-text'
import type { MonthlyReport } from '../../src/domain/contracts/reports'
import { NOVEMBER_BY_HAND, REPORT_MONTH, seedReportMonths } from '../support/report-months'
import { asLawyer, asStaff, asWorker, startTestStack, type TestStack } from '../support/test-stack'
import { expectOk } from '../support/expect-envelope'

let stack: TestStack

beforeAll(async () => {
  stack = await startTestStack()
})

afterAll(async () => {
  await stack.stop()
})

/** The draft printed as text and read back by the bulletin parser must give the same bulletin. */
function expectParsesBack(report: MonthlyReport): void {
  const parsed = parseBulletin(renderBulletinText(report.draft.header, report.draft.body))
  if (!parsed.ok) throw new Error(`the draft does not parse: ${JSON.stringify(parsed.errors)}`)
  expect(parsed.bulletin).toEqual(report.draft)
}

describe('the monthly report', () => {
  it('answers zeros and a well-formed draft for a month with nothing in it', async () => {
    const report = expectOk(await stack.call('reports', 'monthly', { month: '2026-06' }, { as: asStaff }))
    const { stations, legal, bulletins, messages, training } = report.figures
    const zero = { month: 0, yearToDate: 0 }
    expect(stations).toEqual({ added: zero, verified: zero, reported: zero, fixed: zero, openByDistrict: [], openTotal: 0 })
    expect([legal.booked, legal.received, legal.closed, legal.resolved, legal.noShows]).toEqual([zero, zero, zero, zero, zero])
    expect(legal.noShowRate).toEqual({ month: null, yearToDate: null })
    expect(bulletins).toEqual({ published: zero, reads: zero })
    expect(messages).toEqual({ sent: zero, fellBack: zero, queued: zero })
    expect([training.coursesHeld, training.signUps, training.enrolled, training.attended, training.completed]).toEqual([zero, zero, zero, zero, zero])
    expect(training.signUpsByDay.every(row => row.count === 0)).toBe(true)
    expect(report.draft.header).toEqual({ issueNumber: 1, issuer: null, issuedOn: '2026-06-30' })
    expect(report.draft.body.items).toHaveLength(5)
    expectParsesBack(report)
  })

  it('counts the seeded months as they are counted by hand', async () => {
    await seedReportMonths(stack.db)
    const report = expectOk(await stack.call('reports', 'monthly', { month: REPORT_MONTH }, { as: asStaff }))
    const { stations, legal, bulletins, messages } = report.figures
    expect({ added: stations.added, verified: stations.verified, reported: stations.reported, fixed: stations.fixed }).toEqual(NOVEMBER_BY_HAND.stations)
    expect(stations.openByDistrict).toEqual(NOVEMBER_BY_HAND.openByDistrict)
    expect(legal).toMatchObject(NOVEMBER_BY_HAND.legal)
    expect(legal.byType.filter(row => row.received > 0 || row.closed > 0).map(row => [row.label, row.received, row.closed, row.resolved])).toEqual([
      ['欠薪', 0, 1, 1],
      ['工伤', 1, 0, 0],
    ])
    expect(bulletins).toEqual(NOVEMBER_BY_HAND.bulletins)
    expect(messages).toEqual(NOVEMBER_BY_HAND.messages)
    const { signUpsByDay, ...training } = report.figures.training
    expect(training).toEqual(NOVEMBER_BY_HAND.training)
    expect(signUpsByDay).toHaveLength(30)
    expect(Object.fromEntries(signUpsByDay.filter(row => row.count > 0).map(row => [row.day, row.count]))).toEqual(NOVEMBER_BY_HAND.signUpDays)
  })

  it('counts a case received in October and settled in November in each month, and the year right', async () => {
    const october = expectOk(await stack.call('reports', 'monthly', { month: '2026-10' }, { as: asStaff })).figures.legal
    expect([october.received, october.resolved]).toEqual([{ month: 1, yearToDate: 1 }, { month: 0, yearToDate: 0 }])
    const november = expectOk(await stack.call('reports', 'monthly', { month: REPORT_MONTH }, { as: asStaff })).figures.legal
    expect([november.received, november.resolved]).toEqual([{ month: 1, yearToDate: 2 }, { month: 1, yearToDate: 1 }])
  })

  it('drafts the next issue under the last work bulletin’s masthead, and the draft parses back to the same items', async () => {
    const report = expectOk(await stack.call('reports', 'monthly', { month: REPORT_MONTH }, { as: asStaff }))
    expect(report.kind).toBe('work-brief')
    expect(report.draft.header).toEqual({ issueNumber: 11, issuer: '荆州市总工会', issuedOn: '2026-11-30' })
    expect(report.draft.body.title).toBe('荆州市总工会十一月份工作完成情况')
    expect(report.draft.body.distribution.sendTo).toEqual(['各县市区总工会', '市总机关各部室'])
    expect([report.draft.body.editor, report.draft.body.phone]).toEqual(['施晓露', '8219262'])
    expect(report.draft.body.items[0]?.paragraphs[0]).toBe('本月通过法律援助预约3人次，接待来访职工1人，办结案件1件，其中调解、解答化解1件，预约后未到场1人次，未到场率50%。')
    expect(report.draft.body.items[2]?.paragraphs).toEqual([
      '本月举办技能培训和技能竞赛1期，职工报名3人次，取得名额2人，参加培训2人，结业1人。',
      '截止今年11月，共举办2期，参加培训3人，结业2人。',
    ])
    expectParsesBack(report)
  })

  it('refuses workers and lawyers', async () => {
    for (const caller of [asWorker, asLawyer]) {
      const response = await stack.call('reports', 'monthly', { month: REPORT_MONTH }, { as: caller })
      expect(response.ok ? 'ok' : response.error.code).toBe('COMMON.FORBIDDEN')
    }
  })

  it('refuses a month that is not one, in plain words', async () => {
    const response = await stack.callRaw('reports', { action: 'monthly', payload: { month: '2026-13' } }, asStaff)
    expect(response).toMatchObject({ ok: false, error: { code: 'COMMON.INVALID_PAYLOAD' } })
    expect(JSON.stringify(response)).toContain('月份应写成 2026-09 这样')
  })
})
