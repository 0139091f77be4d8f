import { legalAidContract, type SlotsAnswer } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** A service's slots of the next two weeks, by day; full ones are marked full. */
export function listSlots(serviceKey: string): Promise<SlotsAnswer> {
  return callAction(legalAidContract, 'listSlots', { serviceKey })
}
