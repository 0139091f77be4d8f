import { describe, expect, it } from 'vitest'
import { describeIssue, issueKeyOf } from './issue-key'

describe('the identity of a numbered issue', () => {
  it('is the issuer, the year and the number', () => {
    expect(issueKeyOf({ issueNumber: 10, issuer: '荆州市总工会', issuedOn: '2017-09-30' })).toBe('荆州市总工会|2017|10')
  })

  it('does not depend on spaces in the issuer or on the day of the year', () => {
    expect(issueKeyOf({ issueNumber: 10, issuer: ' 荆州市 总工会 ', issuedOn: '2017-01-02' })).toBe('荆州市总工会|2017|10')
  })

  it('is absent for news without a 第N期', () => {
    expect(issueKeyOf({ issueNumber: null, issuer: '荆州市总工会', issuedOn: '2017-09-30' })).toBeNull()
  })

  it('reads as words in a refusal', () => {
    expect(describeIssue({ issueNumber: 10, issuer: '荆州市总工会', issuedOn: '2017-09-30' })).toBe('荆州市总工会 2017 年第 10 期')
    expect(describeIssue({ issueNumber: 3, issuer: null, issuedOn: null })).toBe('第 3 期')
  })
})
