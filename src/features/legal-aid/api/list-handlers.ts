import { legalAidContract, type HandlerView } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** The lawyers and staff a case can be handed to. */
export function listHandlers(): Promise<readonly HandlerView[]> {
  return callAction(legalAidContract, 'listHandlers', {})
}
