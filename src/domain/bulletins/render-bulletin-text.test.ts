import * as fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Bulletin, BulletinBody, BulletinHeader, BulletinItem, BulletinPoint, BulletinPointLevel, BulletinSubPoint } from './bulletin'
import { toIsoDate } from './calendar-date'
import { toChineseNumeral } from './chinese-numerals'
import { HEADING_MAX_CHARS } from './line-grammar'
import { parseBulletin } from './parse-bulletin'
import { renderBulletinText } from './render-bulletin-text'
import { validateBulletin } from './validate-bulletin'

const reference = readFileSync(new URL('./fixtures/jingzhou-work-brief-2017-no10.txt', import.meta.url), 'utf8')

function reparse({ header, body }: Bulletin): Bulletin | null {
  const result = parseBulletin(renderBulletinText(header, body))
  return result.ok ? result.bulletin : null
}

const parsedReference = (() => {
  const result = parseBulletin(reference)
  if (!result.ok) throw new Error('the reference bulletin was refused')
  return result.bulletin
})()

describe('printing a bulletin back as text', () => {
  it('prints the reference bulletin in the layout of the paper original', () => {
    const lines = renderBulletinText(parsedReference.header, parsedReference.body).split('\n')
    expect(lines.slice(0, 10)).toEqual([
      '第 10 期',
      '',
      '荆州市总工会',
      '',
      '2017年9月30日',
      '',
      '市总工会九月份工作完成情况',
      '',
      '按照年度和月度工作计划，市总工会各部室积极落实工作任务，各项工作有序推进，较好完成本月工作目标任务。',
      '',
    ])
    expect(lines).toContain('1、“两项改革”有序推进。')
    expect(lines).toContain('二是全市产业工人队伍建设改革工作推进有力。市总工会按照省总工会和市委的安排部署，勇担责任，主动谋划，成立了领导小组和工作专班，在前期调查摸底的基础上，列出实施方案的提纲和责任部门，正在开展实施方案的起草工作。')
    const report = lines.indexOf('报：省总工会、市“四大家”有关领导、市“四大家”办公室')
    expect(lines[report + 1]).toBe('发：各县市区总工会、市总机关各部室、各驻会产业工会')
    expect(lines.slice(-4)).toEqual(['责任编辑：施晓露', '', '联系电话：8219262', ''])
  })

  it('gives back the reference bulletin when its print is parsed', () => {
    expect(reparse(parsedReference)).toEqual(parsedReference)
  })

  it('prints only the header fields that are set', () => {
    const text = renderBulletinText({ issueNumber: null, issuer: null, issuedOn: '2017-09-30' }, parsedReference.body)
    expect(text.startsWith('2017年9月30日\n\n市总工会九月份工作完成情况\n')).toBe(true)
  })
})

// Realistic bulletins, built the way staff write them, to show that every one of them survives the trip.
const cjkWord = fc.constantFrom('工会', '职工', '驿站', '农民工', '维权', '服务', '培训', '“金蓝领”', '开展', '荆州', '户外', '劳动者', '法律')
const anyWord = fc.oneof(cjkWord, fc.constantFrom('9 月 13 日', '1000 人', 'WiFi', '3.5万元', '（试点）', '“健康女性 幸福生活”'))
const phrase = fc.tuple(cjkWord, fc.array(anyWord, { maxLength: 5 })).map(([first, rest]) => [first, ...rest].join(''))
const sentence = (ends: readonly string[]) =>
  fc.tuple(fc.array(phrase, { minLength: 1, maxLength: 3 }), fc.constantFrom(...ends)).map(([phrases, end]) => `${phrases.join('，')}${end}`)
const paragraph = fc.array(sentence(['。', '！', '？', '；']), { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(''))

// The numbering families and the ways each is typed; a bulletin gives each level its own family.
type Label = (n: number) => string
const FAMILIES: readonly (readonly Label[])[] = [
  [(n) => `${n}、`, (n) => `${n}.`, (n) => `${n}．`, (n) => `${n})`],
  [(n) => `${toChineseNumeral(n)}、`],
  [(n) => `（${toChineseNumeral(n)}）`, (n) => `(${toChineseNumeral(n)})`],
  [(n) => `（${n}）`, (n) => `(${n})`],
]
// Four levels, each a family (in any order, GB/T 9704's 一、 （一） 1. （1） among them) and one way of typing it.
const levelLabels = fc
  .tuple(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), fc.array(fc.nat(3), { minLength: 4, maxLength: 4 }))
  .map(([order, forms]) => order.map((family, level) => {
    const typed = FAMILIES[family] ?? []
    return typed[(forms[level] ?? 0) % typed.length] ?? ((n: number) => `${n}、`)
  }))
const subPointOrdinals = fc.constantFrom<(n: number) => string>(
  (n) => `${toChineseNumeral(n)}是`,
  (n) => String.fromCodePoint(0x245f + n),
)

const subPoints = fc
  .tuple(subPointOrdinals, fc.array(fc.array(paragraph, { minLength: 1, maxLength: 2 }), { maxLength: 4 }))
  .map(([ordinal, texts]): BulletinSubPoint[] => texts.map((parts, i) => ({ ordinal: ordinal(i + 1), text: parts.join('\n') })))

// A lead is a sentence, a short heading without punctuation, or a phrase ending in a colon before sub-points.
const itemBody = fc
  .tuple(fc.array(paragraph, { maxLength: 2 }), subPoints, fc.constantFrom('sentence', 'heading', 'colon'), sentence(['。', '！', '？', '；']), phrase)
  .map(([paragraphs, points, leadKind, sentenceLead, headingLead]) => {
    const colonAllowed = paragraphs.length === 0 && points.length > 0
    const lead =
      leadKind === 'heading' && headingLead.length <= HEADING_MAX_CHARS
        ? headingLead
        : leadKind === 'colon' && colonAllowed
          ? `${headingLead}：`
          : sentenceLead
    return { lead, paragraphs, subPoints: points }
  })

// The levels of an item's points in reading order: each at most one deeper than the one before it.
const pointLevels = fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 5 }).map((steps) => {
  const levels: BulletinPointLevel[] = []
  for (const step of steps) {
    const deepest = Math.min(4, (levels[levels.length - 1] ?? 1) + 1)
    levels.push(Math.max(2, deepest - step) as BulletinPointLevel)
  }
  return levels
})

// Points numbered 1, 2, 3… under their parent, in their level's family.
function numberPoints(levels: readonly BulletinPointLevel[], labels: readonly Label[], bodies: readonly Omit<BulletinPoint, 'level' | 'label'>[]): BulletinPoint[] {
  const counters = [0, 0, 0, 0, 0]
  return levels.map((level, k) => {
    counters[level] = (counters[level] ?? 0) + 1
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0
    const body = bodies[k] ?? { lead: '工作。', paragraphs: [], subPoints: [] }
    return { level, label: (labels[level - 1] ?? String)(counters[level] ?? 1), ...body }
  })
}

const itemWithPoints = fc.tuple(itemBody, pointLevels, fc.array(itemBody, { minLength: 5, maxLength: 5 }))

const items = fc
  .tuple(levelLabels, fc.array(itemWithPoints, { maxLength: 6 }))
  .map(([labels, entries]): BulletinItem[] =>
    entries.map(([body, levels, pointBodies], i) => ({
      number: i + 1,
      label: (labels[0] ?? String)(i + 1),
      ...body,
      points: numberPoints(levels, labels, pointBodies),
    })),
  )

const names = fc.array(
  phrase.filter((name) => name.length <= 60),
  { maxLength: 4 },
)

const validBody: fc.Arbitrary<BulletinBody> = fc
  .record({
    title: phrase.filter((title) => title.length <= 80),
    intro: fc.array(paragraph, { maxLength: 2 }),
    items,
    distribution: fc.record({ reportTo: names, sendTo: names, copyTo: names }),
    editor: fc.constantFrom(null, '施晓露', '张 三'),
    phone: fc.constantFrom(null, '8219262', '0716-8219262', '(0716)8219262', '13800138000'),
  })
  .filter((body) => body.intro.length + body.items.length > 0)

const validHeader: fc.Arbitrary<BulletinHeader> = fc.record({
  issueNumber: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: null }),
  issuer: fc.constantFrom(null, '荆州市总工会', '沙市区总工会', 'Jingzhou FTU'),
  issuedOn: fc.option(
    fc.record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }).map(toIsoDate),
    { nil: null },
  ),
})

// Lines made of the pieces the grammar turns on, to throw everything at the parser.
const tricky = ['工会', '驿站', '。', '，', '；', '：', '“', '”', '一是', '二是', '1、', '2、', '一、', '二、', '（一）', '（二）', '（1）', '(2)', '1.', '2.', '①', '报：', '发：', '责任编辑：', '联系电话：', '第10期', '2017年9月30日', '工作简报', ' ', '- 2 -', '!', '8219262', '、', '.', '5', '十', '是']
const trickyLine = fc.array(fc.constantFrom(...tricky), { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''))
const trickyText = fc.array(fc.oneof(trickyLine, fc.constant('')), { minLength: 1, maxLength: 25 }).map((lines) => lines.join('\n'))

// Each property parses and prints thousands of bulletins: room for a machine busy with other work.
const PROPERTY_TIMEOUT_MS = 60_000

describe('render and parse are inverses', () => {
  it('accepts every realistic bulletin and gives it back unchanged after printing and parsing', () => {
    fc.assert(
      fc.property(validHeader, validBody, (header, body) => {
        expect(validateBulletin(header, body)).toEqual([])
        expect(reparse({ header, body })).toEqual({ header, body })
      }),
      { numRuns: 400 },
    )
  }, PROPERTY_TIMEOUT_MS)

  it('only ever accepts text whose bulletin is valid and prints back to itself', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const result = parseBulletin(text)
        if (!result.ok) return
        expect(validateBulletin(result.bulletin.header, result.bulletin.body)).toEqual([])
        expect(reparse(result.bulletin)).toEqual(result.bulletin)
      }),
      { numRuns: 3000 },
    )
  }, PROPERTY_TIMEOUT_MS)

  it('reads numbering of every family run in and on its own lines, and whatever it accepts prints back to itself', () => {
    const label = fc.constantFrom('一、', '二、', '三、', '（一）', '（二）', '（三）', '(一)', '1.', '2.', '3.', '1、', '2、', '（1）', '（2）', '(1)', '(3)', '１、', '1．', '一是', '二是', '①', '②')
    const word = fc.constantFrom('工会', '驿站', '职工', '“金蓝领”', '培训', '2017年', '9 月', '3.5万元', 'WiFi', '“', '”')
    const said = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('。', '；', '：', '，', '', '！', '…', '.')).map(([words, end]) => `${words.join('')}${end}`)
    const line = fc.array(fc.oneof(said, fc.tuple(label, said).map(([l, s]) => `${l}${s}`)), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''))
    const text = fc
      .tuple(fc.array(fc.oneof(line, fc.constant(''), fc.constant('- 2 -')), { minLength: 1, maxLength: 20 }), fc.boolean())
      .map(([lines, closing]) => ['第 3 期', '荆州市总工会', '2017年9月30日', '标题', '导语。', ...lines, ...(closing ? ['报：省总工会', '责任编辑：张三'] : [])].join('\n'))
    fc.assert(
      fc.property(text, (pasted) => {
        const result = parseBulletin(pasted)
        if (!result.ok) return
        expect(validateBulletin(result.bulletin.header, result.bulletin.body)).toEqual([])
        expect(reparse(result.bulletin)).toEqual(result.bulletin)
      }),
      { numRuns: 1500 },
    )
  }, PROPERTY_TIMEOUT_MS)

  it('gives back unchanged any edited bulletin the validator lets through, however odd', () => {
    const oddText = fc.array(fc.constantFrom(...tricky), { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''))
    const oddBody: fc.Arbitrary<BulletinBody> = fc.record({
      title: oddText,
      intro: fc.array(oddText, { maxLength: 2 }),
      items: fc.array(
        fc.record({
          lead: oddText,
          paragraphs: fc.array(oddText, { maxLength: 2 }),
          subPoints: fc.array(fc.record({ ordinal: fc.constantFrom('一是', '二是', '①'), text: oddText }), { maxLength: 2 }),
          points: fc.array(
            fc.record({
              level: fc.constantFrom<BulletinPointLevel>(2, 3, 4),
              label: fc.constantFrom('（一）', '（二）', '1.', '2.', '（1）', '1、'),
              lead: oddText,
              paragraphs: fc.array(oddText, { maxLength: 1 }),
              subPoints: fc.constant([]),
            }),
            { maxLength: 3 },
          ),
        }),
        { maxLength: 3 },
      ).map((drafts) => drafts.map((draft, i) => ({ number: i + 1, label: `${i + 1}、`, ...draft }))),
      distribution: fc.record({ reportTo: fc.array(oddText, { maxLength: 2 }), sendTo: fc.constant([]), copyTo: fc.constant([]) }),
      editor: fc.option(oddText, { nil: null }),
      phone: fc.constantFrom(null, '8219262'),
    })
    const oddHeader = fc.record({ issueNumber: fc.constantFrom(null, 10), issuer: fc.option(oddText, { nil: null }), issuedOn: fc.constantFrom(null, '2017-09-30') })
    fc.assert(
      fc.property(oddHeader, oddBody, (header, body) => {
        if (validateBulletin(header, body).length > 0) return
        expect(reparse({ header, body })).toEqual({ header, body })
      }),
      { numRuns: 3000 },
    )
  }, PROPERTY_TIMEOUT_MS)
})
