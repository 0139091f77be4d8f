import type { DeletionReport, MyDataExport } from '../../src/domain/contracts/users'
import type { CallerContext } from '../runtime/create-function'
import { signedInUser } from '../runtime/signed-in-user'
import type { UsersRepository } from '../runtime/repositories/users-repository'
import type { DeleteStoredFiles } from '../runtime/stored-files'
import type { PersonalDataRepository } from './personal-data-repository'

export interface MyDataServiceDependencies {
  readonly users: UsersRepository
  readonly personalData: PersonalDataRepository
  readonly deleteFiles: DeleteStoredFiles
  readonly now: () => Date
}

/** Dates become ISO strings and internal identifiers go, so the export reads as plain JSON. */
function exportable(record: object): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (key === '_id' || key === 'openid' || key === '_openid') continue
    result[key] = value instanceof Date ? value.toISOString() : value
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
      for (const [collection, list] of Object.entries(others)) records[collection] = list.map(exportable)
      return { generatedAt: deps.now().toISOString(), records }
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
