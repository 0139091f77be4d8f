import type { IncomingMessage, ServerResponse } from 'node:http'
import { EmulatorError } from '../errors'
import type { FunctionsHostService } from '../functions/install-functions-host'
import { FunctionInvocationError } from '../functions/invocation-error'
import { readBody } from '../http/read-body'
import type { ServiceContext } from '../service-context'
import type { StorageService } from '../storage/install-storage'
import { installClientStorageUpload } from './install-client-storage-upload'
import { clientGatewayRefusal, header, loopbackCorsHeaders as corsHeaders } from './client-request'
import { sendJson, sendJsonText } from './send-json'
import { wxCloudFailure, wxCloudRequestFailure, type WxCloudFailure } from './wx-cloud-failure'

/** The client gateway's address, for tests and the H5 build's configuration. */
export interface ClientGatewayService {
  /** `http://127.0.0.1:<port>/client/functions/<name>`. */
  urlFor(functionName: string): string
}

const ROUTE = /^\/client\/functions\/([^/]+)$/
const DEFAULT_APP_ID = 'wx-local-app'
/** SCF's limit on a synchronous invocation's event. */
const MAX_BODY_BYTES = 6 * 1024 * 1024
const IDENTITY = /^[A-Za-z0-9_-]{1,128}$/
const ALLOWED_HEADERS = 'content-type, x-wx-openid, x-wx-appid, x-wx-unionid'

function sendFailure(req: IncomingMessage, res: ServerResponse, failure: WxCloudFailure): void {
  sendJson(res, failure.status, { errCode: failure.errCode, errMsg: failure.errMsg }, corsHeaders(req, ALLOWED_HEADERS))
}

/** Refuses what wx.cloud would never deliver, and anything not from this machine. */
function refusal(req: IncomingMessage): WxCloudFailure | undefined {
  const reason = clientGatewayRefusal(req)
  return reason === undefined ? undefined : wxCloudRequestFailure(403, reason)
}

/**
 * The event as JSON text, checked to be a JSON object but passed on as it came: the gateway never
 * re-serialises a caller's payload, so its nesting is the function's business (it answers with its
 * own typed error), not a stack overflow in the emulator.
 */
async function readEventJson(req: IncomingMessage): Promise<string> {
  let raw: Buffer
  try {
    raw = await readBody(req, MAX_BODY_BYTES)
  } catch (error) {
    throw new EmulatorError('INVALID_PARAM', error instanceof Error ? error.message : String(error), 413)
  }
  const text = raw.toString('utf8').trim()
  if (text === '') return '{}'
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new EmulatorError('INVALID_PARAM', 'the body must be the JSON object passed as `data`', 400)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new EmulatorError('INVALID_PARAM', '`data` must be a JSON object', 400)
  return text
}

/**
 * The client gateway, for local development only (the H5 build and browser tests): stands in for
 * `wx.cloud.callFunction({ name, data })`. `POST /client/functions/<name>` with `data` as the JSON
 * body and the demo identity in `X-WX-OPENID` (required), `X-WX-APPID` (default `wx-local-app`) and
 * `X-WX-UNIONID` (optional); the function runs as that mini-program user. Answers
 * `{ result, requestID, errMsg: 'cloud.callFunction:ok' }`, or a non-2xx `{ errCode, errMsg }` shaped
 * like wx.cloud's failures. Loopback clients and loopback page origins only.
 */
export function installClientGateway(context: ServiceContext, functions: FunctionsHostService, storage?: StorageService): ClientGatewayService {
  context.routes.add({
    method: 'OPTIONS',
    path: ROUTE,
    handle: (req: IncomingMessage, res: ServerResponse) => {
      const refused = refusal(req)
      if (refused) return sendFailure(req, res, refused)
      res.writeHead(204, corsHeaders(req, ALLOWED_HEADERS)).end()
    },
  })

  context.routes.add({
    method: 'POST',
    path: ROUTE,
    handle: async (req: IncomingMessage, res: ServerResponse, url: URL) => {
      const refused = refusal(req)
      if (refused) return sendFailure(req, res, refused)
      const openid = header(req, 'x-wx-openid')
      const appid = header(req, 'x-wx-appid') ?? DEFAULT_APP_ID
      const unionid = header(req, 'x-wx-unionid')
      if (openid === undefined || !IDENTITY.test(openid)) {
        return sendFailure(req, res, wxCloudRequestFailure(401, 'the X-WX-OPENID header (the demo user\'s openid: letters, digits, _ or -) is required'))
      }
      if (!IDENTITY.test(appid) || (unionid !== undefined && !IDENTITY.test(unionid))) {
        return sendFailure(req, res, wxCloudRequestFailure(400, 'X-WX-APPID and X-WX-UNIONID may hold letters, digits, _ or - only'))
      }
      let eventJson: string
      try {
        eventJson = await readEventJson(req)
      } catch (error) {
        if (!(error instanceof EmulatorError)) throw error
        return sendFailure(req, res, wxCloudRequestFailure(error.httpStatus, error.message))
      }
      let name: string
      try {
        name = decodeURIComponent(ROUTE.exec(url.pathname)?.[1] ?? '')
      } catch {
        return sendFailure(req, res, wxCloudRequestFailure(400, 'malformed function name in the URL'))
      }
      const clientIp = req.socket.remoteAddress?.replace(/^::ffff:/, '')
      try {
        const { requestId, responseJson } = await functions.invokeJson(name, eventJson, {
          kind: 'client',
          openid,
          appid,
          ...(unionid === undefined ? {} : { unionid }),
          ...(clientIp === undefined ? {} : { clientIp }),
        })
        const answer = `{"errMsg":"cloud.callFunction:ok","result":${responseJson},"requestID":${JSON.stringify(requestId)}}`
        sendJsonText(res, 200, answer, corsHeaders(req, ALLOWED_HEADERS))
      } catch (error) {
        if (!(error instanceof FunctionInvocationError)) throw error
        sendFailure(req, res, wxCloudFailure(error))
      }
    },
  })

  // The browser's other wx.cloud stand-in: file uploads (the files are stored by the storage service).
  installClientStorageUpload(context, storage)

  return { urlFor: functionName => `${context.origin()}/client/functions/${encodeURIComponent(functionName)}` }
}
