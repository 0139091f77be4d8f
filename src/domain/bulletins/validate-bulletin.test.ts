import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Bulletin, BulletinBody, BulletinItem } from './bulletin'
import { parseBulletin } from './parse-bulletin'
import { validateBulletin, validateBulletinBody, validateBulletinHeader } from './validate-bulletin'

const reference = readFileSync(new URL('./fixtures/jingzhou-work-brief-2017-no10.txt', import.meta.url), 'utf8')
const parsed = parseBulletin(reference)
if (!parsed.ok) throw new Error('the reference bulletin was refused')
const { header, body }: Bulletin = parsed.bulletin

function withItem(index: number, change: Partial<BulletinItem>): BulletinBody {
  return { ...body, items: body.items.map((item, i) => (i === index ? { ...item, ...change } : item)) }
}

function fields(issues: readonly { field: string }[]): string[] {
  return issues.map((issue) => issue.field)
}

describe('checking an edited bulletin body', () => {
  it('accepts the reference bulletin as parsed', () => {
    expect(validateBulletin(header, body)).toEqual([])
    expect(validateBulletinBody(body)).toEqual([])
  })

  it('refuses an empty title, a title with a full stop and a title that reads as a date', () => {
    expect(validateBulletinBody({ ...body, title: '' })).toEqual([{ field: 'title', reason: '标题不能为空' }])
    expect(fields(validateBulletinBody({ ...body, title: '九月份工作完成。' }))).toEqual(['title'])
    expect(validateBulletinBody({ ...body, title: '2017年9月30日' })).toEqual([
      { field: 'title', reason: '标题不能像期号或日期（如“第 10 期”“2017年9月30日”）' },
    ])
  })

  it('refuses a title over 80 characters and text with stray spaces', () => {
    expect(validateBulletinBody({ ...body, title: '工'.repeat(81) })).toEqual([
      { field: 'title', reason: '标题不能超过 80 字（现在 81 字）' },
    ])
    expect(validateBulletinBody(withItem(2, { lead: ' 大力开展劳动关系领域隐患排查化解工作。' }))).toEqual([
      { field: 'items.2.lead', reason: '要点句首尾不能有空格，中间不能换行或有连续空格' },
    ])
  })

  it('refuses a body with neither intro nor items', () => {
    expect(validateBulletinBody({ ...body, intro: [], items: [] })).toEqual([
      { field: 'intro', reason: '正文为空：至少要有一段导语或一个条目' },
    ])
  })

  it('refuses a lead of more than one sentence', () => {
    expect(validateBulletinBody(withItem(3, { lead: '技能比武活动蓬勃开展。成绩喜人。' }))).toEqual([
      { field: 'items.3.lead', reason: '要点句只能是一句话：第一个句号之后的内容请写到正文段落里' },
    ])
  })

  it('refuses a lead without a full stop that would run into its paragraph, but accepts a short heading', () => {
    expect(validateBulletinBody(withItem(3, { lead: '技能比武活动蓬勃开展，各单位踊跃参加' }))).toEqual([
      { field: 'items.3.lead', reason: '要点句应以句号等结尾（不超过 20 字、不带标点的小标题除外），否则会和下一段连在一起' },
    ])
    expect(validateBulletinBody(withItem(3, { lead: '技能比武活动蓬勃开展' }))).toEqual([])
  })

  it('refuses a paragraph that does not end a sentence before another paragraph', () => {
    const item = body.items[1]
    const paragraphs = ['9月25日，推进会在荆州市工人文化宫召开', ...(item?.paragraphs ?? [])]
    expect(validateBulletinBody(withItem(1, { paragraphs }))).toEqual([
      { field: 'items.1.paragraphs.0', reason: '这一段没有以句号、问号、感叹号或分号结尾，打印后会和下一段连成一段' },
    ])
  })

  it('refuses a paragraph that starts like the next item or a closing line, and keeps one whose number fits nowhere', () => {
    expect(validateBulletinBody(withItem(6, { paragraphs: ['8、组织专班开展督查。'] }))).toEqual([
      { field: 'items.6.paragraphs.0', reason: '段落开头的“8、”会被读成新的一项或小点，请删去编号，或把它改成一项或小点' },
    ])
    expect(validateBulletinBody(withItem(6, { paragraphs: ['2、组织专班开展督查。'] }))).toEqual([])
    expect(fields(validateBulletinBody({ ...body, intro: ['报：省总工会。'] }))).toEqual(['intro.0'])
    expect(validateBulletinBody({ ...body, intro: ['1、按照年度计划推进。'] })).toEqual([
      { field: 'intro.0', reason: '导语段落开头的“1、”会被读成新的一项或小点，请删去编号，或把它改成第一项' },
    ])
  })

  it('refuses a point label run in after a sentence where it would start a point', () => {
    expect(validateBulletinBody(withItem(6, { paragraphs: ['组织专班开展督查。（1）督查 34 家。'] }))).toEqual([
      { field: 'items.6.paragraphs.0', reason: '句号、分号或冒号后面紧跟的“（1）”会被读成新的一项或小点，请改写或删去编号，或把它分出来' },
    ])
  })

  it('refuses a paragraph with a 一是 that would be read as a sub-point', () => {
    expect(validateBulletinBody(withItem(6, { paragraphs: ['本月做了两件事。一是督查。'] }))).toEqual([
      { field: 'items.6.paragraphs.0', reason: '段落里句号或冒号后面的“一是”“①”会被读成分项，请写到分项里' },
    ])
  })

  it('refuses a sub-point whose text holds the next ordinal', () => {
    const subPoints = [{ ordinal: '一是', text: '全市工会改革工作成效显著。二是队伍建设推进有力。' }]
    expect(validateBulletinBody(withItem(0, { subPoints }))).toEqual([
      { field: 'items.0.subPoints.0.text', reason: '句号或冒号后面紧跟的“二是”“②”等序号会被读成新的分项，请改写或删去序号' },
    ])
  })

  it('refuses sub-point ordinals out of order or of mixed families', () => {
    const item = body.items[4]
    const subPoints = (item?.subPoints ?? []).map((subPoint, i) => (i === 1 ? { ...subPoint, ordinal: '三是' } : subPoint))
    expect(validateBulletinBody(withItem(4, { subPoints }))).toContainEqual({
      field: 'items.4.subPoints.1.ordinal',
      reason: '这是第 2 个分项，序号应为“二是”',
    })
    const mixed = (item?.subPoints ?? []).map((subPoint, i) => (i === 1 ? { ...subPoint, ordinal: '②' } : subPoint))
    expect(validateBulletinBody(withItem(4, { subPoints: mixed }))).toContainEqual({
      field: 'items.4.subPoints.1.ordinal',
      reason: '分项序号格式应与第一个分项的“一是”相同',
    })
  })

  it('refuses item labels that do not match their numbers or the first label', () => {
    expect(validateBulletinBody(withItem(1, { label: '3、' }))).toEqual([
      { field: 'items.1.label', reason: '编号“3、”与序号 2 不符' },
    ])
    expect(validateBulletinBody(withItem(1, { label: '二、' }))).toEqual([
      { field: 'items.1.label', reason: '编号格式应与第一项的“1、”相同' },
    ])
    expect(validateBulletinBody(withItem(1, { number: 3 }))).toEqual([
      { field: 'items.1.label', reason: '这是第 2 项，序号应为 2' },
    ])
    expect(validateBulletinBody(withItem(1, { label: '2' }))).toEqual([
      { field: 'items.1.label', reason: '编号应写成“1、”“1.”“一、”“（一）”或“（1）”这样' },
    ])
  })

  it('refuses a recipient that holds a separator or an unpaired quote', () => {
    const distribution = { ...body.distribution, reportTo: ['省总工会、市委'] }
    expect(validateBulletinBody({ ...body, distribution })).toEqual([
      { field: 'distribution.reportTo.0', reason: '单位名称里不能有“、”“，”“；”（引号内除外），也不能以句号结尾；每个单位单独填写' },
    ])
    const unpaired = { ...body.distribution, reportTo: ['市“四大家', '市委'] }
    expect(validateBulletinBody({ ...body, distribution: unpaired })).toEqual([
      { field: 'distribution.reportTo.0', reason: '单位名称里的引号要成对，否则会和后面的单位连在一起' },
    ])
  })

  it('refuses an editor with a colon and a phone that is not a number', () => {
    expect(validateBulletinBody({ ...body, editor: '施晓露 审核：张三', phone: '八二一九' })).toEqual([
      { field: 'editor', reason: '编辑名字里不能有冒号' },
      { field: 'phone', reason: '电话号码只能有数字、-、括号和空格，例如 0716-8219262' },
    ])
  })

  it('accepts phones with area codes, extensions and several numbers', () => {
    for (const phone of ['0716-8219262', '(0716)8219262', '8219262转801', '8219262、8219263', '+86 716 8219262']) {
      expect(validateBulletinBody({ ...body, phone })).toEqual([])
    }
  })
})

describe('checking an edited bulletin header', () => {
  it('accepts the reference header and an empty one', () => {
    expect(validateBulletinHeader(header)).toEqual([])
    expect(validateBulletinHeader({ issueNumber: null, issuer: null, issuedOn: null })).toEqual([])
  })

  it('refuses issue 0, a date that does not exist and an issuer that reads as something else', () => {
    expect(validateBulletinHeader({ issueNumber: 0, issuer: '工作简报', issuedOn: '2017-02-29' })).toEqual([
      { field: 'header.issueNumber', reason: '期号应为 1 到 9999 的整数' },
      { field: 'header.issuer', reason: '发文单位不能像期号、日期或“工作简报”这样的报头' },
      { field: 'header.issuedOn', reason: '日期应为真实存在的日期，写成 YYYY-MM-DD' },
    ])
    expect(validateBulletinHeader({ ...header, issuer: '荆州市总工会。' })).toEqual([
      { field: 'header.issuer', reason: '发文单位不能有句号等标点，也不能以冒号结尾' },
    ])
  })

  it('checks header and body together', () => {
    expect(fields(validateBulletin({ ...header, issuedOn: '2017-9-30' }, { ...body, title: '' }))).toEqual([
      'header.issuedOn',
      'title',
    ])
  })
})
