import type { BulletinSearchHit, Page, SearchSynonyms } from '../../src/domain/contracts/bulletins'
import { bulletinsContract } from '../../src/domain/contracts/bulletins'
import { bulletinMatches, firstHit, titleMatches } from '../../src/domain/bulletins/bulletin-hit'
import { bulletinSearchParts } from '../../src/domain/bulletins/bulletin-search-parts'
import { highlightSegments } from '../../src/domain/bulletins/highlight'
import { queryReadings, readingMatch, type QueryReading } from '../../src/domain/bulletins/loose-query'
import { queryParts } from '../../src/domain/bulletins/search-normalise'
import { queryTerms } from '../../src/domain/bulletins/search-terms'
import { AppError } from '../runtime/app-error'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import type { Logger } from '../runtime/logger'
import { decodePosition, encodePosition, feedPositionOf, type ListPosition } from './bulletin-position'
import type { BulletinsRepository, IndexedField, ListSlice, StoredBulletin } from './bulletins-repository'
import type { SearchSynonymsRepository } from './search-synonyms-repository'
import { unchangedAnswers } from './unchanged-answers'

/** The longest an instance gives a search answer again: a change is never hidden longer than this. */
export const SEARCH_ANSWER_MAX_AGE_MS = 3_000
/** Search answers an instance keeps at most. */
const SEARCH_ANSWERS_KEPT = 200

interface SearchRequest {
  readonly query: string
  readonly kind?: string
  readonly cursor?: string
}

/** Hits per page of results. */
export const SEARCH_PAGE_SIZE = 20
/** Most candidates read per round trip. */
const CANDIDATE_BATCH = 40
/**
 * Candidates read beyond the hits the page still needs. The index makes nearly all candidates real hits,
 * and each is a whole bulletin to send, decode and check, so a round trip reads about what it will use.
 */
const CANDIDATE_SPARE = 4
/** Round trips per request at most; past that the page ends early with a cursor, so no request runs long. */
const MAX_BATCHES = 6

/**
 * The query as typed, in the title, then in the body; then bulletins holding its words in another order
 * or in the words workers use for them (`related`). Each phase runs newest first.
 */
type Phase = 'title' | 'body' | 'related'

interface SearchPosition {
  readonly phase: Phase
  readonly after: ListPosition | null
}

const PHASE_TAGS: Readonly<Record<Phase, string>> = { title: 't', body: 'b', related: 'r' }
const EXACT_FIELD: Readonly<Record<'title' | 'body', IndexedField>> = { title: 'titleTerms', body: 'searchTerms' }

function encodeSearchCursor(position: SearchPosition): string {
  const tag = PHASE_TAGS[position.phase]
  return position.after === null ? tag : `${tag}${encodePosition(position.after)}`
}

function decodeSearchCursor(cursor: string): SearchPosition {
  const phase = (Object.keys(PHASE_TAGS) as Phase[]).find((key) => cursor.startsWith(PHASE_TAGS[key])) ?? null
  if (phase === null) throw new AppError(bulletinsContract.errors.InvalidCursor, '搜索结果已失效，请重新搜索')
  const rest = cursor.slice(1)
  return { phase, after: rest === '' ? null : decodePosition(rest) }
}

function toHit(bulletin: StoredBulletin, marks: readonly string[], matchedIn: 'title' | 'body', exact: boolean): BulletinSearchHit {
  const words = marks.join(' ')
  const hit = firstHit(bulletin.header, bulletin.body, words)
  return {
    id: bulletin._id,
    kind: bulletin.kind,
    title: highlightSegments(bulletin.body.title, words),
    issueNumber: bulletin.header.issueNumber,
    issuedOn: bulletin.header.issuedOn,
    publishedAt: (bulletin.publishedAt ?? bulletin.updatedAt).toISOString(),
    matchedIn,
    exact,
    marks: [...marks],
    snippet: highlightSegments(hit.snippet, words),
    itemNumber: hit.itemNumber,
  }
}

/**
 * False for a reading that is the query as typed with no word long enough to be cut: it can only find
 * what the exact phases listed already, so it is not run again.
 */
function couldFindMore(reading: QueryReading, typed: readonly string[]): boolean {
  return reading.words.join(' ') !== typed.join(' ') || reading.words.some((word) => Array.from(word).length >= 4)
}

/** One batch of candidates in feed order, and whether the phase has none after them. */
interface Batch {
  readonly candidates: readonly StoredBulletin[]
  readonly exhausted: boolean
}

/**
 * Chinese full-text search without a full-text engine (CloudBase has none): each published bulletin carries
 * its n-gram terms in multikey-indexed arrays, the query's terms select candidates with `$all` (the rarest
 * term's postings bound the cost), and each candidate is confirmed on its text. The query as typed comes
 * first (title hits, then body hits); then bulletins holding its words apart or in another order (工资拖欠
 * finds 拖欠…工资), or a word of the synonym table in place of the one typed (讨薪 finds 欠薪). A cursor
 * resumes exactly where the last page stopped, in any phase.
 */
export function searchService(deps: {
  readonly bulletins: BulletinsRepository
  readonly synonyms: SearchSynonymsRepository
  readonly now: () => Date
}) {
  /** The exact phases read one index query per batch. */
  async function exactBatch(phase: 'title' | 'body', terms: readonly string[], kind: string | null, slice: ListSlice): Promise<Batch> {
    const candidates = await deps.bulletins.searchCandidates(EXACT_FIELD[phase], terms, kind, slice)
    return { candidates, exhausted: candidates.length < slice.limit }
  }

  /**
   * The related phase reads one index query per reading and merges them in feed order. Where a reading
   * filled its batch, what lies past its last row is unknown, so the merge stops at the earliest such
   * row; the next batch starts after it.
   */
  async function relatedBatch(readings: readonly QueryReading[], kind: string | null, slice: ListSlice): Promise<Batch> {
    const lists = await Promise.all(readings.map((reading) => deps.bulletins.searchCandidates('searchTerms', reading.terms, kind, slice)))
    const fullEnds = lists.filter((list) => list.length === slice.limit).map((list) => list[list.length - 1]?.feedKey ?? '')
    const horizon = fullEnds.length === 0 ? null : fullEnds.reduce((highest, key) => (key > highest ? key : highest))
    const byId = new Map<string, StoredBulletin>()
    for (const candidate of lists.flat()) if (horizon === null || candidate.feedKey >= horizon) byId.set(candidate._id, candidate)
    const candidates = [...byId.values()].sort((a, b) => (a.feedKey < b.feedKey ? 1 : a.feedKey > b.feedKey ? -1 : 0))
    return { candidates, exhausted: horizon === null }
  }

  /** The hit a candidate makes in a phase, or null. */
  function hitIn(phase: Phase, candidate: StoredBulletin, query: string, words: readonly string[], readings: readonly QueryReading[]): BulletinSearchHit | null {
    // A title hit was listed in the title phase; the body phase skips it rather than list it twice, and so on.
    const inTitle = titleMatches(candidate.body, query)
    if (phase === 'title') return inTitle ? toHit(candidate, words, 'title', true) : null
    const inBody = inTitle || bulletinMatches(candidate.header, candidate.body, query)
    if (phase === 'body') return !inTitle && inBody ? toHit(candidate, words, 'body', true) : null
    if (inBody) return null
    const text = bulletinSearchParts(candidate.header, candidate.body).join('\n')
    for (const reading of readings) {
      const marks = readingMatch(text, reading)
      if (marks === null) continue
      return toHit(candidate, marks, readingMatch(candidate.body.title, reading) === null ? 'body' : 'title', false)
    }
    return null
  }

  async function searchNow(request: SearchRequest, log?: Logger): Promise<Page<BulletinSearchHit>> {
    const terms = queryTerms(request.query)
    if (terms === null) return { items: [], nextCursor: null }
    const kind = request.kind ?? null
    const words = queryParts(request.query)
    let position: SearchPosition = request.cursor === undefined ? { phase: 'title', after: null } : decodeSearchCursor(request.cursor)
    // The synonym table is read only once the query as typed has been looked for.
    let readings: readonly QueryReading[] | null = null
    const hits: BulletinSearchHit[] = []
    for (let batch = 0; batch < MAX_BATCHES && hits.length < SEARCH_PAGE_SIZE; batch++) {
      let read: Batch
      const slice: ListSlice = { after: position.after, limit: Math.min(CANDIDATE_BATCH, SEARCH_PAGE_SIZE - hits.length + CANDIDATE_SPARE) }
      if (position.phase === 'related') {
        readings ??= (queryReadings(request.query, await deps.synonyms.groups(log)) ?? []).filter((reading) => couldFindMore(reading, words))
        read = await relatedBatch(readings, kind, slice)
      } else {
        read = await exactBatch(position.phase, terms, kind, slice)
      }
      let seen = 0
      for (const candidate of read.candidates) {
        seen += 1
        position = { phase: position.phase, after: feedPositionOf(candidate) }
        const hit = hitIn(position.phase, candidate, request.query, words, readings ?? [])
        if (hit !== null) hits.push(hit)
        if (hits.length === SEARCH_PAGE_SIZE) break
      }
      if (seen === read.candidates.length && read.exhausted) {
        if (position.phase === 'related') return { items: hits, nextCursor: null }
        position = { phase: position.phase === 'title' ? 'body' : 'related', after: null }
      }
    }
    return { items: hits, nextCursor: encodeSearchCursor(position) }
  }

  const answers = unchangedAnswers<Page<BulletinSearchHit>>({ maxAgeMs: SEARCH_ANSWER_MAX_AGE_MS, maxEntries: SEARCH_ANSWERS_KEPT, now: () => deps.now().getTime() })

  return {
    /**
     * The page of hits. A crowd asks the same few things at once (the home tile's 讨薪, the week's topic), so
     * an instance gives an answer again while no bulletin and not the synonym table changed since it was made
     * (both marks are read first, two small reads instead of the candidates' whole text), and never past
     * SEARCH_ANSWER_MAX_AGE_MS, the bound for a change the marks miss (two saves committing out of the order
     * of their times, a table edited in the console without its time).
     */
    async search(request: SearchRequest, log?: Logger): Promise<Page<BulletinSearchHit>> {
      const [bulletinsMark, synonymsMark] = await Promise.all([deps.bulletins.changeMark(), deps.synonyms.changeMark()])
      const key = JSON.stringify([request.query, request.kind ?? null, request.cursor ?? null])
      return await answers.answer(key, `${bulletinsMark} ${synonymsMark}`, () => searchNow(request, log))
    },

    async listSynonyms(): Promise<SearchSynonyms> {
      return { groups: await deps.synonyms.groups() }
    },

    /** Replaces the table, audited with the change; a word in two groups would make them one, so it is refused. */
    async saveSynonyms(groups: readonly (readonly string[])[], context: CallerContext): Promise<SearchSynonyms> {
      const seen = new Set<string>()
      for (const group of groups) {
        for (const word of group) {
          if (seen.has(word)) throw new AppError(bulletinsContract.errors.InvalidSynonyms, `“${word}”出现了两次：一个词只能在一组里`)
          seen.add(word)
        }
      }
      await deps.synonyms.in(transactionOf(context)).save(groups, deps.now())
      context.auditTarget({ groups: groups.length })
      return { groups }
    },
  }
}

export type SearchService = ReturnType<typeof searchService>
