import { legalAidContract, type ClosedDay } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** Closes a day for one roster or the whole centre; its bookings are cancelled with a message and an apology. */
export function closeDay(day: string, rosterId: string | null, reason: string, requestId: string): Promise<ClosedDay> {
  return callAction(legalAidContract, 'closeDay', { day, reason, ...(rosterId === null ? {} : { rosterId }) }, { requestId })
}
