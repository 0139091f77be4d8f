import { bulletinsContract, type SavedDraft } from '../../../domain/contracts/bulletins'
import type { Bulletin } from '../../../domain/bulletins/bulletin'
import { callAction } from '../../../lib/cloud-client'

/** What a save sends: a new draft has no id; an existing one sends the revision it was edited from. */
export interface DraftToSave {
  readonly id: string | null
  readonly revision: number | null
  readonly kind: string
  readonly bulletin: Bulletin
}

/** Staff: creates a draft or saves changes to one. */
export function saveBulletinDraft(draft: DraftToSave, requestId?: string): Promise<SavedDraft> {
  return callAction(
    bulletinsContract,
    'saveDraft',
    {
      kind: draft.kind,
      bulletin: draft.bulletin,
      ...(draft.id === null ? {} : { id: draft.id }),
      ...(draft.revision === null ? {} : { revision: draft.revision }),
    },
    { requestId },
  )
}
