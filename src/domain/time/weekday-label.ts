import type { Weekday } from './shanghai-time'

const LABELS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const

/** 1 → `周一` … 7 → `周日`: the short form people say and signs print. */
export function weekdayLabel(weekday: Weekday): string {
  return LABELS[weekday - 1] ?? '周一'
}

/**
 * A set of weekdays as a sign would print it: `每天`, `周一至周五`, `周六、周日`, `周一至周三、周五`.
 * Runs of three or more days read `至`; shorter runs are listed.
 */
export function describeWeekdays(days: readonly Weekday[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  if (sorted.length === 7) return '每天'
  const runs: { first: Weekday; last: Weekday }[] = []
  for (const day of sorted) {
    const run = runs[runs.length - 1]
    if (run !== undefined && day === run.last + 1) run.last = day
    else runs.push({ first: day, last: day })
  }
  return runs
    .flatMap(({ first, last }) => {
      if (last - first >= 2) return [`${weekdayLabel(first)}至${weekdayLabel(last)}`]
      return first === last ? [weekdayLabel(first)] : [weekdayLabel(first), weekdayLabel(last)]
    })
    .join('、')
}
