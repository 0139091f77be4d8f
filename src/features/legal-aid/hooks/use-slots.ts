import type { SlotsAnswer } from '../../../domain/contracts/legal-aid'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { listSlots } from '../api/list-slots'

/** A service's slots of the next two weeks; loads again when the service or `version` changes. */
export function useSlots(serviceKey: string, version: number): RemoteState<SlotsAnswer> {
  return useRemote(() => listSlots(serviceKey), [serviceKey, version], { isEmpty: answer => answer.days.length === 0 })
}
