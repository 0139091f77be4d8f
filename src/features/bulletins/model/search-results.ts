import type { BulletinSearchHit } from '../../../domain/contracts/bulletins'

/** The line above the results: what comes first, in words. */
export function resultsHeading(hits: readonly Pick<BulletinSearchHit, 'exact'>[]): string {
  if (hits.length > 0 && hits.every(hit => !hit.exact)) return '没有一字不差的，下面是意思相近的资讯：'
  return '找到的资讯（标题里有的排在前面）：'
}

/** True for the first hit found by words apart or words that mean the same, after hits of the exact wording. */
export function startsRelated(hits: readonly Pick<BulletinSearchHit, 'exact'>[], index: number): boolean {
  const hit = hits[index]
  const before = hits[index - 1]
  return hit !== undefined && !hit.exact && before !== undefined && before.exact
}

/** The legal-aid booking page (its own subpackage): where a worker with a wage or injury problem gets help. */
export const LEGAL_AID_BOOKING_PAGE = '/packages/legal-aid/book/index'
