import { readFileSync } from 'node:fs'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import type { Bulletin } from './bulletin'
import { bulletinFieldLabel } from './bulletin-field-label'
import { bulletinPayloadSchema } from './bulletin-payload-schema'
import { checkBulletin, describeProblems } from './check-bulletin'
import { parseBulletin } from './parse-bulletin'
import { recognitionSummary } from './recognition-summary'

const reference = readFileSync(new URL('./fixtures/jingzhou-work-brief-2017-no10.txt', import.meta.url), 'utf8')

function parsed(): Bulletin {
  const result = parseBulletin(reference)
  if (!result.ok) throw new Error('refused')
  return result.bulletin
}

describe('checking an edited bulletin', () => {
  it('accepts the parsed reference and gives it back', () => {
    expect(checkBulletin(parsed())).toEqual({ ok: true, bulletin: parsed() })
  })

  it('puts each problem on its field and says where in words', () => {
    const bulletin = parsed()
    const broken = { ...bulletin, header: { ...bulletin.header, issuedOn: '2017-02-30' }, body: { ...bulletin.body, title: '标题。' } }
    const result = checkBulletin(broken)
    if (result.ok) throw new Error('accepted')
    expect(result.problems.map((problem) => problem.field)).toEqual(['header.issuedOn', 'body.title'])
    expect(describeProblems(result.problems)).toMatch(/^日期：.*；标题：/)
  })

  it('says how many problems were left out of a long list', () => {
    const problems = Array.from({ length: 5 }, (_, i) => ({ field: `body.intro.${i}`, reason: '有问题' }))
    expect(describeProblems(problems, 2)).toBe('导语第 1 段：有问题；导语第 2 段：有问题；另有 3 处问题')
  })
})

describe('field paths in words', () => {
  it.each([
    ['body.items.2.lead', '第 3 项的要点句'],
    ['items.0.label', '第 1 项的编号'],
    ['body.items.4.subPoints.1.text', '第 5 项第 2 个分项'],
    ['body.items.4.subPoints.1.ordinal', '第 5 项第 2 个分项的序号'],
    ['body.items.1.paragraphs.0', '第 2 项正文第 1 段'],
    ['body.items.0.points.2.label', '第 1 项第 3 个小点的编号'],
    ['items.0.points.2.lead', '第 1 项第 3 个小点的要点句'],
    ['items.0.points.2.subPoints.0.ordinal', '第 1 项第 3 个小点第 1 个分项的序号'],
    ['items.3.points', '第 4 项的小点'],
    ['body.distribution.sendTo.2', '“发”送单位第 3 个'],
    ['header.issuedOn', '日期'],
    ['body.phone', '联系电话'],
  ])('%s is %s', (path, words) => {
    expect(bulletinFieldLabel(path)).toBe(words)
  })
})

describe('the payload shape of an edited bulletin', () => {
  it('lets the parsed reference through as it is', () => {
    expect(v.safeParse(bulletinPayloadSchema, parsed()).success).toBe(true)
  })

  it('refuses unknown keys, wrong types and an unbounded body', () => {
    const bulletin = parsed()
    expect(v.safeParse(bulletinPayloadSchema, { ...bulletin, extra: 1 }).success).toBe(false)
    expect(v.safeParse(bulletinPayloadSchema, { ...bulletin, header: { ...bulletin.header, issueNumber: '10' } }).success).toBe(false)
    // Each paragraph within its own cap, but together far beyond any bulletin.
    const paragraphs = Array.from({ length: 30 }, () => '字'.repeat(3900))
    const huge = { ...bulletin, body: { ...bulletin.body, items: bulletin.body.items.map((item) => ({ ...item, paragraphs })) } }
    expect(v.safeParse(bulletinPayloadSchema, huge).success).toBe(false)
  })
})

describe('what was recognised, in words', () => {
  it('lists issue, date, issuer, title, each item with its sub-points, the 报/发 lists, editor and phone', () => {
    const rows = recognitionSummary(parsed())
    const value = (label: string) => rows.find((row) => row.label === label)?.value
    expect(value('期号')).toBe('第 10 期')
    expect(value('日期')).toBe('2017-09-30')
    expect(value('发文单位')).toBe('荆州市总工会')
    expect(value('条目')).toBe('7 项')
    expect(value('1、“两项改革”有序推进。')).toBe('分项 2 个：一是、二是')
    expect(value('2、成功承办全省工会资产暨加强和规范工人文化宫管理工作推进会。')).toBe('正文 1 段')
    expect(value('报')).toBe('省总工会、市“四大家”有关领导、市“四大家”办公室')
    expect(value('抄送')).toBe('（无）')
    expect(value('责任编辑')).toBe('施晓露')
    expect(value('联系电话')).toBe('8219262')
    expect(rows.filter((row) => row.nested)).toHaveLength(7)
  })

  it('lists each point below its item with its level', () => {
    const text = '标题\n\n导语。\n\n一、工作重点。\n\n（一）摸清底数。走访到户。\n\n1.建立台账。\n\n（二）落实资金。\n'
    const result = parseBulletin(text)
    if (!result.ok) throw new Error('refused')
    const rows = recognitionSummary(result.bulletin).filter((row) => row.nested)
    expect(rows.map((row) => [row.depth, row.label, row.value])).toEqual([
      [1, '一、工作重点。', '小点 3 个'],
      [2, '（一）摸清底数。', '第二级；正文 1 段'],
      [3, '1.建立台账。', '第三级；只有要点句'],
      [2, '（二）落实资金。', '第二级；只有要点句'],
    ])
  })
})
