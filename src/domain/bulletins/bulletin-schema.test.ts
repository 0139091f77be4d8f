import { readFileSync } from 'node:fs'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { bulletinBodySchema, bulletinHeaderSchema, bulletinSchema } from './bulletin-schema'
import { parseBulletin } from './parse-bulletin'

const reference = readFileSync(new URL('./fixtures/jingzhou-work-brief-2017-no10.txt', import.meta.url), 'utf8')
const parsed = parseBulletin(reference)
if (!parsed.ok) throw new Error('the reference bulletin was refused')
const { header, body } = parsed.bulletin

function nested(result: v.SafeParseResult<v.GenericSchema>): Record<string, string[] | undefined> {
  return result.success ? {} : (v.flatten(result.issues).nested ?? {})
}

describe('the schema for an edited bulletin', () => {
  it('accepts the parsed reference body and gives it back unchanged', () => {
    const result = v.safeParse(bulletinBodySchema, body)
    expect(result.success).toBe(true)
    expect(result.output).toEqual(body)
  })

  it('tidies spaces typed into the form before checking', () => {
    const result = v.safeParse(bulletinBodySchema, { ...body, title: '  市总工会　九月份工作完成情况 ', editor: ' 施晓露 ' })
    expect(result.success).toBe(true)
    expect(result.output).toMatchObject({ title: '市总工会 九月份工作完成情况', editor: '施晓露' })
  })

  it('stores a cleared editor or phone as null and folds a full-width phone', () => {
    const result = v.safeParse(bulletinBodySchema, { ...body, editor: '', phone: '０７１６－８２１９２６２' })
    expect(result.output).toMatchObject({ editor: null, phone: '0716-8219262' })
  })

  it('fills in an absent 抄送 list as empty', () => {
    const { copyTo: _absent, ...distribution } = body.distribution
    const result = v.safeParse(bulletinBodySchema, { ...body, distribution })
    expect(result.success).toBe(true)
    expect(result.output).toMatchObject({ distribution: { copyTo: [] } })
  })

  it('refuses unknown keys', () => {
    expect(v.safeParse(bulletinBodySchema, { ...body, author: 'x' }).success).toBe(false)
    const items = body.items.map((item, i) => (i === 0 ? { ...item, extra: true } : item))
    expect(v.safeParse(bulletinBodySchema, { ...body, items }).success).toBe(false)
  })

  it('caps every string and list', () => {
    expect(nested(v.safeParse(bulletinBodySchema, { ...body, title: '工'.repeat(81) }))).toEqual({ title: ['不能超过 80 字'] })
    const lead = `${'驿'.repeat(200)}。`
    const items = body.items.map((item, i) => (i === 0 ? { ...item, lead } : item))
    expect(nested(v.safeParse(bulletinBodySchema, { ...body, items }))).toEqual({ 'items.0.lead': ['不能超过 200 字'] })
    const many = Array.from({ length: 51 }, (_, i) => ({ number: i + 1, label: `${i + 1}、`, lead: '工作。', paragraphs: [], subPoints: [] }))
    expect(nested(v.safeParse(bulletinBodySchema, { ...body, items: many }))).toEqual({
      items: ['最多 50 项'],
      'items.50.number': ['序号最大为 50'],
    })
  })

  it('puts each structural problem on its field', () => {
    const items = body.items.map((item, i) => (i === 3 ? { ...item, lead: '技能比武活动蓬勃开展。成绩喜人。' } : item))
    expect(nested(v.safeParse(bulletinBodySchema, { ...body, items }))).toEqual({
      'items.3.lead': ['要点句只能是一句话：第一个句号之后的内容请写到正文段落里'],
    })
  })

  it('checks a header and a whole bulletin the same way', () => {
    expect(nested(v.safeParse(bulletinHeaderSchema, { ...header, issuedOn: '2017-02-30' }))).toEqual({
      issuedOn: ['日期应为真实存在的日期，写成 YYYY-MM-DD'],
    })
    expect(v.safeParse(bulletinSchema, { header, body }).success).toBe(true)
    expect(nested(v.safeParse(bulletinSchema, { header: { ...header, issuer: '工作简报' }, body: { ...body, title: '第 10 期' } }))).toEqual({
      'header.issuer': ['发文单位不能像期号、日期或“工作简报”这样的报头'],
      'body.title': ['标题不能像期号或日期（如“第 10 期”“2017年9月30日”）'],
    })
  })

  it('refuses what is not a bulletin at all', () => {
    for (const input of [null, 'text', [], { title: '标题' }, { ...body, items: 'none' }]) {
      expect(v.safeParse(bulletinBodySchema, input).success).toBe(false)
    }
  })
})
