import { describe, expect, it } from 'vitest'
import { parseBulletin } from '../bulletins/parse-bulletin'
import { renderBulletinText } from '../bulletins/render-bulletin-text'
import { validateBulletin } from '../bulletins/validate-bulletin'
import { draftMonthlyBulletin, type BulletinMasthead } from './monthly-bulletin'
import { monthlyFigures, type ReportFacts } from './monthly-figures'

const NOTHING: ReportFacts = { stations: [], openStationsByDistrict: [], stationReports: [], cases: [], bulletins: [], messages: [], courses: [], enrollments: [] }

const MASTHEAD: BulletinMasthead = {
  issueNumber: 11,
  issuer: '荆州市总工会',
  distribution: { reportTo: ['省总工会'], sendTo: ['各县市区总工会', '市总机关各部室'], copyTo: [] },
  editor: '施晓露',
  phone: '8219262',
}

const BUSY: ReportFacts = {
  ...NOTHING,
  cases: [
    { caseType: 'unpaid-wages', status: 'closed', month: '2026-11', received: true, outcome: 'settled', closedMonth: '2026-11' },
    { caseType: 'work-injury', status: 'no-show', month: '2026-11', received: false, outcome: null, closedMonth: null },
  ],
  stations: [{ addedOn: '2026-11-02', lastVerifiedOn: '2026-11-02' }],
  openStationsByDistrict: [{ district: '沙市区', count: 3 }],
  messages: [{ day: '2026-11-02', state: 'sent', count: 4 }],
}

function roundTrip(facts: ReportFacts) {
  const draft = draftMonthlyBulletin(monthlyFigures(facts, '2026-11'), MASTHEAD)
  const parsed = parseBulletin(renderBulletinText(draft.header, draft.body))
  return { draft, parsed }
}

describe('the monthly bulletin draft', () => {
  it('is laid out like the union bulletin: issue, issuer, month-end date, the month title, numbered items, 报/发, editor', () => {
    const { draft } = roundTrip(BUSY)
    expect(draft.header).toEqual({ issueNumber: 11, issuer: '荆州市总工会', issuedOn: '2026-11-30' })
    expect(draft.body.title).toBe('荆州市总工会十一月份工作完成情况')
    expect(draft.body.items.map(item => `${item.label}${item.lead}`)).toEqual([
      '1、职工法律援助扎实开展。',
      '2、“户外职工爱心驿站”建设管理有序推进。',
      '3、职工技能培训有序开展。',
      '4、工会资讯及时发布。',
      '5、职工服务提醒及时送达。',
    ])
    expect(draft.body.items[0]?.paragraphs.join('')).toContain('接待来访职工1人，办结案件1件，其中调解、解答化解1件，预约后未到场1人次，未到场率50%。')
    expect(draft.body.items[0]?.paragraphs.join('')).toContain('按案件类型：欠薪1件。')
    expect(draft.body.items[1]?.paragraphs.join('')).toContain('目前全市开放驿站3家，其中沙市区3家。')
    expect(validateBulletin(draft.header, draft.body)).toEqual([])
  })

  it('parses back with the bulletin parser to the same header and items', () => {
    const { draft, parsed } = roundTrip(BUSY)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    expect(parsed.bulletin).toEqual(draft)
  })

  it('stays well formed for a month with nothing in it', () => {
    const { draft, parsed } = roundTrip(NOTHING)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    expect(parsed.bulletin).toEqual(draft)
    expect(validateBulletin(draft.header, draft.body)).toEqual([])
    expect(draft.body.items[0]?.paragraphs).toContain('本月没有接待来访案件。')
    expect(draft.body.items[1]?.paragraphs).toContain('目前没有开放中的驿站。')
  })
})
