import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkKeywordValue } from '../../../emulator/src/wx/subscribe-message-rules'
import { NEW_BULLETIN_TEMPLATE, STATION_REPORT_RESULT_TEMPLATE, SUBSCRIBE_TEMPLATES, TEMPLATE_FIELD_TYPES } from './subscribe-templates'
import { fitFieldValue, fitTemplateData, inboxLines, obeysFieldRule } from './template-data'

/** The emulator's copy of WeChat's rules, written separately: what WeChat would answer for the value. */
function wechatAccepts(key: string, value: string): boolean {
  return checkKeywordValue(key, value) === undefined
}

function fit(type: Parameters<typeof fitFieldValue>[0], raw: string): string {
  const result = fitFieldValue(type, raw)
  if (!result.ok) throw new Error(`refused: ${result.reason}`)
  return result.value
}

describe('fitting values to WeChat’s field rules', () => {
  it('cuts a long Chinese title to 20 characters, the last one …', () => {
    const title = '关于做好二〇二六年度户外劳动者爱心驿站提档升级和冬季送温暖工作的通知'
    const value = fit('thing', title)
    expect(Array.from(value)).toHaveLength(20)
    expect(value).toBe('关于做好二〇二六年度户外劳动者爱心驿站…')
    expect(wechatAccepts('thing1', value)).toBe(true)
    expect(wechatAccepts('thing1', title)).toBe(false)
  })

  it('keeps a short thing as it is, on one line', () => {
    expect(fitFieldValue('thing', '荆州市总工会')).toEqual({ ok: true, value: '荆州市总工会', cut: false })
    expect(fit('thing', '已联系站点，\n暂停开放\u202e')).toBe('已联系站点， 暂停开放')
  })

  it('counts characters, not UTF-16 units: a rare character outside the BMP is one', () => {
    const value = fit('thing', `${'𠀋'.repeat(25)}`)
    expect(Array.from(value)).toHaveLength(20)
    expect(wechatAccepts('thing1', value)).toBe(true)
  })

  it('keeps only the Chinese of a phrase, at most five characters', () => {
    expect(fit('phrase', '已处理')).toBe('已处理')
    expect(fit('phrase', '已处理(OK)')).toBe('已处理')
    expect(fit('phrase', '经核实情况不符合')).toBe('经核实情况')
    expect(fitFieldValue('phrase', 'done')).toMatchObject({ ok: false })
  })

  it('cuts a Chinese name to ten characters and drops digits', () => {
    expect(fit('name', '张师傅2号')).toBe('张师傅号')
    expect(Array.from(fit('name', '欧阳'.repeat(8)))).toHaveLength(10)
    expect(fit('name', 'Li Wei')).toBe('Li Wei')
  })

  it('cuts letters and character strings to 32 and refuses what they may not hold', () => {
    expect(fit('character_string', 'RPT-2026 0501-'.repeat(4))).toHaveLength(32)
    expect(fitFieldValue('character_string', '编号12')).toMatchObject({ ok: false })
    expect(fit('letter', 'A'.repeat(40))).toHaveLength(32)
    expect(fitFieldValue('letter', 'AB12')).toMatchObject({ ok: false })
  })

  it('never cuts a number or a phone number: a shortened one would be wrong', () => {
    expect(fit('number', '12.50')).toBe('12.50')
    expect(fitFieldValue('number', '1'.repeat(33))).toMatchObject({ ok: false })
    expect(fitFieldValue('number', '十二')).toMatchObject({ ok: false })
    expect(fit('phone_number', '0716-8219262')).toBe('0716-8219262')
    expect(fitFieldValue('phone_number', '+86-0716-8219262-12345')).toMatchObject({ ok: false })
  })

  it('writes an instant in Shanghai time and a date key as a date', () => {
    expect(fit('time', '2026-05-01T06:30:00.000Z')).toBe('2026年5月1日 14:30')
    expect(fit('time', '2026-05-01T23:10:00Z')).toBe('2026年5月2日 07:10')
    expect(fit('date', '2017-09-30')).toBe('2017年9月30日')
    expect(fit('date', '2026-05-01T20:00:00.000Z')).toBe('2026年5月2日')
    expect(fit('time', '15:01')).toBe('15:01')
    expect(fit('time', '2026-05-01 14:30~16:00')).toBe('2026-05-01 14:30~16:00')
    expect(fitFieldValue('time', '明天下午')).toMatchObject({ ok: false })
    expect(fitFieldValue('time', '2026-05-01')).toMatchObject({ ok: false })
    for (const value of [fit('time', '2026-05-01T06:30:00.000Z'), fit('date', '2017-09-30')]) {
      expect(wechatAccepts(value.includes(':') ? 'time1' : 'date1', value)).toBe(true)
    }
  })

  it('makes any text at all a thing WeChat accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), raw => {
        const result = fitFieldValue('thing', raw)
        if (!result.ok) return raw.trim() === '' || /^[\p{Cc}\p{Cf}\s\u2028\u2029]+$/u.test(raw)
        return wechatAccepts('thing1', result.value) && obeysFieldRule('thing', result.value)
      }),
      { numRuns: 500 },
    )
  })

  it('makes any Chinese text a phrase and a name WeChat accepts', () => {
    const chinese = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map(code => String.fromCodePoint(code)), minLength: 1, maxLength: 30 })
    fc.assert(
      fc.property(chinese, fc.string({ maxLength: 6 }), (han, noise) => {
        const phrase = fit('phrase', `${noise}${han}`)
        const name = fit('name', `${han}${noise}`)
        return wechatAccepts('phrase1', phrase) && wechatAccepts('name1', name)
      }),
      { numRuns: 300 },
    )
  })

  it('agrees with WeChat’s rules on what is already acceptable', () => {
    const samples: Array<[string, string]> = [
      ['thing', '劳动合同纠纷咨询 2 号窗口'],
      ['number', '339208499'],
      ['letter', 'ABC'],
      ['symbol', '%'],
      ['character_string', 'RPT-20260501'],
      ['time', '2026年5月1日 14:30'],
      ['date', '2026-05-01'],
      ['amount', '¥12.50'],
      ['phone_number', '+86-0716-8219262'],
      ['car_number', '鄂D12345'],
      ['name', '张师傅'],
      ['phrase', '已预约'],
    ]
    for (const [type, value] of samples) {
      expect(obeysFieldRule(type as (typeof TEMPLATE_FIELD_TYPES)[number], value), `${type} ${value}`).toBe(true)
      expect(wechatAccepts(`${type}1`, value), `${type} ${value}`).toBe(true)
    }
  })
})

describe('a whole template’s data', () => {
  it('fits every field of each template’s sample, as WeChat accepts it', () => {
    for (const template of Object.values(SUBSCRIBE_TEMPLATES)) {
      const fitted = fitTemplateData(template, template.sample)
      if (!fitted.ok) throw new Error(`${template.key}: ${JSON.stringify(fitted.problems)}`)
      expect(Object.keys(fitted.data)).toEqual(template.fields.map(field => field.key))
      for (const [key, { value }] of Object.entries(fitted.data)) expect(wechatAccepts(key, value), `${template.key}.${key}`).toBe(true)
    }
  })

  it('names the fields it cut, and the fields it cannot fill', () => {
    const long = { ...NEW_BULLETIN_TEMPLATE.sample, thing1: '荆州市总工会关于开展二〇二六年职工疗休养活动的通知（第二批）' }
    expect(fitTemplateData(NEW_BULLETIN_TEMPLATE, long)).toMatchObject({ ok: true, adjusted: ['thing1', 'date3'] })
    const missing: Record<string, string> = { thing1: '标题', date3: '2026-05-01' }
    expect(fitTemplateData(NEW_BULLETIN_TEMPLATE, missing)).toEqual({ ok: false, problems: [{ key: 'thing2', reason: '没有给出' }] })
  })

  it('keeps the whole text for 消息, with labels, and writes times the same way', () => {
    const values = { ...STATION_REPORT_RESULT_TEMPLATE.sample, thing3: '已联系站点负责人，明天起恢复开放，开放时间为每天早上七点到晚上七点' }
    expect(inboxLines(STATION_REPORT_RESULT_TEMPLATE, values)).toEqual([
      { label: '反馈内容', value: '沙市区爱心驿站：没有开门' },
      { label: '处理结果', value: '已处理' },
      { label: '处理说明', value: '已联系站点负责人，明天起恢复开放，开放时间为每天早上七点到晚上七点' },
      { label: '处理时间', value: '2026年5月1日 14:30' },
    ])
  })
})
