import { cloudbaseApp } from './cloudbase-app'

/** Deletes files from cloud storage by file id; answers how many were there and are now gone. */
export type DeleteStoredFiles = (fileIds: readonly string[]) => Promise<number>

/** CloudBase deletes at most 50 files per call. */
const BATCH = 50
/** A file already gone is what deletion wants, not a failure. */
const GONE = new Set(['SUCCESS', 'STORAGE_FILE_NONEXIST'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * CloudBase storage's `deleteFile`, in batches. Any file that could not be deleted makes the whole
 * call fail after every batch was tried, so the caller keeps its records and can try again.
 */
export const deleteStoredFiles: DeleteStoredFiles = async fileIds => {
  const unique = [...new Set(fileIds)]
  let deleted = 0
  const failures: string[] = []
  for (let from = 0; from < unique.length; from += BATCH) {
    const batch = unique.slice(from, from + BATCH)
    const answer: unknown = await cloudbaseApp().deleteFile({ fileList: batch })
    const list = isRecord(answer) && Array.isArray(answer.fileList) ? answer.fileList : []
    const codes = new Map(list.filter(isRecord).map(entry => [String(entry.fileID), String(entry.code)]))
    for (const fileId of batch) {
      const code = codes.get(fileId) ?? 'NO_ANSWER'
      if (code === 'SUCCESS') deleted += 1
      else if (!GONE.has(code)) failures.push(code)
    }
  }
  if (failures.length > 0) throw new Error(`${failures.length} of ${unique.length} stored files could not be deleted (${[...new Set(failures)].join(', ')})`)
  return deleted
}
