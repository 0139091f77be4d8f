import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { BulletinBody } from './bulletin'
import { parseBulletin } from './parse-bulletin'
import { bulletinSummary } from './summarise'

const reference = readFileSync(new URL('./fixtures/jingzhou-work-brief-2017-no10.txt', import.meta.url), 'utf8')
const parsed = parseBulletin(reference)
if (!parsed.ok) throw new Error('the reference bulletin was refused')
const { body } = parsed.bulletin

const noDistribution = { reportTo: [], sendTo: [], copyTo: [] }
function item(number: number, lead: string): BulletinBody['items'][number] {
  return { number, label: `${number}、`, lead, paragraphs: [], subPoints: [], points: [] }
}

describe('the two-line summary of a bulletin', () => {
  it('is the intro, cut with an ellipsis to the length asked for', () => {
    expect(bulletinSummary(body, 28)).toBe('按照年度和月度工作计划，市总工会各部室积极落实工作任务…')
    expect(Array.from(bulletinSummary(body, 28)).length).toBeLessThanOrEqual(28)
  })

  it('is the whole intro when it fits', () => {
    expect(bulletinSummary(body, 100)).toBe(body.intro[0])
  })

  it('does not leave a comma before the ellipsis', () => {
    expect(bulletinSummary(body, 13)).toBe('按照年度和月度工作计划…')
  })

  it('uses the leads when the intro only introduces the items', () => {
    const summary = bulletinSummary(
      { ...body, intro: ['现将本月工作情况简报如下：'], items: [item(1, '驿站建设加快。'), item(2, '加强工会经费管理')] },
      40,
    )
    expect(summary).toBe('驿站建设加快。加强工会经费管理；')
  })

  it('uses the leads when there is no intro', () => {
    expect(bulletinSummary({ ...body, intro: [] }, 20)).toBe('“两项改革”有序推进。成功承办全省工会…')
  })

  it('counts characters, not UTF-16 units, and never splits one', () => {
    const rare: BulletinBody = { title: '标题', intro: ['𠀀𠀁𠀂𠀃𠀄𠀅。'], items: [], distribution: noDistribution, editor: null, phone: null }
    expect(bulletinSummary(rare, 7)).toBe('𠀀𠀁𠀂𠀃𠀄𠀅。')
    expect(bulletinSummary(rare, 4)).toBe('𠀀𠀁𠀂…')
  })

  it('is empty when no room is given', () => {
    expect(bulletinSummary(body, 0)).toBe('')
  })
})
