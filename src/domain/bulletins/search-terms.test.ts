import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bulletinSearchParts } from './bulletin-search-parts'
import { parseBulletin } from './parse-bulletin'
import { documentSearchTerms, matchesQuery, MAX_DOCUMENT_TERMS, MAX_QUERY_TERMS, queryTerms } from './search-terms'

const reference = readFileSync(new URL('./fixtures/jingzhou-work-brief-2017-no10.txt', import.meta.url), 'utf8')
const parsed = parseBulletin(reference)
if (!parsed.ok) throw new Error('the reference bulletin was refused')
const referenceParts = [...bulletinSearchParts(parsed.bulletin.header, parsed.bulletin.body), '联系电话：0716-8219262']

interface StoredDocument {
  readonly id: string
  readonly text: string
  readonly searchTerms: readonly string[]
}

function stored(id: string, parts: readonly string[]): StoredDocument {
  return { id, text: parts.join('\n'), searchTerms: documentSearchTerms(parts) }
}

// What the cloud function does: `where({ searchTerms: _.all(terms) })` on the multikey index, then verify.
function search(documents: readonly StoredDocument[], query: string): string[] {
  const terms = queryTerms(query)
  if (terms === null) return []
  return documents
    .filter((document) => terms.every((term) => document.searchTerms.includes(term)))
    .filter((document) => matchesQuery(document.text, query))
    .map((document) => document.id)
}

const documents = [
  stored('reference', referenceParts),
  stored('stations', ['新增户外职工驿站 3 家', '江陵县爱心驿站开放，提供饮水、休息。']),
  stored('legal', ['农民工讨薪维权指南', '遇到欠薪可拨打 12351 职工服务热线。']),
  stored('training', ['金融知识培训', '蓝领技能提升计划报名开始。']),
]

describe('searching bulletins by indexed terms', () => {
  it.each([
    ['驿站', ['reference', 'stations']],
    ['农民工维权', ['reference']],
    ['爱心驿站', ['reference', 'stations']],
    ['金蓝领', ['reference']],
    ['8219262', ['reference']],
    ['８２１９２６２', ['reference']],
    ['12351', ['legal']],
    ['维权', ['reference', 'legal']],
    ['驿站 江陵', ['reference', 'stations']],
    ['驿站 宜昌', []],
    ['站', ['reference', 'stations']],
  ])('finds %s in exactly the documents that contain it', (query, ids) => {
    expect(search(documents, query)).toEqual(ids)
  })

  it('does not return a document that holds the terms apart but not together', () => {
    // 金融 … 蓝领 holds 金 and 蓝领 but never 金蓝领.
    expect(documentSearchTerms(['金融知识培训', '蓝领技能提升计划报名开始。'])).toEqual(
      expect.arrayContaining(['金', '蓝领']),
    )
    expect(search(documents, '金蓝领')).not.toContain('training')
  })
})

describe('document terms', () => {
  it('are the single characters and neighbouring pairs, without punctuation or spaces', () => {
    expect(documentSearchTerms(['“驿站”开放！'])).toEqual(['驿', '驿站', '站', '站开', '开', '开放', '放'])
  })

  it('are distinct across parts and never pair characters of different parts', () => {
    expect(documentSearchTerms(['驿站', '驿站'])).toEqual(['驿', '驿站', '站'])
    expect(documentSearchTerms(['驿站', '开放'])).not.toContain('站开')
  })

  it('fold full-width letters and digits and lower-case latin words', () => {
    expect(documentSearchTerms(['ＷｉＦｉ'])).toEqual(['w', 'wi', 'i', 'if', 'f', 'fi'])
    expect(documentSearchTerms(['０７１６'])).toEqual(['0', '07', '7', '71', '1', '16', '6'])
  })

  it('keep latin and digit words apart where the text separates them', () => {
    expect(documentSearchTerms(['0716-8219262'])).not.toContain('68')
    expect(documentSearchTerms(['近 1000 人'])).toContain('近1')
  })

  it('stop at the cap for a very long document, keeping the terms of its first parts', () => {
    const distinct = Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('')
    const terms = documentSearchTerms(['标题', distinct])
    expect(terms).toHaveLength(MAX_DOCUMENT_TERMS)
    expect(terms.slice(0, 3)).toEqual(['标', '标题', '题'])
    expect(terms).not.toContain(String.fromCodePoint(0x4e00 + 2999))
  })

  it('fit the reference bulletin well inside the cap', () => {
    expect(documentSearchTerms(referenceParts).length).toBeLessThan(MAX_DOCUMENT_TERMS / 2)
  })
})

describe('query terms', () => {
  it('are the pairs of a query of two or more characters', () => {
    expect(queryTerms('驿站')).toEqual(['驿站'])
    expect(queryTerms('农民工维权')).toEqual(['农民', '民工', '工维', '维权'])
    expect(queryTerms('金蓝领')).toEqual(['金蓝', '蓝领'])
    expect(queryTerms('8219262')).toEqual(['82', '21', '19', '92', '26', '62'])
  })

  it('are the character itself for a one-character query', () => {
    expect(queryTerms('站')).toEqual(['站'])
    expect(queryTerms('９')).toEqual(['9'])
  })

  it('read full-width and half-width the same', () => {
    expect(queryTerms('８２１９２６２')).toEqual(queryTerms('8219262'))
    expect(queryTerms('ＷＩＦＩ驿站')).toEqual(queryTerms('wifi驿站'))
  })

  it('ignore punctuation', () => {
    expect(queryTerms('“爱心驿站”')).toEqual(queryTerms('爱心驿站'))
    expect(queryTerms('9月13日')).toEqual(['9月', '月1', '13', '3日'])
  })

  it('take words typed apart as separate words, each of which must be found', () => {
    expect(queryTerms('驿站 江陵')).toEqual(['驿站', '江陵'])
    expect(queryTerms('9 月 13 日')).toEqual(['9', '月', '13', '日'])
  })

  it('are null for a query with nothing to search for', () => {
    expect(queryTerms('')).toBeNull()
    expect(queryTerms('   ')).toBeNull()
    expect(queryTerms('，。！')).toBeNull()
  })

  it('are capped, taking from every word of the query', () => {
    const terms = queryTerms('中华全国总工会湖北省总工会荆州市总工会 驿站') ?? []
    expect(terms).toHaveLength(MAX_QUERY_TERMS)
    expect(terms).toContain('驿站')
  })
})

describe('verifying a candidate', () => {
  it('matches across quotation marks and the spaces around numbers', () => {
    const text = '一是开展“户外职工爱心驿站”建设工作。9 月 13 日，荆州市举办培训班。'
    expect(matchesQuery(text, '爱心驿站建设')).toBe(true)
    expect(matchesQuery(text, '9月13日')).toBe(true)
    expect(matchesQuery(text, '９月１３日')).toBe(true)
  })

  it('needs every word of a query, in any order', () => {
    expect(matchesQuery('江陵县爱心驿站开放', '驿站 江陵')).toBe(true)
    expect(matchesQuery('江陵县爱心驿站开放', '驿站 沙市')).toBe(false)
  })

  it('does not match across two parts of a document', () => {
    expect(matchesQuery(['新增驿站', '建设完成'].join('\n'), '驿站建设')).toBe(false)
  })

  it('does not match an empty query', () => {
    expect(matchesQuery('驿站', '')).toBe(false)
  })
})

describe('the parts of a bulletin to index', () => {
  it('put the title and the leads first, so a very long bulletin keeps them searchable', () => {
    const parts = bulletinSearchParts(parsed.bulletin.header, parsed.bulletin.body)
    expect(parts.slice(0, 3)).toEqual(['市总工会九月份工作完成情况', '“两项改革”有序推进。', '成功承办全省工会资产暨加强和规范工人文化宫管理工作推进会。'])
    expect(parts[parts.length - 1]).toBe('荆州市总工会')
    expect(parts).toContain('开展“户外职工爱心驿站”建设工作。目前，已按照“七个一”的标准完成荆州水务集团收费大厅、荆州先行集团长途客运站等2家“户外职工爱心驿站”示范点的建设任务。')
  })
})
