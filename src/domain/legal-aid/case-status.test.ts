import { describe, expect, it } from 'vitest'
import { assigneesFor, canMoveCase, caseStatusLabel } from './case-status'

const handlers = [
  { userId: 'u-lawyer', name: '王律师', role: 'lawyer' as const },
  { userId: 'u-staff', name: '李干事', role: 'staff' as const },
  { userId: 'u-admin', name: '赵主任', role: 'admin' as const },
]

describe('handing a case on', () => {
  it('offers lawyers for 指派律师 and union staff for 领导包案', () => {
    expect(assigneesFor('lawyer', handlers).map(person => person.name)).toEqual(['王律师'])
    expect(assigneesFor('leader', handlers).map(person => person.name)).toEqual(['李干事', '赵主任'])
  })

  it('hands on a received or mediating case, hands an assigned one to someone else, and nothing finished', () => {
    expect(canMoveCase('attended', 'assigned')).toBe(true)
    expect(canMoveCase('mediating', 'assigned')).toBe(true)
    expect(canMoveCase('assigned', 'assigned')).toBe(true)
    expect(canMoveCase('booked', 'assigned')).toBe(false)
    expect(canMoveCase('closed', 'assigned')).toBe(false)
  })

  it('says 领导包案 for a case a leader follows', () => {
    expect(caseStatusLabel('assigned', 'leader')).toBe('领导包案')
    expect(caseStatusLabel('assigned', 'lawyer')).toBe('已指派律师')
  })
})
