import { describe, expect, it } from 'vitest'
import { timelineNote } from './case-timeline'

describe('the notes on a case’s timeline', () => {
  it('never repeats the outcome under 已办结, which the outcome card already shows', () => {
    expect(timelineNote({ status: 'closed', note: '调解解决' }, 'settled')).toBeNull()
    expect(timelineNote({ status: 'closed', note: null }, 'settled')).toBeNull()
  })

  it('keeps what the host wrote on every other step', () => {
    expect(timelineNote({ status: 'assigned', note: '李干事帮您和单位协商' }, null)).toBe('李干事帮您和单位协商')
    expect(timelineNote({ status: 'mediating', note: '调解解决' }, null)).toBe('调解解决')
    expect(timelineNote({ status: 'cancelled', note: '律师外出办案，这天暂停接待' }, null)).toBe('律师外出办案，这天暂停接待')
    expect(timelineNote({ status: 'attended', note: '' }, null)).toBeNull()
  })
})
