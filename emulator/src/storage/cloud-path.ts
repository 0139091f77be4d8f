import { EmulatorError, EmulatorErrorCode } from '../errors'

const MAX_CLOUD_PATH_BYTES = 1024

/**
 * Checks a storage path (`cloudPath` / the path part of a fileID). Besides CloudBase's own limits
 * the emulator keeps files on disk, so anything that could leave the storage folder is refused:
 * `.`/`..` segments, empty segments, a leading `/`, backslashes, control characters; `?`, `#` and
 * `%` are refused too because temporary URLs carry the path raw (the SDK encodeURI()s them).
 */
export function checkCloudPath(path: unknown): string {
  const refuse = (reason: string): never => {
    throw new EmulatorError(EmulatorErrorCode.InvalidParam, `invalid cloudPath ${JSON.stringify(path)}: ${reason}`)
  }
  if (typeof path !== 'string' || path === '') return refuse('it must be a non-empty string')
  if (Buffer.byteLength(path) > MAX_CLOUD_PATH_BYTES) return refuse(`longer than ${MAX_CLOUD_PATH_BYTES} bytes`)
  if (path.startsWith('/')) return refuse('it must not start with "/"')
  if (/[\u0000-\u001f\u007f\\?#%]/.test(path)) return refuse('control characters, "\\", "?", "#" and "%" are not allowed')
  for (const segment of path.split('/')) {
    if (segment === '') return refuse('empty path segment')
    if (segment === '.' || segment === '..') return refuse('"." and ".." segments are not allowed')
  }
  return path
}
