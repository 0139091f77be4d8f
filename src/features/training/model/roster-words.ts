import type { CourseRoster, RosterRow, SessionView } from '../../../domain/contracts/training'
import { monthDayWords } from '../../../domain/legal-aid/when-words'

/** `张三 · 138****8000 · 农民工`: who the row is, without the full number. */
export function rosterPerson(row: RosterRow): string {
  return [row.name ?? '（未填姓名）', row.phoneMasked, row.audienceLabel].filter((part): part is string => part !== null && part !== '').join(' · ')
}

/** The state in words, with the waitlist position and a quota place said. */
export function rosterState(row: RosterRow): string {
  const position = row.state === 'waiting' && row.position !== null ? ` 第 ${row.position} 位` : ''
  const quota = row.fromQuota === null ? '' : `（${row.fromQuota}名额）`
  return `${row.stateLabel}${position}${quota}`
}

/** One session of a row: attended or not, in words (✓/✗ drawn too), and the label read with it. */
export function attendanceCell(row: RosterRow, session: SessionView, index: number): { readonly attended: boolean; readonly text: string; readonly spoken: string } {
  const attended = row.attendedSessionIds.includes(session.sessionId)
  // Short enough to stay on one line in 长辈模式; the day is in the words read out, and in the session list above.
  const when = `第 ${index + 1} 次`
  return { attended, text: `${when} ${attended ? '✓ 已到' : '✗ 未到'}`, spoken: `${row.name ?? ''}${when}（${monthDayWords(Date.parse(session.startsAt))}）${attended ? '已到，点一下改为未到' : '未到，点一下改为已到'}` }
}

/** `已到 3 / 8 次`, and 已结业 when done. */
export function rosterAttendance(row: RosterRow, sessionCount: number): string {
  return `已到 ${row.attendedSessionIds.length} / ${sessionCount} 次${row.completed ? ' · 已结业' : ''}`
}

/** Only people holding a place take part in sessions: the others have no attendance to set. */
export function takesPart(row: RosterRow): boolean {
  return row.state === 'enrolled'
}

/** The roster's head line: `已报名 80 人，候补 12 人`. */
export function rosterCounts(roster: Pick<CourseRoster, 'enrolled' | 'waiting'>): string {
  return `已报名 ${roster.enrolled} 人，候补 ${roster.waiting} 人`
}

/** What the cancel confirmation says: how many people will be told. */
export function cancelCourseWarning(roster: Pick<CourseRoster, 'enrolled' | 'waiting'>): string {
  const people = roster.enrolled + roster.waiting
  return people === 0
    ? '还没有人报名。取消后这门课不再显示在报名列表里。'
    : `取消后会通知 ${people} 人（已报名 ${roster.enrolled} 人，候补 ${roster.waiting} 人），原因会写在通知里。取消不能撤回。`
}
