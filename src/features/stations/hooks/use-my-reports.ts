import type { MyReport, ReportsPage } from '../../../domain/contracts/stations'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { listMyReports } from '../api/list-my-reports'

/** The caller's reports, newest first (the first page). */
export function useMyReports(): RemoteState<ReportsPage<MyReport>> {
  return useRemote(() => listMyReports(), [], { isEmpty: page => page.items.length === 0 })
}
