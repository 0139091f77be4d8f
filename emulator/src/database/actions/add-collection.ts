import type { DatabaseContext } from './database-context'
import { requireString } from './request-params'

/** `database.addCollection` (`db.createCollection(name)`): fails if the collection exists. */
export async function addCollection(context: DatabaseContext, params: Readonly<Record<string, unknown>>): Promise<undefined> {
  await context.store.createCollection(requireString(params, 'collectionName'))
  return undefined
}
