import type { IncomingMessage, ServerResponse } from 'node:http'
import { EmulatorError } from '../errors'
import { contentTypeFor } from '../hosting/content-type'
import { readBody } from '../http/read-body'
import type { ServiceContext } from '../service-context'
import { checkCloudPath } from '../storage/cloud-path'
import { fileIdFor, type FileLocation } from '../storage/file-id'
import type { StorageService } from '../storage/install-storage'
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

/**
 * The browser's stand-in for `wx.cloud.uploadFile({ cloudPath, filePath })`, for the H5 build and
 * browser tests: `POST /client/storage/upload` with the file's bytes as the body, the cloud path
 * (percent-encoded UTF-8) in `X-Cloud-Path`, the demo identity in `X-WX-OPENID` and optionally the
 * environment in `X-WX-ENV`. Like a mini-program's upload it is a client request: the storage
 * security rules decide whether this person may write that path (by default, or with the usual
 * `"write": "resource.openid == auth.openid"`, nobody overwrites a file someone else uploaded), and
 * the file is stamped as theirs. A refusal answers 403 `cloud.uploadFile:fail permission denied`.
 * Answers `{ fileID, statusCode: 200, errMsg: 'cloud.uploadFile:ok' }`. Loopback only.
 */
export function installClientStorageUpload(context: ServiceContext, storage: StorageService | undefined): void {
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

      if (storage === undefined) return fail(req, res, 501, 'this emulator runs no storage service')
      let location: FileLocation
      try {
        location = { envId: envName, path: checkCloudPath(cloudPath) }
      } catch (error) {
        if (error instanceof EmulatorError) return fail(req, res, 400, error.message)
        throw error
      }
      const declared = header(req, 'content-type')
      const contentType = declared !== undefined && declared !== '' && declared !== 'application/octet-stream' ? declared : contentTypeFor(location.path)
      const fileID = fileIdFor(location)
      // The caller's openid stays out of the log: it is personal data, and the log is shared and kept.
      if (!storage.writeAsClient({ location, openid, content, contentType })) {
        context.log(`client upload refused by the storage rules: ${fileID}`)
        return fail(req, res, 403, 'permission denied (the storage security rules do not let this user write this file)')
      }
      context.log(`client upload: ${fileID} (${content.length} bytes)`)
      sendJson(res, 200, { fileID, statusCode: 200, errMsg: 'cloud.uploadFile:ok' }, corsHeaders(req, ALLOWED_HEADERS))
    },
  })
}
