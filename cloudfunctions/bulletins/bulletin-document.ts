import type { BulletinStatus } from '../../src/domain/contracts/bulletins'
import type { Bulletin, BulletinBody, BulletinHeader } from '../../src/domain/bulletins/bulletin'
import { bulletinSearchParts } from '../../src/domain/bulletins/bulletin-search-parts'
import { issueKeyOf } from '../../src/domain/bulletins/issue-key'
import { documentSearchTerms } from '../../src/domain/bulletins/search-terms'
import { bulletinSummary } from '../../src/domain/bulletins/summarise'
import type { StoredDocument } from '../runtime/typed-collection'
import { feedPositionOf, positionKey } from './bulletin-position'

/** Characters of the list summary: two lines on a phone at the largest type, with room to spare. */
export const SUMMARY_CHARS = 80

/**
 * A bulletin as stored in `bulletins`. The search index lives on the document itself: `searchTerms` (every
 * character and neighbouring pair of the text, see `documentSearchTerms`) and `titleTerms` (the same for the
 * title) are filled only while it is published, under multikey indexes, so drafts are never found.
 */
export interface BulletinDocument extends StoredDocument {
  readonly kind: string
  readonly status: BulletinStatus
  readonly header: BulletinHeader
  readonly body: BulletinBody
  readonly summary: string
  /** The issue's identity (`issueKeyOf`), or null for news without a 第N期: finds duplicates among drafts. */
  readonly issueKey: string | null
  /** The issue key while published, absent otherwise: a unique sparse index allows one published copy of an issue. */
  readonly publishedIssueKey?: string
  readonly readCount: number
  readonly searchTerms: readonly string[]
  readonly titleTerms: readonly string[]
  readonly publishedAt: Date | null
  /**
   * `positionKey` of the bulletin's own date (`bulletinFeedDate`: its issue date, else its first publication)
   * and `_id` while published, '' otherwise: the news list's order and cursor.
   */
  readonly feedKey: string
  readonly createdAt: Date
  readonly updatedAt: Date
  /** `positionKey` of (updatedAt, _id): the staff list's order and cursor. */
  readonly staffKey: string
  readonly revision: number
}

/** The fields that follow from a bulletin's content, written whenever it is saved. */
export function contentFields(bulletin: Bulletin): Pick<BulletinDocument, 'header' | 'body' | 'summary' | 'issueKey'> {
  return {
    header: bulletin.header,
    body: bulletin.body,
    summary: bulletinSummary(bulletin.body, SUMMARY_CHARS),
    issueKey: issueKeyOf(bulletin.header),
  }
}

/** The search index of a published bulletin. */
export function searchFields(header: BulletinHeader, body: BulletinBody): Pick<BulletinDocument, 'searchTerms' | 'titleTerms'> {
  return { searchTerms: documentSearchTerms(bulletinSearchParts(header, body)), titleTerms: documentSearchTerms([body.title]) }
}

/** A new draft. */
export function newDraft(id: string, kind: string, bulletin: Bulletin, now: Date): BulletinDocument {
  return {
    _id: id,
    kind,
    status: 'draft',
    ...contentFields(bulletin),
    readCount: 0,
    searchTerms: [],
    titleTerms: [],
    publishedAt: null,
    feedKey: '',
    createdAt: now,
    updatedAt: now,
    staffKey: positionKey({ at: now, id }),
    revision: 1,
  }
}

/** A bulletin stored already published (demo data, an import with --publish): content, index and issue key at once. */
export function publishedDocument(id: string, kind: string, bulletin: Bulletin, publishedAt: Date, readCount = 0): BulletinDocument {
  const draft = newDraft(id, kind, bulletin, publishedAt)
  return {
    ...draft,
    status: 'published',
    ...(draft.issueKey === null ? {} : { publishedIssueKey: draft.issueKey }),
    ...searchFields(bulletin.header, bulletin.body),
    readCount,
    publishedAt,
    feedKey: positionKey(feedPositionOf({ _id: id, header: bulletin.header, publishedAt })),
  }
}
