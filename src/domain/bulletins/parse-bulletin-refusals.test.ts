import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MAX_PASTED_CHARS, parseBulletin } from './parse-bulletin'
import type { ParseIssue } from './parse-result'

const reference = readFileSync(new URL('./fixtures/jingzhou-work-brief-2017-no10.txt', import.meta.url), 'utf8')

function refusal(text: string): readonly ParseIssue[] {
  const result = parseBulletin(text)
  if (result.ok) throw new Error('the text was accepted')
  return result.errors
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${from}`)
  return text.replace(from, to)
}

describe('texts the parser refuses, with the line and the reason', () => {
  it('refuses an empty text', () => {
    expect(refusal('')).toEqual([{ line: 1, reason: '没有内容' }])
    expect(refusal(' \n\n\u3000\n- 2 -\n')).toEqual([{ line: 1, reason: '没有内容' }])
  })

  it('refuses a text with no title before the items', () => {
    expect(refusal('\n1、驿站建设加快。\n2、培训开展顺利。\n')).toEqual([
      { line: 2, reason: '找不到标题：标题应单独占一行，写在期号、发文单位、日期之后，正文之前' },
    ])
  })

  it('refuses a header whose only plain line comes before the date, as if the title were missing', () => {
    const text = replaceOnce(reference, '市总工会九月份工作完成情况\n', '')
    expect(refusal(text)).toEqual([{ line: 10, reason: '找不到标题：标题应单独占一行，写在期号、发文单位、日期之后，正文之前' }])
  })

  it('refuses a title with no body', () => {
    expect(refusal('第 10 期\n荆州市总工会\n市总工会九月份工作完成情况\n')).toEqual([{ line: 3, reason: '标题之后没有正文' }])
  })

  it('refuses a date that does not exist (2017年2月30日)', () => {
    expect(refusal(replaceOnce(reference, '2017 年 9 月 30 日', '2017年2月30日'))).toEqual([
      { line: 7, reason: '日期“2017年2月30日”不存在，请核对年月日' },
    ])
    expect(refusal(replaceOnce(reference, '2017 年 9 月 30 日', '2017-13-01'))).toEqual([
      { line: 7, reason: '日期“2017-13-01”不存在，请核对年月日' },
    ])
  })

  it('refuses two 第N期 headers', () => {
    expect(refusal(replaceOnce(reference, '荆州市总工会\n', '荆州市总工会\n第 11 期\n'))).toEqual([
      { line: 6, reason: '期号重复：第 3 行已有“第 10 期”，这里又有“第 11 期”' },
    ])
  })

  it('refuses two dates', () => {
    expect(refusal(replaceOnce(reference, '荆州市总工会\n', '荆州市总工会\n2017年10月1日\n'))).toEqual([
      { line: 8, reason: '日期重复：第 6 行已有“2017年10月1日”，这里又有“2017 年 9 月 30 日”' },
    ])
  })

  it('refuses issue 0', () => {
    expect(refusal(replaceOnce(reference, '第 10 期', '第0期'))).toEqual([{ line: 3, reason: '期号“第0期”不对：应在 1 到 9999 之间' }])
  })

  it('refuses a header line it cannot place', () => {
    expect(refusal(replaceOnce(reference, '荆州市总工会\n', '荆州市总工会\n荆州市总工会办公室\n'))).toEqual([
      { line: 6, reason: '无法识别的报头行“荆州市总工会办公室”：发文单位已在第 5 行' },
    ])
  })

  it('refuses text after the closing block', () => {
    expect(refusal(`${reference}\n\n8、补充一项工作。\n`)).toEqual([
      { line: 42, reason: '结尾（报、发、责任编辑、联系电话）之后不应再有正文：“8、补充一项工作。”' },
    ])
  })

  it('refuses a repeated 报 line', () => {
    expect(refusal(replaceOnce(reference, '发：', '报：'))).toEqual([{ line: 36, reason: '“报”重复：第 35 行已经写过' }])
  })

  it('refuses a phone number that is not one', () => {
    expect(refusal(replaceOnce(reference, '联系电话：8219262', '联系电话：施晓露'))).toEqual([
      { line: 40, reason: '“施晓露”不像电话号码：只能有数字、- 和括号，例如 0716-8219262' },
    ])
  })

  it('refuses an editor line with a field it does not know', () => {
    expect(refusal(replaceOnce(reference, '责任编辑：施晓露', '责任编辑：施晓露 审核：张三'))).toEqual([
      { line: 38, reason: '无法识别“责任编辑：施晓露 审核：张三”：冒号后应只有编辑的名字' },
    ])
  })

  it('refuses a lead with no full stop within 200 characters', () => {
    const long = '驿站建设'.repeat(60)
    expect(refusal(`标题\n\n导语。\n\n1、${long}\n`)).toEqual([
      { line: 5, reason: '第 1 项的要点句超过 200 字：要点句是编号后的第一句话，应以句号结尾（“驿站建设驿站建设驿站建设驿站建设驿站建设驿站建设驿站建设驿站…”）' },
    ])
  })

  it('refuses a closing field or a page number run into a lead', () => {
    expect(refusal('标题\n\n导语。\n\n1、驿站建设加快。报：省总工会\n')).toEqual([
      { line: 5, reason: '第 1 项要点句后面的“报：省总工会”应另起一行' },
    ])
    expect(refusal('标题\n\n导语。\n\n1、驿站建设加快。（一）加快建设。- 2 -\n')).toEqual([
      { line: 5, reason: '第 1 项的“（一）”要点句后面的“- 2 -”应另起一行' },
    ])
  })

  it('refuses more than 50 items', () => {
    const items = Array.from({ length: 51 }, (_, i) => `${i + 1}、第 ${i + 1} 项工作。`).join('\n')
    expect(refusal(`标题\n导语。\n${items}\n`)).toEqual([{ line: 53, reason: '条目超过 50 项' }])
  })

  it('refuses a paragraph over 2,000 characters', () => {
    const paragraph = `${'职工服务'.repeat(501)}。`
    expect(refusal(`标题\n\n${paragraph}\n`)).toEqual([
      { line: 3, reason: '段落超过 2000 字，请分段（“职工服务职工服务职工服务职工服务职工服务职工服务职工服务职工…”）' },
    ])
  })

  it('refuses a text far too long to be one bulletin, before reading it', () => {
    expect(refusal('职'.repeat(MAX_PASTED_CHARS + 1))).toEqual([
      { line: 1, reason: `文本太长（超过 ${MAX_PASTED_CHARS} 字），一次只能导入一期简报` },
    ])
  })

  it('refuses more than 60 points below one item', () => {
    const points = Array.from({ length: 61 }, (_, i) => `（${i + 1}）第 ${i + 1} 点。`).join('\n')
    expect(refusal(`标题\n导语。\n1、工作。\n${points}\n`)).toEqual([{ line: 64, reason: '第 1 项下的小点超过 60 个' }])
  })

  it('lists several problems at once, in line order', () => {
    const text = replaceOnce(replaceOnce(reference, '2017 年 9 月 30 日', '2017年2月30日'), '联系电话：8219262', '联系电话：施晓露')
    expect(refusal(text).map((error) => error.line)).toEqual([7, 40])
  })
})
