import { useCallback, useState } from 'react'
import type { CancelledCourse, CheckInCode, CourseRoster, RosterExport, RosterRow } from '../../../domain/contracts/training'
import { useAction, type ActionState } from '../../../lib/use-action'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { cancelCourse } from '../api/cancel-course'
import { exportRoster } from '../api/export-roster'
import { getCheckInCode } from '../api/get-check-in-code'
import { getRoster } from '../api/get-roster'
import { setAttendance } from '../api/set-attendance'

export interface RosterState {
  readonly roster: RemoteState<CourseRoster>
  /** Rows of later pages, after 加载更多. */
  readonly moreRows: readonly RosterRow[]
  readonly hasMore: boolean
  readonly loadMore: ActionState<[], CourseRoster>
  readonly attendance: ActionState<[enrollmentId: string, sessionId: string, attended: boolean], RosterRow>
  readonly cancel: ActionState<[reason: string], CancelledCourse>
  readonly exportFile: ActionState<[], RosterExport>
  readonly code: ActionState<[sessionId: string], CheckInCode>
}

/** Staff: one course's roster with attendance, and what they do with it. */
export function useRoster(courseId: string): RosterState {
  const [version, setVersion] = useState(0)
  const reload = useCallback(() => setVersion(value => value + 1), [])
  const roster = useRemote(() => getRoster(courseId), [courseId, version], { isEmpty: () => false })
  const [more, setMore] = useState<{ readonly from: CourseRoster | undefined; readonly rows: readonly RosterRow[]; readonly cursor: string | null }>({ from: undefined, rows: [], cursor: null })
  const current = more.from === roster.data ? more : { from: roster.data, rows: [], cursor: roster.data?.nextCursor ?? null }
  const loadMore = useAction(async () => {
    const cursor = current.cursor
    if (cursor === null) throw new Error('no more rows')
    const page = await getRoster(courseId, cursor)
    setMore({ from: roster.data, rows: [...current.rows, ...page.rows], cursor: page.nextCursor })
    return page
  })
  const attendance = useAction(async (requestId: string, enrollmentId: string, sessionId: string, attended: boolean) => {
    const row = await setAttendance(courseId, enrollmentId, sessionId, attended, requestId)
    reload()
    return row
  })
  const cancel = useAction(async (requestId: string, reason: string) => {
    const result = await cancelCourse(courseId, reason, requestId)
    reload()
    return result
  })
  const exportFile = useAction(() => exportRoster(courseId))
  const code = useAction((_requestId: string, sessionId: string) => getCheckInCode(courseId, sessionId))
  return { roster, moreRows: current.rows, hasMore: current.cursor !== null, loadMore, attendance, cancel, exportFile, code }
}
