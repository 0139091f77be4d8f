import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Bulletin, BulletinPoint } from './bulletin'
import { parseBulletin } from './parse-bulletin'
import type { ParseResult } from './parse-result'

const reference = readFileSync(new URL('./fixtures/jingzhou-work-brief-2017-no10.txt', import.meta.url), 'utf8')

function accepted(result: ParseResult): Extract<ParseResult, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`)
  return result
}

function parsed(text: string): Bulletin {
  return accepted(parseBulletin(text)).bulletin
}

const point = (level: BulletinPoint['level'], label: string, lead: string, paragraphs: string[] = [], subPoints: BulletinPoint['subPoints'] = []): BulletinPoint => ({
  level,
  label,
  lead,
  paragraphs,
  subPoints,
})

// A notice numbered the way GB/T 9704 numbers official documents, each level on its own line.
const fourLevels = [
  '关于做好2018年春节期间困难职工帮扶工作的通知',
  '各县市区总工会：',
  '现将有关事项通知如下：',
  '一、工作重点',
  '（一）摸清底数。各地要对困难职工逐户走访。',
  '1.建立台账。',
  '（1）按户登记家庭收入。',
  '（2）每月更新一次。',
  '2.动态管理。一是及时录入。二是及时销号。',
  '（二）落实资金。',
  '二、工作要求',
  '各单位要高度重视。',
].join('\n\n')

describe('the numbering of official documents, to four levels', () => {
  it('reads 一、 （一） 1. （1） as four levels: items, then points at levels 2, 3 and 4', () => {
    const { body } = parsed(fourLevels)
    expect(body.intro).toEqual(['各县市区总工会：', '现将有关事项通知如下：'])
    expect(body.items.map((item) => [item.label, item.lead, item.paragraphs])).toEqual([
      ['一、', '工作重点', []],
      ['二、', '工作要求', ['各单位要高度重视。']],
    ])
    expect(body.items[0]?.points).toEqual([
      point(2, '（一）', '摸清底数。', ['各地要对困难职工逐户走访。']),
      point(3, '1.', '建立台账。'),
      point(4, '（1）', '按户登记家庭收入。'),
      point(4, '（2）', '每月更新一次。'),
      point(3, '2.', '动态管理。', [], [
        { ordinal: '一是', text: '及时录入。' },
        { ordinal: '二是', text: '及时销号。' },
      ]),
      point(2, '（二）', '落实资金。'),
    ])
    expect(body.items[1]?.points).toEqual([])
  })

  it('reads points run in after the lead sentence: 。（一）…；（二）…', () => {
    const text = '标题\n\n导语。\n\n一、加强基层组织建设。（一）健全组织机构；（二）完善工作制度；（三）配强工作力量。\n\n二、加强经费管理。\n'
    const { items } = parsed(text).body
    expect(items[0]?.lead).toBe('加强基层组织建设。')
    expect(items[0]?.points).toEqual([point(2, '（一）', '健全组织机构；'), point(2, '（二）', '完善工作制度；'), point(2, '（三）', '配强工作力量。')])
  })

  it('reads a run-in point whose lead ends at a colon, and run-in points of the level below it', () => {
    const text = '标题\n\n导语。\n\n一、主要做法：（一）抓好宣传。1.印发手册。2.开展讲座。\n'
    const item = parsed(text).body.items[0]
    expect(item?.lead).toBe('主要做法：')
    expect(item?.points).toEqual([point(2, '（一）', '抓好宣传。'), point(3, '1.', '印发手册。'), point(3, '2.', '开展讲座。')])
  })

  it.each([
    ['（1）', ['（1）', '（2）']],
    ['(1)', ['(1)', '(2)']],
    ['1.', ['1.', '2.']],
    ['1．', ['1．', '2．']],
    ['１、', ['１、', '２、']],
  ])('reads points numbered %s under items numbered 一、', (_form, labels) => {
    const text = `标题\n\n导语。\n\n一、驿站建设。\n\n${labels[0]}新建驿站。\n\n${labels[1]}改造驿站。\n`
    expect(parsed(text).body.items[0]?.points.map((p) => [p.level, p.label, p.lead])).toEqual([
      [2, labels[0], '新建驿站。'],
      [2, labels[1], '改造驿站。'],
    ])
  })

  it('reads （1）（2） under items numbered 1、, run in and on their own lines', () => {
    const text = [
      '市总工会十月份工作完成情况',
      '本月工作如下。',
      '1、服务活动扎实开展。（1）开展驿站建设。建成 2 家。（2）开展维权服务月。',
      '（3）开展“金蓝领”培训。',
      '2、经费管理加强。',
    ].join('\n\n')
    const { items } = parsed(text).body
    expect(items[0]?.points).toEqual([
      point(2, '（1）', '开展驿站建设。', ['建成 2 家。']),
      point(2, '（2）', '开展维权服务月。'),
      point(2, '（3）', '开展“金蓝领”培训。'),
    ])
    expect(items[1]?.lead).toBe('经费管理加强。')
  })

  it('numbers the points below each item afresh', () => {
    const text = '标题\n\n导语。\n\n一、甲。\n\n（一）甲一。\n\n（二）甲二。\n\n二、乙。\n\n（一）乙一。\n\n1.乙一一。\n'
    const { items } = parsed(text).body
    expect(items[1]?.points).toEqual([point(2, '（一）', '乙一。'), point(3, '1.', '乙一一。')])
  })

  it('reads two items run in on one line', () => {
    const { items } = parsed('标题\n\n导语。\n\n1、驿站建设加快。2、培训开展顺利。\n')
      .body
    expect(items.map((item) => [item.label, item.lead])).toEqual([
      ['1、', '驿站建设加快。'],
      ['2、', '培训开展顺利。'],
    ])
  })

  it('does not split on a label inside quotation marks or after a comma', () => {
    const text = '标题\n\n导语。\n\n一、宣传到位。他说：“（一）要稳。”大家赞同，（一）条已落实。\n'
    const item = parsed(text).body.items[0]
    expect(item?.points).toEqual([])
    expect(item?.paragraphs).toEqual(['他说：“（一）要稳。”大家赞同，（一）条已落实。'])
  })

  it('reports each point on its line', () => {
    const { report } = accepted(parseBulletin(fourLevels))
    expect(report.filter((entry) => entry.kind === 'point').map((entry) => [entry.line, entry.value])).toEqual([
      [9, '（一）摸清底数。'],
      [11, '1.建立台账。'],
      [13, '（1）按户登记家庭收入。'],
      [15, '（2）每月更新一次。'],
      [17, '2.动态管理。'],
      [19, '（二）落实资金。'],
    ])
  })
})

describe('numbering that fits nowhere stays text, with a warning on its line', () => {
  it('keeps a label that jumps (1、2、3、5、) as a paragraph of the item before it', () => {
    const text = reference.replace('\n4、', '\n5、')
    const result = accepted(parseBulletin(text))
    const { items } = result.bulletin.body
    expect(items.map((item) => item.label)).toEqual(['1、', '2、', '3、'])
    expect(items[2]?.paragraphs[1]).toMatch(/^5、技能比武活动蓬勃开展。/)
    expect(result.warnings[0]).toEqual({ line: 23, reason: '编号不连续：前面是“3、”，这里应为“4、”，却是“5、”，已把这一段当作正文保留，请核对编号' })
  })

  it('keeps items that do not start at 1 in the intro', () => {
    const result = accepted(parseBulletin('标题\n\n导语。\n\n2、驿站建设加快。\n\n3、培训开展顺利。\n'))
    expect(result.bulletin.body.intro).toEqual(['导语。', '2、驿站建设加快。', '3、培训开展顺利。'])
    expect(result.bulletin.body.items).toEqual([])
    expect(result.warnings).toEqual([
      { line: 5, reason: '“2、”前面没有“1、”，已把这一段当作正文保留，请核对编号' },
      { line: 7, reason: '“3、”前面没有“1、”，已把这一段当作正文保留，请核对编号' },
    ])
  })

  it('keeps a repeated number as a paragraph', () => {
    const result = accepted(parseBulletin('标题\n\n导语。\n\n一、驿站建设加快。\n\n一、培训开展顺利。\n'))
    expect(result.bulletin.body.items).toHaveLength(1)
    expect(result.bulletin.body.items[0]?.paragraphs).toEqual(['一、培训开展顺利。'])
    expect(result.warnings).toEqual([
      { line: 7, reason: '编号不连续：前面是“一、”，这里应为“二、”，却是“一、”，已把这一段当作正文保留，请核对编号' },
    ])
  })

  it('reads four families as four levels, and keeps a label with nothing after it as text', () => {
    const text = '标题\n\n导语。\n\n一、甲。\n\n（一）乙。\n\n1.丙。\n\n（1）丁。\n\n①戊。\n\n二、\n\n（2）己。\n'
    const result = accepted(parseBulletin(text))
    const [first] = result.bulletin.body.items
    expect(first?.points.map((p) => [p.level, p.label])).toEqual([
      [2, '（一）'],
      [3, '1.'],
      [4, '（1）'],
      [4, '（2）'],
    ])
    expect(first?.points[2]?.subPoints).toEqual([{ ordinal: '①', text: '戊。\n二、' }])
    expect(result.warnings).toEqual([{ line: 15, reason: '“二、”后面没有内容，已把这一段当作正文保留，请核对编号' }])
  })

  it('keeps an ordinal with nothing after it as text of the sub-point before it', () => {
    const item = parsed('标题\n\n导语。\n\n1、服务活动扎实开展。一是建设驿站。二是\n').body.items[0]
    expect(item?.subPoints).toEqual([{ ordinal: '一是', text: '建设驿站。二是' }])
  })
})
