import { minutesToClockTime } from '../time/clock-time'
import { shanghaiParts, weekdayOfDateKey, type DateKey } from '../time/shanghai-time'
import { weekdayLabel } from '../time/weekday-label'

/** `2026-11-04` → `11月4日 周三`. */
export function dayWords(day: DateKey): string {
  const [, month, date] = day.split('-').map(Number)
  return `${month ?? ''}月${date ?? ''}日 ${weekdayLabel(weekdayOfDateKey(day))}`
}

/** `11月4日 周三 09:00–09:30`: when an appointment is, in the words on every screen and message. */
export function slotWords(day: DateKey, startMinute: number, endMinute: number): string {
  return `${dayWords(day)} ${minutesToClockTime(startMinute)}–${minutesToClockTime(endMinute)}`
}

/** An instant as `11月4日` in Shanghai. */
export function monthDayWords(instant: Date | number): string {
  const parts = shanghaiParts(instant)
  return `${parts.month}月${parts.day}日`
}
