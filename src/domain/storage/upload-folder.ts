/** What people upload, each kind in its own top-level folder of the bucket. */
export const UPLOAD_AREAS = ['station-reports', 'station-photos', 'legal-evidence'] as const
export type UploadArea = (typeof UPLOAD_AREAS)[number]

/**
 * Where one person's uploads of one kind go: `<area>/<userId>/`. The functions accept a file id only
 * under the caller's own folder, and deleting a person's data deletes only files there, so knowing
 * someone else's file id (staff see them) lets nobody attach or delete it.
 */
export function uploadFolder(area: UploadArea, userId: string): string {
  return `${area}/${userId}/`
}

/** The path inside the bucket of a `cloud://<env>.<bucket>/<path>` file id, or null for anything else. */
export function storagePathOf(fileId: string): string | null {
  const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId)
  return match?.[1] ?? null
}

/** Whether `fileId` lies in `userId`'s own folder of `area` (any area when none is named). */
export function isOwnUpload(fileId: string, userId: string, area?: UploadArea): boolean {
  const path = storagePathOf(fileId)
  if (path === null || userId === '' || path.split('/').some(segment => segment === '..' || segment === '.')) return false
  const areas = area === undefined ? UPLOAD_AREAS : [area]
  return areas.some(candidate => path.startsWith(uploadFolder(candidate, userId)))
}
