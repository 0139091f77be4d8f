import { bulletinsContract, type SavedDraft } from '../../../domain/contracts/bulletins'
import type { Bulletin } from '../../../domain/bulletins/bulletin'
import { callAction } from '../../../lib/cloud-client'

/** Staff: saves the drafted work bulletin as a new draft, through the bulletins function's own rules. */
export function saveReportDraft(kind: string, bulletin: Bulletin, requestId: string): Promise<SavedDraft> {
  return callAction(bulletinsContract, 'saveDraft', { kind, bulletin }, { requestId })
}
