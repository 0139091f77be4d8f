import type { Options } from 'mingo/types'
import { isoWeekYear, sundayWeekOfYear } from './calendar-weeks'
import { evalDateArgument } from './date-argument'

/** `$week`: 0–53, weeks starting on Sunday (mingo counts ISO weeks shifted by a day instead). */
export function $week(obj: unknown, expr: unknown, options: Options): number | null {
  const date = evalDateArgument(obj, expr, options, '$week')
  return date === null ? null : sundayWeekOfYear(date.local)
}

/** `$isoWeekYear`: the ISO week-numbering year (mingo only corrects January 1st). */
export function $isoWeekYear(obj: unknown, expr: unknown, options: Options): number | null {
  const date = evalDateArgument(obj, expr, options, '$isoWeekYear')
  return date === null ? null : isoWeekYear(date.local)
}
