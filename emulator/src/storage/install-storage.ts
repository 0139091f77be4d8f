import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import type { ActionRequest } from '../action-registry'
import { EmulatorError, EmulatorErrorCode } from '../errors'
import { contentTypeFor } from '../hosting/content-type'
import { readBody } from '../http/read-body'
import type { ServiceContext } from '../service-context'
import { MemoryBlobStore, type BlobStore } from './blob-store'
import { checkCloudPath } from './cloud-path'
import { DiskBlobStore } from './disk-blob-store'
import { bucketFor, fileIdFor, parseFileId, storageKey, type FileLocation } from './file-id'
import { DEFAULT_STORAGE_RULES, type StorageRules } from './storage-rules'
import { UrlSigner } from './url-signer'

/** A stored file as tests see it. */
export interface StoredFileSummary {
  readonly fileID: string
  readonly size: number
  readonly contentType: string
  readonly uploadedAt: string
}

/** A file a client (a mini-program, through the gateway) asks to write. */
export interface ClientWrite {
  readonly location: FileLocation
  readonly openid: string
  readonly content: Buffer
  readonly contentType: string
}

/** Storage's view for tests, and the client-side access the gateway stands in for. */
export interface StorageService {
  files(): readonly StoredFileSummary[]
  read(fileID: string): { readonly content: Buffer; readonly contentType: string } | undefined
  /** The openid of the client that uploaded the file; null for a server upload, undefined when there is no such file. */
  ownerOf(fileID: string): string | null | undefined
  /**
   * Writes a file on a client's behalf if the storage security rules let that client write it (`write`,
   * with `resource` the file already there, or the new file as the client's own); the file then belongs
   * to the client. False, writing nothing, when the rules refuse.
   */
  writeAsClient(write: ClientWrite): boolean
}

export interface StorageOptions {
  /** The storage security rules for client requests; CloudBase's default basic permission when absent. */
  readonly rules?: StorageRules
}

const UPLOAD_URL_TTL_SECONDS = 600
const DEFAULT_TEMP_URL_TTL_SECONDS = 86_400
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024
const UPLOAD_PREFIX = '/storage/upload/'
const DOWNLOAD_PREFIX = '/storage/download/'

function envOf(request: ActionRequest): string {
  const envName = request.params.envName
  return typeof envName === 'string' && envName !== '' ? envName : 'local'
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, char => `&#${char.charCodeAt(0)};`)
}

/** Answers as COS does on failure: an XML `<Error>` the SDK parses (Code, Message, RequestId, TraceId). */
function sendCosError(res: ServerResponse, status: number, code: string, message: string, resource: string): void {
  const id = randomUUID()
  const body = `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message>`
    + `<Resource>${escapeXml(resource)}</Resource><RequestId>${id}</RequestId><TraceId>${id}</TraceId></Error>`
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(body)) })
  res.end(body)
}

/** The file a `/storage/<kind>/<bucket>/<path>` URL names, or undefined if it names none. */
function locationFromUrl(url: URL, prefix: string): FileLocation | undefined {
  const rest = url.pathname.slice(prefix.length)
  const slash = rest.indexOf('/')
  if (slash <= 0) return undefined
  const bucket = rest.slice(0, slash)
  const envId = /^[0-9a-f]+-(.+)-1250000000$/.exec(bucket)?.[1]
  if (envId === undefined || bucketFor(envId) !== bucket) return undefined
  let path: string
  try {
    path = decodeURIComponent(rest.slice(slash + 1))
    checkCloudPath(path)
  } catch {
    return undefined
  }
  return { envId, path }
}

function contentTypeOf(req: IncomingMessage, path: string): string {
  const declared = req.headers['content-type']
  return declared !== undefined && declared !== '' && declared !== 'application/octet-stream' ? declared : contentTypeFor(path)
}

/**
 * Installs cloud storage: `storage.getUploadMetadata` (+ the signed PUT URL it returns),
 * `storage.batchGetDownloadUrl` (signed temporary URLs served by the emulator, with expiry),
 * `storage.batchDeleteFile`. Files live under `<dataDir>/storage/` or in memory; fileIDs look like
 * CloudBase's `cloud://<env>.<bucket>/<path>`.
 */
export function installStorage(context: ServiceContext, options: StorageOptions = {}): StorageService {
  const rules = options.rules ?? DEFAULT_STORAGE_RULES
  const store: BlobStore = context.dataDir === undefined ? new MemoryBlobStore() : new DiskBlobStore(join(context.dataDir, 'storage'))
  const signer = new UrlSigner()

  function downloadUrl(location: FileLocation, ttlSeconds: number): string {
    const expires = Math.floor(Date.now() / 1000) + ttlSeconds
    const sign = signer.sign('download', storageKey(location), expires)
    // The path stays raw: the SDK encodeURI()s temporary URLs before fetching them, as CloudBase's are raw too.
    return `${context.origin()}${DOWNLOAD_PREFIX}${bucketFor(location.envId)}/${location.path}?t=${expires}&sign=${sign}`
  }

  context.registry.register('storage.getUploadMetadata', (request: ActionRequest) => {
    const location: FileLocation = { envId: envOf(request), path: checkCloudPath(request.params.path) }
    const expires = Math.floor(Date.now() / 1000) + UPLOAD_URL_TTL_SECONDS
    const encodedPath = location.path.split('/').map(encodeURIComponent).join('/')
    const fileId = fileIdFor(location)
    return {
      url: `${context.origin()}${UPLOAD_PREFIX}${bucketFor(location.envId)}/${encodedPath}?expires=${expires}`,
      token: 'local-emulator-token',
      authorization: signer.sign('upload', storageKey(location), expires),
      fileId,
      // Sent back by the SDK as an HTTP header, so it must be plain ASCII, like COS's opaque ids.
      cosFileId: Buffer.from(storageKey(location)).toString('base64url'),
      download_url: downloadUrl(location, DEFAULT_TEMP_URL_TTL_SECONDS),
    }
  })

  context.registry.register('storage.batchGetDownloadUrl', (request: ActionRequest) => {
    const list = request.params.file_list
    if (!Array.isArray(list)) throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'file_list must be an array')
    return {
      download_list: list.map((item: unknown) => {
        const entry = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {}
        const fileID = typeof entry.fileid === 'string' ? entry.fileid : ''
        const location = parseFileId(fileID)
        if (!location) return { fileID, tempFileURL: '', code: 'INVALID_PARAM', message: `not a fileID of this environment: ${JSON.stringify(fileID)}` }
        if (!store.get(storageKey(location))) return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST', message: 'storage file not exist' }
        const maxAge = typeof entry.max_age === 'number' && entry.max_age > 0 ? entry.max_age : DEFAULT_TEMP_URL_TTL_SECONDS
        return { fileID, tempFileURL: downloadUrl(location, maxAge), code: 'SUCCESS' }
      }),
    }
  })

  context.registry.register('storage.batchDeleteFile', (request: ActionRequest) => {
    const list = request.params.fileid_list
    if (!Array.isArray(list)) throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'fileid_list must be an array')
    return {
      delete_list: list.map((fileID: unknown) => {
        const location = typeof fileID === 'string' ? parseFileId(fileID) : undefined
        if (!location) return { fileID, code: 'INVALID_PARAM' }
        return { fileID, code: store.delete(storageKey(location)) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' }
      }),
    }
  })

  context.routes.add({
    method: 'PUT',
    path: UPLOAD_PREFIX,
    handle: async (req: IncomingMessage, res: ServerResponse, url: URL) => {
      const location = locationFromUrl(url, UPLOAD_PREFIX)
      if (!location) return sendCosError(res, 400, 'InvalidURI', 'not an upload URL of this emulator', url.pathname)
      const expires = Number(url.searchParams.get('expires'))
      const signature = String(req.headers.authorization ?? '')
      const verdict = signer.verify('upload', storageKey(location), expires, signature, Date.now())
      if (verdict !== 'ok') {
        return sendCosError(res, 403, verdict === 'expired' ? 'RequestTimeTooSkewed' : 'SignatureDoesNotMatch', `upload signature ${verdict}`, location.path)
      }
      let content: Buffer
      try {
        content = await readBody(req, MAX_UPLOAD_BYTES)
      } catch {
        return sendCosError(res, 400, 'EntityTooLarge', `uploads are limited to ${MAX_UPLOAD_BYTES} bytes`, location.path)
      }
      store.put(storageKey(location), { content, contentType: contentTypeOf(req, location.path), uploadedAt: new Date().toISOString() })
      res.writeHead(200, { etag: `"${randomUUID()}"`, 'content-length': '0' })
      res.end()
    },
  })

  const serveDownload = (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    const location = locationFromUrl(url, DOWNLOAD_PREFIX)
    if (!location) return sendCosError(res, 404, 'NoSuchKey', 'The specified key does not exist.', url.pathname)
    const verdict = signer.verify('download', storageKey(location), Number(url.searchParams.get('t')), url.searchParams.get('sign') ?? '', Date.now())
    if (verdict !== 'ok') return sendCosError(res, 403, 'AccessDenied', verdict === 'expired' ? 'Request has expired' : 'Access Denied.', location.path)
    const object = store.get(storageKey(location))
    if (!object) return sendCosError(res, 404, 'NoSuchKey', 'The specified key does not exist.', location.path)
    res.writeHead(200, {
      'content-type': object.contentType,
      'content-length': String(object.content.length),
      'last-modified': new Date(object.uploadedAt).toUTCString(),
      'cache-control': 'private, max-age=0',
    })
    res.end(req.method === 'HEAD' ? undefined : object.content)
  }
  context.routes.add({ method: 'GET', path: DOWNLOAD_PREFIX, handle: serveDownload })
  context.routes.add({ method: 'HEAD', path: DOWNLOAD_PREFIX, handle: serveDownload })

  function summary(key: string): StoredFileSummary | undefined {
    const object = store.get(key)
    const slash = key.indexOf('/')
    if (!object || slash <= 0) return undefined
    return {
      fileID: fileIdFor({ envId: key.slice(0, slash), path: key.slice(slash + 1) }),
      size: object.content.length,
      contentType: object.contentType,
      uploadedAt: object.uploadedAt,
    }
  }

  return {
    files: () => store.keys().flatMap(key => summary(key) ?? []),
    read(fileID) {
      const location = parseFileId(fileID)
      const object = location ? store.get(storageKey(location)) : undefined
      return object ? { content: object.content, contentType: object.contentType } : undefined
    },
    ownerOf(fileID) {
      const location = parseFileId(fileID)
      const object = location ? store.get(storageKey(location)) : undefined
      return object === undefined ? undefined : object.owner ?? null
    },
    writeAsClient(write) {
      const key = storageKey(write.location)
      const existing = store.get(key)
      const resource = { openid: existing === undefined ? write.openid : existing.owner ?? null, path: write.location.path }
      if (!rules.write({ auth: { openid: write.openid }, resource })) return false
      store.put(key, { content: write.content, contentType: write.contentType, uploadedAt: new Date().toISOString(), owner: write.openid })
      return true
    },
  }
}
