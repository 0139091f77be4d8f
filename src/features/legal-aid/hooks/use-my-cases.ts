import type { MyCasesPage } from '../../../domain/contracts/legal-aid'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { listMyCases } from '../api/list-my-cases'

/** The caller's bookings and cases, newest first (the first page). */
export function useMyCases(): RemoteState<MyCasesPage> {
  return useRemote(() => listMyCases(), [], { isEmpty: page => page.items.length === 0 })
}
