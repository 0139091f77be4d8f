import { bulletinsContract, type BulletinDetail } from '../../../domain/contracts/bulletins'
import type { Bulletin } from '../../../domain/bulletins/bulletin'
import { callAction } from '../../../lib/cloud-client'

/** What to publish: a saved bulletin as it is, or content to save and publish in one step (`id` when saved before). */
export type ToPublish =
  | { readonly id: string; readonly revision: number; readonly content?: undefined }
  | { readonly id: string | null; readonly revision: number | null; readonly content: { readonly kind: string; readonly bulletin: Bulletin } }

/**
 * Staff: puts a bulletin online for everyone. Unsaved changes travel with the publication, so a refusal
 * (the same 第N期 already online) leaves nothing half-saved behind.
 */
export function publishBulletin(target: ToPublish, requestId?: string): Promise<BulletinDetail> {
  const saved = target.id === null || target.revision === null ? {} : { id: target.id, revision: target.revision }
  return callAction(
    bulletinsContract,
    'publish',
    target.content === undefined ? saved : { ...saved, kind: target.content.kind, bulletin: target.content.bulletin },
    { requestId },
  )
}
