import { cloudbaseApp } from './cloudbase-app'

/** Temporary links to stored files (photos), by file id; null for a file that is gone. */
export type StoredFileLinks = (fileIds: readonly string[]) => Promise<ReadonlyMap<string, string | null>>

/** Links stay valid for two hours: long enough to read a page, short enough not to be shared around. */
const LINK_SECONDS = 2 * 60 * 60

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * CloudBase storage's temporary URLs, asked for on the server: the page gets ready-to-show links
 * in the same answer instead of a second round trip from a phone on a weak signal.
 */
export const storedFileLinks: StoredFileLinks = async fileIds => {
  const links = new Map<string, string | null>()
  const unique = [...new Set(fileIds)]
  if (unique.length === 0) return links
  const answer: unknown = await cloudbaseApp().getTempFileURL({ fileList: unique.map(fileID => ({ fileID, maxAge: LINK_SECONDS })) })
  const list = isRecord(answer) && Array.isArray(answer.fileList) ? answer.fileList : []
  for (const entry of list) {
    if (!isRecord(entry) || typeof entry.fileID !== 'string') continue
    links.set(entry.fileID, entry.code === 'SUCCESS' && typeof entry.tempFileURL === 'string' && entry.tempFileURL !== '' ? entry.tempFileURL : null)
  }
  for (const fileId of unique) if (!links.has(fileId)) links.set(fileId, null)
  return links
}
