import * as v from 'valibot'
import { DEFAULT_SYNONYM_GROUPS, synonymGroupSchema } from '../../src/domain/bulletins/search-synonyms'
import type { Database } from '../runtime/cloudbase-app'
import type { Logger } from '../runtime/logger'
import type { Transaction } from '../runtime/transaction'
import { typedCollection, type StoredDocument } from '../runtime/typed-collection'

export const SEARCH_SYNONYMS_COLLECTION = 'search_synonyms'

/** The one document holding the table: replaced whole, so an edit is never half applied. */
const TABLE_ID = 'table'

/** The synonym table as stored. Edited by staff (`saveSearchSynonyms`) or in the CloudBase console. */
export interface SearchSynonymsDocument extends StoredDocument {
  readonly groups: readonly (readonly string[])[]
  readonly updatedAt: Date
}

/** The `search_synonyms` collection: the groups of words that mean the same to the people searching. */
export function searchSynonymsRepository(db: Database) {
  const table = typedCollection<SearchSynonymsDocument>(db, SEARCH_SYNONYMS_COLLECTION)
  return {
    /**
     * The stored groups, or the defaults while nothing is stored. A group edited by hand in the console
     * that breaks the rules is left out (and logged), so one typo never stops the search.
     */
    async groups(log?: Logger): Promise<(readonly string[])[]> {
      const stored = await table.findById(TABLE_ID)
      if (stored === null) return [...DEFAULT_SYNONYM_GROUPS]
      const groups = Array.isArray(stored.groups) ? (stored.groups as unknown[]) : []
      return groups.flatMap((group, index) => {
        const checked = v.safeParse(synonymGroupSchema, group)
        if (checked.success) return [checked.output]
        log?.warn('search_synonym_group_skipped', { index })
        return []
      })
    },
    /** When the table was last saved ('' while none is stored): a search made before a later save is out of date. */
    async changeMark(): Promise<string> {
      const stored = await table.findOne({ _id: TABLE_ID }, { fields: { updatedAt: true } })
      return stored === null ? '' : stored.updatedAt.toISOString()
    },
    /** Stores the defaults unless a table exists (seeding); true when it was stored. */
    async seedDefaults(now: Date): Promise<boolean> {
      if ((await table.findById(TABLE_ID)) !== null) return false
      await table.replace({ _id: TABLE_ID, groups: DEFAULT_SYNONYM_GROUPS, updatedAt: now })
      return true
    },
    in(transaction: Transaction) {
      const inTransaction = transaction.collection<SearchSynonymsDocument>(SEARCH_SYNONYMS_COLLECTION)
      return {
        async save(groups: readonly (readonly string[])[], now: Date): Promise<void> {
          await inTransaction.replace({ _id: TABLE_ID, groups, updatedAt: now })
        },
      }
    },
  }
}

export type SearchSynonymsRepository = ReturnType<typeof searchSynonymsRepository>
