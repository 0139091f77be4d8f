import { parseIsoDate } from '../../../domain/bulletins/calendar-date'
import { shanghaiDateKey } from '../../../domain/time/shanghai-time'

/** `2017-09-30` as people write it: 2017年9月30日. */
export function formatCalendarDate(iso: string): string {
  const date = parseIsoDate(iso)
  return date ? `${date.year}年${date.month}月${date.day}日` : iso
}

/** The date to show for a bulletin: the printed one, else the Shanghai day it was published. */
export function bulletinDate(issuedOn: string | null, publishedAt: string | null): string {
  if (issuedOn !== null) return formatCalendarDate(issuedOn)
  if (publishedAt === null) return ''
  return formatCalendarDate(shanghaiDateKey(Date.parse(publishedAt)))
}

/** 第 10 期, or '' for news without an issue number. */
export function issueLabel(issueNumber: number | null): string {
  return issueNumber === null ? '' : `第 ${issueNumber} 期`
}
