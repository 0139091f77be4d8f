import { describe, expect, it } from 'vitest'
import { parseBulletin } from './parse-bulletin'
import { validateBulletin } from './validate-bulletin'

const notice = ['荆州市总工会', '', '2017年6月28日', '', '关于开展“夏送清凉”活动的通知', '', '各县市区总工会、各驻会产业工会：', '', '市总工会决定在全市开展“夏送清凉”活动。', '', '各单位要重点慰问户外劳动者。', ''].join('\n')

describe('a notice (通知公告): no 第N期, a salutation, plain paragraphs', () => {
  it('reads the salutation ending in a colon as a paragraph of its own', () => {
    const result = parseBulletin(notice)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.bulletin.header).toEqual({ issueNumber: null, issuer: '荆州市总工会', issuedOn: '2017-06-28' })
    expect(result.bulletin.body.intro).toEqual(['各县市区总工会、各驻会产业工会：', '市总工会决定在全市开展“夏送清凉”活动。', '各单位要重点慰问户外劳动者。'])
    expect(result.bulletin.body.items).toEqual([])
  })

  it('accepts such a notice typed into the form', () => {
    const result = parseBulletin(notice)
    if (!result.ok) throw new Error('refused')
    expect(validateBulletin(result.bulletin.header, result.bulletin.body)).toEqual([])
  })

  it('still rejoins a paragraph a page break cut anywhere but after a colon', () => {
    const result = parseBulletin(notice.replace('开展“夏送清凉”活动。', '开展“夏送\n\n清凉”活动。'))
    if (!result.ok) throw new Error('refused')
    expect(result.bulletin.body.intro[1]).toBe('市总工会决定在全市开展“夏送清凉”活动。')
  })
})
