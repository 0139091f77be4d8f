import { describe, expect, it } from 'vitest'
import { highlightSegments, snippetAround } from './highlight'

describe('highlighting hits', () => {
  it('marks each hit and gives back the text exactly when joined', () => {
    const text = '开展“户外职工爱心驿站”建设工作，2家“户外职工爱心驿站”示范点。'
    const segments = highlightSegments(text, '爱心驿站')
    expect(segments.filter((segment) => segment.hit).map((segment) => segment.text)).toEqual(['爱心驿站', '爱心驿站'])
    expect(segments.map((segment) => segment.text).join('')).toBe(text)
  })

  it('highlights full-width digits for a query typed with half-width ones', () => {
    expect(highlightSegments('电话：０７１６－８２１９２６２', '8219262')).toEqual([
      { text: '电话：０７１６－', hit: false },
      { text: '８２１９２６２', hit: true },
    ])
  })

  it('highlights across the quotation mark a query leaves out', () => {
    expect(highlightSegments('“爱心驿站”建设', '驿站建设')).toEqual([
      { text: '“爱心', hit: false },
      { text: '驿站”建设', hit: true },
    ])
  })

  it('highlights every word of a query and merges hits that touch', () => {
    expect(highlightSegments('农民工维权服务月', '农民工 维权服务')).toEqual([{ text: '农民工维权服务', hit: true }, { text: '月', hit: false }])
  })

  it('leaves text without a hit as one plain run', () => {
    expect(highlightSegments('驿站', '培训')).toEqual([{ text: '驿站', hit: false }])
    expect(highlightSegments('驿站', '')).toEqual([{ text: '驿站', hit: false }])
    expect(highlightSegments('', '驿站')).toEqual([])
  })
})

describe('a snippet around the first hit', () => {
  const text = '按照年度和月度工作计划，市总工会各部室积极落实工作任务，开展“户外职工爱心驿站”建设工作，各项工作有序推进，较好完成本月工作目标任务。'

  it('keeps the given number of characters either side, marking the cuts', () => {
    expect(snippetAround(text, '爱心驿站', 5)).toBe('…“户外职工爱心驿站”建设工作…')
  })

  it('uses the room a hit near the start leaves on its right', () => {
    expect(snippetAround(text, '按照', 3)).toBe('按照年度和月度工…')
  })

  it('starts at the beginning when nothing matches', () => {
    expect(snippetAround(text, '培训', 4)).toBe('按照年度和月度工…')
  })

  it('returns the whole text when it is short enough, with line breaks as spaces', () => {
    expect(snippetAround('建设驿站。\n此外还完善了制度。', '驿站', 50)).toBe('建设驿站。 此外还完善了制度。')
  })

  it('never cuts a character in half', () => {
    const rare = '𠀀𠀁𠀂驿站𠀃𠀄𠀅'
    expect(snippetAround(rare, '驿站', 1)).toBe('…𠀂驿站𠀃…')
  })
})
