import type { DeletionReport, MyDataExport } from '../../src/domain/contracts/users'
import type { CallerContext } from '../runtime/create-function'
import { signedInUser } from '../runtime/signed-in-user'
import type { UsersRepository } from '../runtime/repositories/users-repository'
import type { StoredFileLinks } from '../runtime/stored-file-links'
import type { DeleteStoredFiles } from '../runtime/stored-files'
import type { ActorField, PersonalDataSource } from './personal-data-catalogue'
import type { PersonalDataRepository } from './personal-data-repository'

export interface MyDataServiceDependencies {
  readonly users: UsersRepository
  readonly personalData: PersonalDataRepository
  /** The personal-data catalogue, for how each collection's records are exported. */
  readonly sources: readonly PersonalDataSource[]
  readonly deleteFiles: DeleteStoredFiles
  /** Temporary links to the person's own photos, so the page can show them. */
  readonly fileLinks: StoredFileLinks
  readonly now: () => Date
}

const ALWAYS_INTERNAL = new Set(['_id', 'openid', '_openid'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

function plainValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(plainValue)
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plainValue(inner)]))
  return value
}

/** An entry of an actor list with its user id replaced by words: the person themselves, or someone else. */
function withActorInWords(entry: unknown, actor: ActorField): unknown {
  if (!isRecord(entry)) return entry
  const { [actor.field]: by, ...rest } = entry
  return { ...rest, [actor.exportAs]: by === null || by === undefined ? actor.selfWords : actor.otherWords }
}

/**
 * A record as the person receives it: dates as ISO strings, internal identifiers and machinery gone,
 * and whoever else acted on it named in words, never by their id.
 */
function exportable(record: object, source?: PersonalDataSource): Record<string, unknown> {
  const internal = new Set([...ALWAYS_INTERNAL, ...(source?.internalFields ?? [])])
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (internal.has(key)) continue
    const actor = source?.actors?.find(candidate => candidate.list === key)
    result[key] = actor !== undefined && Array.isArray(value) ? value.map(entry => plainValue(withActorInWords(entry, actor))) : plainValue(value)
  }
  return result
}

/** The rights of access and erasure (PIPL arts. 44–47) for the caller's own data. */
export function myDataService(deps: MyDataServiceDependencies) {
  return {
    async exportMyData(context: CallerContext): Promise<MyDataExport> {
      const { userId } = signedInUser(context)
      const profile = await deps.users.findById(userId)
      const others = await deps.personalData.readAll(userId)
      const records: Record<string, Record<string, unknown>[]> = { users: profile ? [exportable(profile)] : [] }
      for (const [collection, list] of Object.entries(others)) {
        const source = deps.sources.find(candidate => candidate.collection === collection)
        records[collection] = list.map(record => exportable(record, source))
      }
      // Only files in the person's own upload folders: a record pointing at someone else's photo gets no link to it.
      const links = await deps.fileLinks(await deps.personalData.uploadedFileIds(userId))
      return { generatedAt: deps.now().toISOString(), records, fileLinks: Object.fromEntries(links) }
    },
    async deleteMyData(context: CallerContext): Promise<DeletionReport> {
      const { userId } = signedInUser(context)
      // Uploaded files first, while the records still point at them; then other records; the profile
      // last. If this is interrupted, the profile still exists and the person can simply retry.
      const filesDeleted = await deps.deleteFiles(await deps.personalData.uploadedFileIds(userId))
      const removed = await deps.personalData.eraseAll(userId)
      removed.users = (await deps.users.remove(userId)) ? 1 : 0
      return { deletedAt: deps.now().toISOString(), removed, filesDeleted }
    },
  }
}
