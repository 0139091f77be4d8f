import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  applyStationFix,
  canTransitionReport,
  createProblemReportSchema,
  describeStationFix,
  fixForReport,
  PROBLEM_REPORT_KINDS,
  problemReportPayloadSchema,
  problemReportSchema,
  REPORT_STATE_LABELS,
  REPORT_STATES,
  settlementOutcome,
  type ReportState,
} from './problem-report'

const photo = 'cloud://prod-1a2b.7072-prod-1a2b-1300000000/reports/r1.jpg'

describe('problem report kinds', () => {
  it('offers the four kinds with the words on their buttons', () => {
    expect(PROBLEM_REPORT_KINDS.map(({ kind, label }) => `${kind}:${label}`)).toEqual([
      'closed:驿站关门了',
      'missing-amenity:设施缺失',
      'wrong-location:位置不对',
      'other:其他',
    ])
  })
})

describe('the report payload', () => {
  it('accepts a closed report with nothing but the station', () => {
    expect(v.is(problemReportSchema, { stationId: 'c-HZ-0012', kind: 'closed' })).toBe(true)
  })

  it('accepts a note of 200 characters and a photo', () => {
    expect(v.is(problemReportSchema, { stationId: 'c-HZ-0012', kind: 'closed', note: '门'.repeat(200), photo })).toBe(true)
  })

  it('refuses a note over 200 characters', () => {
    expect(v.is(problemReportSchema, { stationId: 'c-HZ-0012', kind: 'closed', note: '门'.repeat(201) })).toBe(false)
  })

  it('needs a known amenity for a missing-amenity report', () => {
    expect(v.is(problemReportSchema, { stationId: 'c-HZ-0012', kind: 'missing-amenity', amenity: 'hot-meal' })).toBe(true)
    expect(v.is(problemReportSchema, { stationId: 'c-HZ-0012', kind: 'missing-amenity' })).toBe(false)
    expect(v.is(problemReportSchema, { stationId: 'c-HZ-0012', kind: 'missing-amenity', amenity: 'sauna' })).toBe(false)
  })

  it('checks the amenity against the catalogue it is built with', () => {
    const schema = createProblemReportSchema([{ key: 'sauna', label: '桑拿', icon: 'steam', description: '' }])
    expect(v.is(schema, { stationId: 'c-1', kind: 'missing-amenity', amenity: 'sauna' })).toBe(true)
  })

  it('takes an amenity only on a missing-amenity report', () => {
    expect(v.is(problemReportSchema, { stationId: 'c-HZ-0012', kind: 'closed', amenity: 'water' })).toBe(false)
  })

  it('accepts a suggested location in China for a wrong-location report', () => {
    expect(v.is(problemReportSchema, { stationId: 'c-1', kind: 'wrong-location', suggestedLocation: { lng: 120.15, lat: 30.27 } })).toBe(true)
    expect(v.is(problemReportSchema, { stationId: 'c-1', kind: 'wrong-location', suggestedLocation: { lng: 126.98, lat: 37.57 } })).toBe(false)
  })

  it('needs a note for 其他', () => {
    expect(v.is(problemReportSchema, { stationId: 'c-1', kind: 'other', note: '门口在修路' })).toBe(true)
    expect(v.is(problemReportSchema, { stationId: 'c-1', kind: 'other', note: '   ' })).toBe(false)
    expect(v.is(problemReportSchema, { stationId: 'c-1', kind: 'other' })).toBe(false)
  })

  it.each([
    ['an unknown kind', { stationId: 'c-1', kind: 'dirty' }],
    ['a station id with operators', { stationId: '{"$ne":1}', kind: 'closed' }],
    ['a photo url instead of a file id', { stationId: 'c-1', kind: 'closed', photo: 'https://example.com/a.jpg' }],
    ['an extra field', { stationId: 'c-1', kind: 'closed', openid: 'o-forged' }],
  ])('refuses %s', (_case, payload) => {
    expect(v.is(problemReportSchema, payload)).toBe(false)
  })
})

describe('report states', () => {
  const allowed: [ReportState, ReportState][] = [
    ['open', 'verified'],
    ['open', 'rejected'],
    ['verified', 'resolved'],
    ['verified', 'rejected'],
  ]

  it('allows exactly the moves open → verified → resolved or rejected, and open → rejected', () => {
    for (const from of REPORT_STATES) {
      for (const to of REPORT_STATES) {
        const expected = allowed.some(([a, b]) => a === from && b === to)
        expect(canTransitionReport(from, to), `${from} → ${to}`).toBe(expected)
      }
    }
  })

  it('never resolves a report nobody verified', () => {
    expect(canTransitionReport('open', 'resolved')).toBe(false)
  })

  it('treats resolved and rejected as final', () => {
    for (const to of REPORT_STATES) {
      expect(canTransitionReport('resolved', to)).toBe(false)
      expect(canTransitionReport('rejected', to)).toBe(false)
    }
  })
})

describe('fixing a station from a report', () => {
  const station = { status: 'active' as const, amenities: ['water', 'hot-meal', 'toilet'], location: { lng: 112.24, lat: 30.33 }, name: '驿站' }

  it('marks the station closed for a 关门了 report', () => {
    const fix = fixForReport({ kind: 'closed' })
    expect(fix).toEqual({ kind: 'close' })
    expect(fix && applyStationFix(station, fix)).toEqual({ ...station, status: 'closed' })
  })

  it('takes the missing amenity off the list and keeps the rest', () => {
    const fix = fixForReport({ kind: 'missing-amenity', amenity: 'hot-meal' })
    expect(fix && applyStationFix(station, fix).amenities).toEqual(['water', 'toilet'])
  })

  it('moves the station to where staff found it, else to where the reporter said', () => {
    const reported = { lng: 112.25, lat: 30.34 }
    const found = { lng: 112.26, lat: 30.35 }
    expect(fixForReport({ kind: 'wrong-location', suggestedLocation: reported })).toEqual({ kind: 'move', location: reported })
    expect(fixForReport({ kind: 'wrong-location', suggestedLocation: reported }, found)).toEqual({ kind: 'move', location: found })
    expect(fixForReport({ kind: 'wrong-location', suggestedLocation: null })).toBeNull()
  })

  it('has no automatic fix for 其他', () => {
    expect(fixForReport({ kind: 'other' })).toBeNull()
  })

  it('says what the fix will do in words', () => {
    expect(describeStationFix({ kind: 'remove-amenity', amenity: 'hot-meal' }, () => '热饭')).toBe('从驿站设施中去掉“热饭”')
    expect(describeStationFix({ kind: 'close' }, () => '')).toBe('把驿站标记为暂停开放')
  })
})

describe('the payload schema at the function boundary', () => {
  it('accepts any well-formed amenity key, leaving the catalogue check to the function', () => {
    expect(v.is(problemReportPayloadSchema, { stationId: 'c-1', kind: 'missing-amenity', amenity: 'sauna' })).toBe(true)
    expect(v.is(problemReportPayloadSchema, { stationId: 'c-1', kind: 'missing-amenity', amenity: 'Sauna!' })).toBe(false)
  })

  it('names every state in words', () => {
    for (const state of REPORT_STATES) expect(REPORT_STATE_LABELS[state]).not.toBe('')
  })
})

describe('the outcome a settled report tells its reporter', () => {
  const microwave = { stationName: '沙市区白云路驿站', kind: 'missing-amenity' as const }
  const label = (key: string) => (key === 'hot-meal' ? '热饭' : key)

  it('is staff’s words alone when the station was left as it was', () => {
    expect(settlementOutcome(microwave, 'resolved', '微波炉已修好', null, label)).toBe('微波炉已修好')
  })

  it('adds what was done to the station when staff chose to change it', () => {
    expect(settlementOutcome(microwave, 'resolved', '微波炉已修好', { kind: 'remove-amenity', amenity: 'hot-meal' }, label)).toBe(
      '微波炉已修好。驿站设施中已去掉“热饭”。',
    )
    expect(settlementOutcome({ stationName: '某驿站', kind: 'closed' }, 'resolved', null, { kind: 'close' }, label)).toBe(
      '您反馈的“某驿站：驿站关门了”已处理，谢谢您。驿站已标记为暂停开放。',
    )
  })

  it('uses plain default words when staff wrote none, and never mentions a fix on a rejection', () => {
    expect(settlementOutcome(microwave, 'resolved', null, null, label)).toBe('您反馈的“沙市区白云路驿站：设施缺失”已处理，谢谢您。')
    expect(settlementOutcome(microwave, 'rejected', null, { kind: 'remove-amenity', amenity: 'hot-meal' }, label)).toBe(
      '您反馈的“沙市区白云路驿站：设施缺失”经核实情况不符，谢谢您的关心。',
    )
  })
})
