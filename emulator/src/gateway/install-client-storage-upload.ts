import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { EmulatorError } from '../errors'
import { readBody } from '../http/read-body'
import type { ServiceContext } from '../service-context'
import { clientGatewayRefusal, header, loopbackCorsHeaders as corsHeaders } from './client-request'
import { sendJson } from './send-json'

const ROUTE = '/client/storage/upload'
/** wx.cloud.uploadFile's own limit for one file from a mini-program. */
const MAX_FILE_BYTES = 50 * 1024 * 1024
const IDENTITY = /^[A-Za-z0-9_-]{1,128}$/
const ALLOWED_HEADERS = 'content-type, x-wx-openid, x-wx-env, x-cloud-path'
const DEFAULT_ENV = 'local'

/** How `wx.cloud.uploadFile` fails: a numeric errCode and a `cloud.uploadFile:fail …` message. */
function fail(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { errCode: -404001, errMsg: `cloud.uploadFile:fail ${message}` }, corsHeaders(req, ALLOWED_HEADERS))
}

function readCloudPath(req: IncomingMessage): string | undefined {
  const raw = header(req, 'x-cloud-path')
  if (raw === undefined || raw === '') return undefined
  try {
    return decodeURIComponent(raw)
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * The browser's stand-in for `wx.cloud.uploadFile({ cloudPath, filePath })`, for the H5 build and
 * browser tests: `POST /client/storage/upload` with the file's bytes as the body, the cloud path
 * (percent-encoded UTF-8) in `X-Cloud-Path`, the demo identity in `X-WX-OPENID` and optionally the
 * environment in `X-WX-ENV`. It does what wx.cloud does on the caller's behalf, through storage's
 * own protocol: asks `storage.getUploadMetadata` for a signed upload URL and PUTs the bytes there.
 * Answers `{ fileID, statusCode: 200, errMsg: 'cloud.uploadFile:ok' }`. Loopback only.
 */
export function installClientStorageUpload(context: ServiceContext): void {
  context.routes.add({
    method: 'OPTIONS',
    path: ROUTE,
    handle: (req, res) => {
      const refused = clientGatewayRefusal(req)
      if (refused !== undefined) return fail(req, res, 403, refused)
      res.writeHead(204, corsHeaders(req, ALLOWED_HEADERS)).end()
    },
  })

  context.routes.add({
    method: 'POST',
    path: ROUTE,
    handle: async (req, res, url) => {
      if (url.pathname !== ROUTE) return fail(req, res, 404, `no such endpoint ${url.pathname}`)
      const refused = clientGatewayRefusal(req)
      if (refused !== undefined) return fail(req, res, 403, refused)
      const openid = header(req, 'x-wx-openid')
      if (openid === undefined || !IDENTITY.test(openid)) {
        return fail(req, res, 401, 'the X-WX-OPENID header (the demo user\'s openid: letters, digits, _ or -) is required')
      }
      const envName = header(req, 'x-wx-env') ?? DEFAULT_ENV
      if (!IDENTITY.test(envName)) return fail(req, res, 400, 'X-WX-ENV may hold letters, digits, _ or - only')
      const cloudPath = readCloudPath(req)
      if (cloudPath === undefined) return fail(req, res, 400, 'the X-Cloud-Path header (percent-encoded cloudPath) is required')

      let content: Buffer
      try {
        content = await readBody(req, MAX_FILE_BYTES)
      } catch {
        return fail(req, res, 413, `files are limited to ${MAX_FILE_BYTES} bytes`)
      }
      if (content.length === 0) return fail(req, res, 400, 'the file is empty')

      let metadata: unknown
      try {
        metadata = await context.registry.dispatch({
          action: 'storage.getUploadMetadata',
          params: { path: cloudPath, envName },
          headers: req.headers,
          requestId: randomUUID(),
        })
      } catch (error) {
        if (error instanceof EmulatorError) return fail(req, res, 400, error.message)
        throw error
      }
      if (!isRecord(metadata) || typeof metadata.url !== 'string' || typeof metadata.authorization !== 'string' || typeof metadata.fileId !== 'string') {
        return fail(req, res, 500, 'storage answered without an upload URL')
      }
      const contentType = header(req, 'content-type')
      const put = await fetch(metadata.url, {
        method: 'PUT',
        headers: { authorization: metadata.authorization, ...(contentType === undefined ? {} : { 'content-type': contentType }) },
        body: new Uint8Array(content),
      })
      if (!put.ok) return fail(req, res, 502, `storage refused the upload (${put.status})`)
      // The caller's openid stays out of the log: it is personal data, and the log is shared and kept.
      context.log(`client upload: ${metadata.fileId} (${content.length} bytes)`)
      sendJson(res, 200, { fileID: metadata.fileId, statusCode: 200, errMsg: 'cloud.uploadFile:ok' }, corsHeaders(req, ALLOWED_HEADERS))
    },
  })
}
