import type { Filter, StoredDocument, TypedCollection } from './typed-collection'

/** CloudBase returns at most 1,000 documents a query. */
const PAGE = 1000

/**
 * Every document matching `filter`, read a page at a time in `_id` order, with only `fields`: for figures
 * that must count every record, where one query's cap would silently cut them short.
 */
export async function findEveryPage<T extends StoredDocument, K extends keyof T>(
  collection: TypedCollection<T>,
  filter: Filter,
  fields: readonly K[],
): Promise<Pick<T, K | '_id'>[]> {
  const projection = Object.fromEntries(fields.map(field => [field, true]))
  const found: Pick<T, K | '_id'>[] = []
  for (let skip = 0; ; skip += PAGE) {
    const page = await collection.find(filter, { orderBy: [['_id', 'asc']], skip, limit: PAGE, fields: projection })
    found.push(...page)
    if (page.length < PAGE) return found
  }
}

/** Every document matching any of `filters`, each once (one query per filter, merged by `_id`). */
export async function findEveryPageOfAny<T extends StoredDocument, K extends keyof T>(
  collection: TypedCollection<T>,
  filters: readonly Filter[],
  fields: readonly K[],
): Promise<Pick<T, K | '_id'>[]> {
  const found = new Map<string, Pick<T, K | '_id'>>()
  for (const filter of filters) for (const row of await findEveryPage(collection, filter, fields)) found.set(row._id, row)
  return [...found.values()]
}
