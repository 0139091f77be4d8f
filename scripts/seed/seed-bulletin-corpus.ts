import { publishedDocument } from '../../cloudfunctions/bulletins/bulletin-document'
import { DEFAULT_BULLETIN_KINDS } from '../../src/domain/bulletins/bulletin-kinds'
import { shanghaiInstant } from '../../src/domain/time/shanghai-time'
import { generateCorpus } from './bulletin-corpus'

const SEED_BATCH = 500

/** Writes documents straight into a collection (the emulator's `seed`), all or none per batch. */
export type SeedDocuments = (collection: string, documents: Array<Record<string, unknown>>) => Promise<unknown>

/**
 * The default bulletin kinds and `size` published bulletins of the generated corpus
 * (scripts/seed/bulletin-corpus.ts), stored as the bulletins function stores them, into a database
 * with no bulletins yet (the corpus reuses real issuers' issue numbers), for benchmarks and long-list
 * tests. Ids are `bench-000000`…. Returns how many search terms were indexed.
 */
export async function seedBulletinCorpus(seed: SeedDocuments, size: number, now: Date = new Date(), corpusSeed = 20171010): Promise<{ terms: number }> {
  await seed('bulletin_kinds', DEFAULT_BULLETIN_KINDS.map(kind => ({ _id: kind.key, ...kind, updatedAt: now })))
  let terms = 0
  const corpus = generateCorpus(size, corpusSeed)
  for (let start = 0; start < corpus.length; start += SEED_BATCH) {
    const documents = corpus.slice(start, start + SEED_BATCH).map((entry, i) => {
      const n = start + i
      const publishedAt = entry.bulletin.header.issuedOn === null ? now : shanghaiInstant(entry.bulletin.header.issuedOn, 9 * 60 + (n % 600))
      const document = publishedDocument(`bench-${String(n).padStart(6, '0')}`, entry.kind, entry.bulletin, publishedAt, n % 500)
      terms += document.searchTerms.length
      return { ...document }
    })
    await seed('bulletins', documents)
  }
  return { terms }
}
