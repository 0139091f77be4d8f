/** Where a stored file lives: its environment and path inside the environment's bucket. */
export interface FileLocation {
  readonly envId: string
  readonly path: string
}

/**
 * The bucket name of an environment, shaped like CloudBase's (`<hex of the env's first two
 * characters>-<env>-<appid>`), so fileID parsing in product code behaves as in the cloud.
 */
export function bucketFor(envId: string): string {
  return `${Buffer.from(envId.slice(0, 2)).toString('hex')}-${envId}-1250000000`
}

/** CloudBase's fileID: `cloud://<env>.<bucket>/<path>`. */
export function fileIdFor(location: FileLocation): string {
  return `cloud://${location.envId}.${bucketFor(location.envId)}/${location.path}`
}

/** The location a fileID names, or undefined when it is not a fileID of this emulator. */
export function parseFileId(fileId: string): FileLocation | undefined {
  const match = /^cloud:\/\/([^./]+)\.([^/]+)\/(.+)$/.exec(fileId)
  if (!match) return undefined
  const [, envId = '', bucket, path = ''] = match
  return bucket === bucketFor(envId) ? { envId, path } : undefined
}

/** The key a file is stored under: the env and the path, which checkCloudPath keeps free of traversal. */
export function storageKey(location: FileLocation): string {
  return `${location.envId}/${location.path}`
}
