import type { BulletinSearchHit, Page } from '../../src/domain/contracts/bulletins'
import { bulletinsContract } from '../../src/domain/contracts/bulletins'
import { bulletinMatches, firstHit, titleMatches } from '../../src/domain/bulletins/bulletin-hit'
import { highlightSegments } from '../../src/domain/bulletins/highlight'
import { queryTerms } from '../../src/domain/bulletins/search-terms'
import { AppError } from '../runtime/app-error'
import { decodePosition, encodePosition, feedPositionOf, type ListPosition } from './bulletin-position'
import type { BulletinsRepository, IndexedField, StoredBulletin } from './bulletins-repository'

/** Hits per page of results. */
export const SEARCH_PAGE_SIZE = 20
/** Candidates read per round trip; the index makes nearly all of them real hits. */
const CANDIDATE_BATCH = 40
/** Round trips per request at most; past that the page ends early with a cursor, so no request runs long. */
const MAX_BATCHES = 6

/** Title hits are listed first, then body hits; each phase runs newest first. */
type Phase = 'title' | 'body'

interface SearchPosition {
  readonly phase: Phase
  readonly after: ListPosition | null
}

const PHASE_FIELD: Readonly<Record<Phase, IndexedField>> = { title: 'titleTerms', body: 'searchTerms' }

function encodeSearchCursor(position: SearchPosition): string {
  const tag = position.phase === 'title' ? 't' : 'b'
  return position.after === null ? tag : `${tag}${encodePosition(position.after)}`
}

function decodeSearchCursor(cursor: string): SearchPosition {
  const phase: Phase | null = cursor.startsWith('t') ? 'title' : cursor.startsWith('b') ? 'body' : null
  if (phase === null) throw new AppError(bulletinsContract.errors.InvalidCursor, '搜索结果已失效，请重新搜索')
  const rest = cursor.slice(1)
  return { phase, after: rest === '' ? null : decodePosition(rest) }
}


function toHit(bulletin: StoredBulletin, query: string, matchedIn: Phase): BulletinSearchHit {
  const hit = firstHit(bulletin.header, bulletin.body, query)
  return {
    id: bulletin._id,
    kind: bulletin.kind,
    title: highlightSegments(bulletin.body.title, query),
    issueNumber: bulletin.header.issueNumber,
    issuedOn: bulletin.header.issuedOn,
    publishedAt: (bulletin.publishedAt ?? bulletin.updatedAt).toISOString(),
    matchedIn,
    snippet: highlightSegments(hit.snippet, query),
    itemNumber: hit.itemNumber,
  }
}

/**
 * Chinese full-text search without a full-text engine (CloudBase has none): each published bulletin carries
 * its n-gram terms in multikey-indexed arrays, the query's terms select candidates with `$all`, and each
 * candidate is confirmed with `matchesQuery` on its text. Title hits come first, then body hits, each
 * newest first; a cursor resumes exactly where the last page stopped, in either phase.
 */
export function searchService(deps: { readonly bulletins: BulletinsRepository }) {
  return {
    async search(request: { query: string; kind?: string; cursor?: string }): Promise<Page<BulletinSearchHit>> {
      const terms = queryTerms(request.query)
      if (terms === null) return { items: [], nextCursor: null }
      const kind = request.kind ?? null
      let position: SearchPosition = request.cursor === undefined ? { phase: 'title', after: null } : decodeSearchCursor(request.cursor)
      const hits: BulletinSearchHit[] = []
      for (let batch = 0; batch < MAX_BATCHES && hits.length < SEARCH_PAGE_SIZE; batch++) {
        const candidates = await deps.bulletins.searchCandidates(PHASE_FIELD[position.phase], terms, kind, {
          after: position.after,
          limit: CANDIDATE_BATCH,
        })
        let read = 0
        for (const candidate of candidates) {
          read += 1
          position = { phase: position.phase, after: feedPositionOf(candidate) }
          // A title hit was listed in the title phase; the body phase skips it rather than list it twice.
          const inTitle = titleMatches(candidate.body, request.query)
          if (position.phase === 'title' ? inTitle : !inTitle && bulletinMatches(candidate.header, candidate.body, request.query)) {
            hits.push(toHit(candidate, request.query, position.phase))
          }
          if (hits.length === SEARCH_PAGE_SIZE) break
        }
        // A short batch read to its end means this phase has no more candidates.
        if (read === candidates.length && candidates.length < CANDIDATE_BATCH) {
          if (position.phase === 'body') return { items: hits, nextCursor: null }
          position = { phase: 'body', after: null }
        }
      }
      return { items: hits, nextCursor: encodeSearchCursor(position) }
    },
  }
}

export type SearchService = ReturnType<typeof searchService>
