import { bulletinsContract, type BulletinSearchHit, type Page } from '../../../domain/contracts/bulletins'
import { callAction } from '../../../lib/cloud-client'

/** One page of search results: title hits first, then the newest. */
export function searchBulletins(query: string, cursor: string | null): Promise<Page<BulletinSearchHit>> {
  return callAction(bulletinsContract, 'search', { query, ...(cursor === null ? {} : { cursor }) })
}
