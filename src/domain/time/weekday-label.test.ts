import { describe, expect, it } from 'vitest'
import { describeWeekdays, weekdayLabel } from './weekday-label'

describe('weekday labels', () => {
  it('names each weekday as signs do', () => {
    expect(weekdayLabel(1)).toBe('周一')
    expect(weekdayLabel(7)).toBe('周日')
  })

  it('prints runs of three or more with 至 and lists the rest', () => {
    expect(describeWeekdays([1, 2, 3, 4, 5, 6, 7])).toBe('每天')
    expect(describeWeekdays([1, 2, 3, 4, 5])).toBe('周一至周五')
    expect(describeWeekdays([6, 7])).toBe('周六、周日')
    expect(describeWeekdays([5, 1, 2, 3])).toBe('周一至周三、周五')
    expect(describeWeekdays([1, 3, 5])).toBe('周一、周三、周五')
    expect(describeWeekdays([3])).toBe('周三')
  })
})
