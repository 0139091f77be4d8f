import type { TimeRange } from '../../../domain/legal-aid/roster'
import { isClockTime } from '../../../domain/time/clock-time'

const RANGE = /(\d{1,2})[:：](\d{2})\s*[-–—~～至到]+\s*(\d{1,2})[:：](\d{2})/g

function clock(hours: string, minutes: string): string {
  return `${hours.padStart(2, '0')}:${minutes}`
}

/** A roster's stretches of the day as staff read and type them: `09:00–11:30 14:00–16:00`. */
export function rosterTimesText(ranges: readonly TimeRange[]): string {
  return ranges.map(range => `${range.start}–${range.end}`).join(' ')
}

/**
 * The stretches typed, or null when the text holds anything else. Staff write them as they speak
 * (`9:00-11:30`, `14：00 至 16：00`, separated by spaces or commas); overlaps and lengths are the
 * server's to judge, with its own words.
 */
export function rosterTimesFrom(text: string): TimeRange[] | null {
  const ranges: TimeRange[] = []
  for (const match of text.matchAll(RANGE)) {
    const [, startHours = '', startMinutes = '', endHours = '', endMinutes = ''] = match
    ranges.push({ start: clock(startHours, startMinutes), end: clock(endHours, endMinutes) })
  }
  const rest = text.replace(RANGE, '').replace(/[\s,，、;；]+/g, '')
  if (ranges.length === 0 || rest !== '' || !ranges.every(range => isClockTime(range.start) && isClockTime(range.end))) return null
  return ranges
}
