import { minutesToClockTime } from '../../src/domain/time/clock-time'
import { shanghaiParts } from '../../src/domain/time/shanghai-time'
import { AUDIENCE_LABELS, COURSE_KIND_LABELS } from '../../src/domain/training/course-kinds'
import { attendedSessionIds } from '../../src/domain/training/course-rules'
import { ENROLLMENT_STATE_LABELS } from '../../src/domain/training/enrollment-states'
import type { CourseDocument } from '../../src/domain/training/stored-documents'
import type { RosterEntry } from './roster-order'

function when(instant: Date): string {
  const parts = shanghaiParts(instant)
  return `${parts.dateKey} ${minutesToClockTime(parts.minuteOfDay)}`
}

/** The export's file name: the course and the day, as staff find it in their downloads. */
export function rosterFileName(course: Pick<CourseDocument, 'title'>, now: Date): string {
  const safe = course.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40)
  return `${safe}_名单_${shanghaiParts(now).dateKey}.xlsx`
}

export const ROSTER_HEADERS = ['序号', '姓名', '手机号', '身份', '年龄', '工作单位', '基层工会', '工种', '状态', '候补位次', '名额来源', '报名时间'] as const

/**
 * The roster as an XLSX workbook: one line a person with a column per session (✓ attended), the count
 * and completion, and a sheet describing the course. Built here for both the staff page's download and
 * `npm run export:roster`; `onRow` reports each line written (the command's progress bar).
 */
export async function buildRosterWorkbook(course: CourseDocument, entries: readonly RosterEntry[], onRow: (written: number) => void = () => undefined): Promise<Buffer> {
  // Loaded on first use: the library is large and most calls of the function never export.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = course.organiser
  const sheet = workbook.addWorksheet('名单', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] })
  const sessionIds = course.sessions.map(session => session.sessionId)
  const sessionHeaders = course.sessions.map((session, index) => `第${index + 1}次 ${shanghaiParts(session.startsAt).dateKey.slice(5)}`)
  sheet.addRow([...ROSTER_HEADERS, ...sessionHeaders, '出勤次数', '是否结业', '证书编号'])
  sheet.getRow(1).font = { bold: true }
  entries.forEach(({ enrollment, position }, index) => {
    const details = enrollment.details ?? null
    const attended = new Set(attendedSessionIds(enrollment.attendance, sessionIds))
    const quota = enrollment.quotaId === null ? null : course.quotas.find(candidate => candidate.quotaId === enrollment.quotaId)
    sheet.addRow([
      index + 1,
      details?.name ?? '（已注销）',
      details?.phone ?? '',
      details === null ? '' : AUDIENCE_LABELS[details.audience],
      details?.age ?? '',
      details?.employer ?? '',
      details?.union ?? '',
      details?.trade ?? '',
      ENROLLMENT_STATE_LABELS[enrollment.state],
      position ?? '',
      quota === undefined || quota === null ? '公开名额' : quota.union,
      when(enrollment.signedUpAt),
      ...sessionIds.map(sessionId => (attended.has(sessionId) ? '✓' : '')),
      attended.size,
      enrollment.completedAt === null ? '否' : '是',
      enrollment.certificateNo ?? '',
    ])
    onRow(index + 1)
  })
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 6 : index === 2 ? 14 : index === 11 ? 18 : 12
  })
  const about = workbook.addWorksheet('课程')
  about.addRows([
    ['课程', course.title],
    ['类型', COURSE_KIND_LABELS[course.kind]],
    ['主办', course.organiser],
    ['地点', course.venue],
    ['名额', course.capacity],
    ...course.sessions.map((session, index) => [`第${index + 1}次`, `${session.title} ${when(session.startsAt)}–${minutesToClockTime(shanghaiParts(session.endsAt).minuteOfDay)} ${session.venue ?? course.venue}`]),
  ])
  about.getColumn(1).width = 10
  about.getColumn(2).width = 60
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
