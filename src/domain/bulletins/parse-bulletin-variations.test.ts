import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Bulletin } from './bulletin'
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

const original = parsed(reference)

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${from}`)
  return text.replace(from, to)
}

describe('variations of the reference bulletin that read the same', () => {
  it('reads CRLF line endings, a BOM and trailing spaces', () => {
    expect(parsed(`\ufeff${reference.replace(/\n/g, ' \u3000\r\n')}`)).toEqual(original)
  })

  it('reads old Mac CR line endings', () => {
    expect(parsed(reference.replace(/\n/g, '\r'))).toEqual(original)
  })

  it('reads full-width digits in the issue number and the date', () => {
    const text = replaceOnce(replaceOnce(reference, '第 10 期', '第１０期'), '2017 年 9 月 30 日', '２０１７年９月３０日')
    expect(parsed(text)).toEqual(original)
  })

  it('reads the date written 2017-09-30, 2017.9.30 or 二〇一七年九月三十日', () => {
    for (const date of ['2017-09-30', '2017.9.30', '2017/9/30', '二〇一七年九月三十日', '二○一七年九月三十日']) {
      expect(parsed(replaceOnce(reference, '2017 年 9 月 30 日', date)).header.issuedOn).toBe('2017-09-30')
    }
  })

  it('reads the issue number written in Chinese numerals or with a running total', () => {
    expect(parsed(replaceOnce(reference, '第 10 期', '第十期')).header.issueNumber).toBe(10)
    expect(parsed(replaceOnce(reference, '第 10 期', '2017年第10期（总第156期）')).header.issueNumber).toBe(10)
  })

  it('skips a 工作简报 masthead and a 内部资料 line at the top', () => {
    const result = accepted(parseBulletin(`内部资料 注意保存\n\n工作简报\n${reference}`))
    expect(result.bulletin).toEqual(original)
    expect(result.report.filter((entry) => entry.kind === 'masthead').map((entry) => entry.value)).toEqual([
      '内部资料 注意保存',
      '工作简报',
    ])
  })

  it('reads the issuer and the date on one line', () => {
    const text = replaceOnce(reference, '荆州市总工会\n\n2017 年 9 月 30 日', '荆州市总工会        2017年9月30日')
    expect(parsed(text)).toEqual(original)
  })

  it('reads the issue number and the date on one line', () => {
    const text = replaceOnce(reference, '第 10 期\n\n荆州市总工会\n\n2017 年 9 月 30 日', '荆州市总工会\n第10期　　2017年9月30日')
    expect(parsed(text)).toEqual(original)
  })

  it('skips page numbers and rules left alone on a line by page breaks', () => {
    let text = replaceOnce(reference, '两项改\n\n革', '两项改\n\n- 2 -\n\n革')
    text = replaceOnce(text, '董永祥同\n\n志', '董永祥同\n—3—\n志')
    text = replaceOnce(text, '深入\n\n佳海', '深入\n\n第 4 页\n\n佳海')
    text = replaceOnce(text, '报：', '————————————\n报：')
    const result = accepted(parseBulletin(text))
    expect(result.bulletin).toEqual(original)
    expect(result.report.filter((entry) => entry.kind === 'pageNumber').map((entry) => entry.value)).toEqual([
      '- 2 -',
      '—3—',
      '第 4 页',
    ])
  })

  it('rejoins a paragraph hard-wrapped over several lines with no blank lines between them', () => {
    const wrapped = replaceOnce(
      reference,
      '4、技能比武活动蓬勃开展。组织选手参加省总工会工具钳工、加工中心操作工、数控机床维修工的决赛，',
      '4、技能比武活动蓬勃开展。组织选手参加省总工会工具钳工、\n加工中心操作工、数控机床维修工的决赛，\n',
    )
    expect(parsed(wrapped)).toEqual(original)
  })

  it('reads half-width colons in the closing block', () => {
    expect(parsed(reference.replace('报：', '报:').replace('发：', '发 :').replace('联系电话：', '联系电话:'))).toEqual(original)
  })

  it('reads the editor and the phone on one line, and a phone with an area code', () => {
    const text = replaceOnce(reference, '责任编辑：施晓露\n\n联系电话：8219262', '责任编辑：施晓露    联系电话：０７１６－８２１９２６２')
    const { body } = parsed(text)
    expect(body.editor).toBe('施晓露')
    expect(body.phone).toBe('0716-8219262')
  })

  it('reads a 抄送 line and a list wrapped onto a second line', () => {
    const text = replaceOnce(
      reference,
      '发：各县市区总工会、市总机关各部室、各驻会产业工会',
      '发：各县市区总工会、市总机关各部室、\n各驻会产业工会\n抄送：市人社局，市司法局。',
    )
    const { distribution } = parsed(text).body
    expect(distribution.sendTo).toEqual(['各县市区总工会', '市总机关各部室', '各驻会产业工会'])
    expect(distribution.copyTo).toEqual(['市人社局', '市司法局'])
  })
})

describe('item numbering styles', () => {
  const relabel = (labels: readonly string[]): string =>
    labels.reduce((text, label, i) => replaceOnce(text, `\n${i + 1}、`, `\n${label}`), reference)

  it.each([
    ['1.', ['1.', '2.', '3.', '4.', '5.', '6.', '7.']],
    ['1．', ['1．', '2．', '3．', '4．', '5．', '6．', '7．']],
    ['1)', ['1)', '2)', '3)', '4)', '5)', '6)', '7)']],
    ['１、', ['１、', '２、', '３、', '４、', '５、', '６、', '７、']],
    ['一、', ['一、', '二、', '三、', '四、', '五、', '六、', '七、']],
    ['（一）', ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）']],
    ['(一)', ['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)']],
  ])('reads items numbered %s, keeping the label as printed', (_style, labels) => {
    const { items } = parsed(relabel(labels)).body
    expect(items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(items.map((item) => item.label)).toEqual(labels)
    expect(items.map((item) => item.lead)).toEqual(original.body.items.map((item) => item.lead))
  })

  it('reads a label with a space before its text', () => {
    expect(parsed(relabel(['1、 ', '2 、', '3、', '4、', '5、', '6、', '7、'])).body.items).toEqual(original.body.items)
  })

  it('accepts 1、 and 2. in one bulletin with a warning', () => {
    const result = accepted(parseBulletin(relabel(['1、', '2.', '3、', '4、', '5、', '6、', '7、'])))
    expect(result.bulletin.body.items[1]?.label).toBe('2.')
    expect(result.warnings).toEqual([{ line: 17, reason: '编号写法不统一：第 13 行是“1、”，这里是“2.”' }])
  })

  it('does not take 1.5万元 at the start of a line for an item', () => {
    const text = '标题\n\n导语。\n\n1、第一项。\n\n1.5万元已经到位。\n'
    expect(parsed(text).body.items[0]?.paragraphs).toEqual(['1.5万元已经到位。'])
  })
})

describe('sub-points', () => {
  it('keeps text between the lead and the first sub-point as a paragraph', () => {
    const text = '标题\n\n导语。\n\n1、服务活动扎实开展。主要有：一是建设驿站。二是开展培训。\n'
    const item = parsed(text).body.items[0]
    expect(item?.lead).toBe('服务活动扎实开展。')
    expect(item?.paragraphs).toEqual(['主要有：'])
    expect(item?.subPoints).toEqual([
      { ordinal: '一是', text: '建设驿站。' },
      { ordinal: '二是', text: '开展培训。' },
    ])
  })

  it('ends a lead at a colon that introduces the first sub-point', () => {
    const item = parsed('标题\n\n导语。\n\n1、本月主要开展了以下工作：一是建设驿站。二是开展培训。\n').body.items[0]
    expect(item?.lead).toBe('本月主要开展了以下工作：')
    expect(item?.subPoints.map((subPoint) => subPoint.ordinal)).toEqual(['一是', '二是'])
  })

  it('keeps a paragraph that follows a sub-point inside it, separated by a line break', () => {
    const text = '标题\n\n导语。\n\n1、服务活动扎实开展。\n\n一是建设驿站。\n\n此外还完善了制度。\n\n二是开展培训。\n'
    expect(parsed(text).body.items[0]?.subPoints).toEqual([
      { ordinal: '一是', text: '建设驿站。\n此外还完善了制度。' },
      { ordinal: '二是', text: '开展培训。' },
    ])
  })

  it('does not split on 一是 inside a word or inside quotation marks', () => {
    const text = '标题\n\n导语。\n\n1、统一是关键。他说：“一是要稳。”大家赞同。\n'
    const item = parsed(text).body.items[0]
    expect(item?.subPoints).toEqual([])
    expect(item?.paragraphs).toEqual(['他说：“一是要稳。”大家赞同。'])
  })

  it('keeps an ordinal that skips a number as text and warns on its line', () => {
    const result = accepted(parseBulletin('标题\n\n导语。\n\n1、服务活动扎实开展。一是建设驿站。\n三是开展培训。\n'))
    expect(result.bulletin.body.items[0]?.subPoints).toEqual([{ ordinal: '一是', text: '建设驿站。\n三是开展培训。' }])
    expect(result.warnings).toEqual([{ line: 6, reason: '“三是”前面缺少“二是”，已把它当作正文保留，请核对分项序号' }])
  })
})

describe('other layouts', () => {
  it('reads a bulletin with no header, only a title and a body', () => {
    const bulletin = parsed('职工服务驿站开放\n\n本月新开放驿站 3 家，欢迎户外职工使用。\n')
    expect(bulletin.header).toEqual({ issueNumber: null, issuer: null, issuedOn: null })
    expect(bulletin.body.title).toBe('职工服务驿站开放')
    expect(bulletin.body.items).toEqual([])
  })

  it('reads heading items with no full stop, whose text follows on the next line', () => {
    const text = '标题\n\n导语。\n\n一、加强工会经费管理\n\n组织专班开展专项督查。\n\n二、技能比武蓬勃开展\n\n举办决赛。\n'
    const { items } = parsed(text).body
    expect(items.map((item) => [item.lead, item.paragraphs])).toEqual([
      ['加强工会经费管理', ['组织专班开展专项督查。']],
      ['技能比武蓬勃开展', ['举办决赛。']],
    ])
  })

  it('reads an intro that ends with a colon before the items', () => {
    const text = '标题\n\n现将本月工作情况简报如下：\n\n1、驿站建设加快。\n'
    expect(parsed(text).body.intro).toEqual(['现将本月工作情况简报如下：'])
  })

  it('reads a title that itself ends in 简报 when nothing else heads the text', () => {
    expect(parsed('九月份工作简报\n\n本月各项工作有序推进。\n').body.title).toBe('九月份工作简报')
    expect(parsed('工作简报\n第 9 期\n九月份工作简报\n\n本月各项工作有序推进。\n').body.title).toBe('九月份工作简报')
  })

  it('treats a half-width full stop after Chinese as a sentence end but not one inside a number', () => {
    const item = parsed('标题\n\n导语。\n\n1、资金3.5万元到位.余款下月拨付。\n').body.items[0]
    expect(item?.lead).toBe('资金3.5万元到位.')
    expect(item?.paragraphs).toEqual(['余款下月拨付。'])
  })

  it('gives the same answer every time for the same text', () => {
    expect(parseBulletin(reference)).toEqual(parseBulletin(reference))
  })
})
