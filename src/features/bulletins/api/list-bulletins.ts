import { bulletinsContract, type BulletinListItem, type Page } from '../../../domain/contracts/bulletins'
import { callAction } from '../../../lib/cloud-client'

/** One page of published bulletins, newest first; `kind` null for every kind. */
export function listBulletins(kind: string | null, cursor: string | null): Promise<Page<BulletinListItem>> {
  return callAction(bulletinsContract, 'list', { ...(kind === null ? {} : { kind }), ...(cursor === null ? {} : { cursor }) })
}
