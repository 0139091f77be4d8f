import type { PayloadOf } from '../../../domain/contracts/define-contract'
import { legalAidContract, type MyCase } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

export type BookSlotPayload = PayloadOf<(typeof legalAidContract)['actions']['bookSlot']>

/** Books a place; the same requestId on a retry returns the same booking. */
export function bookSlot(payload: BookSlotPayload, requestId: string): Promise<MyCase> {
  return callAction(legalAidContract, 'bookSlot', payload, { requestId })
}
