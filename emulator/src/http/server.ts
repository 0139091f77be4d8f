import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { ActionRegistry, TopLevelFields } from '../action-registry'
import { EmulatorError, EmulatorErrorCode } from '../errors'
import { isLoopbackHost } from '../gateway/loopback'
import { readBody } from './read-body'
import { RouteTable } from './route-table'

const ADMIN_BODY_LIMIT = 50 * 1024 * 1024

export interface HttpServerOptions {
  /** Interface to bind. Loopback by default: the emulator is a local-development tool. */
  readonly host?: string
  /** 0 picks a free port. */
  readonly port: number
  readonly registry: ActionRegistry
  readonly routes: RouteTable
  /** Called with every failure that is not an EmulatorError, for the log. */
  readonly onUnexpectedError?: (error: unknown) => void
}

export interface RunningHttpServer {
  readonly server: Server
  readonly port: number
  readonly origin: string
  close(): Promise<void>
}

/**
 * The SDK always sends its own User-Agent and a signed Authorization header.
 * The emulator does not verify the signature (it has no real keys), but a request
 * without them did not come from @cloudbase/node-sdk and is refused, as CloudBase would.
 */
function assertSdkRequest(req: IncomingMessage): void {
  const userAgent = String(req.headers['user-agent'] ?? '')
  const sdkVersion = String(req.headers['x-sdk-version'] ?? '')
  const authorization = String(req.headers.authorization ?? '')
  const fromSdk = userAgent.startsWith('tcb-node-sdk/') || sdkVersion.startsWith('tcb-node-sdk/')
  if (!fromSdk || authorization === '') {
    throw new EmulatorError(
      EmulatorErrorCode.Unauthorized,
      'request refused: not signed by @cloudbase/node-sdk (missing SDK User-Agent or Authorization header)',
      401,
    )
  }
}

/**
 * `/admin` reads and writes the whole database without checking signatures, so it answers local tools
 * only: a browser always says which page sent a request (`Origin`), and a page whose domain was
 * rebound to 127.0.0.1 still names its own domain as the `Host`. @cloudbase/node-sdk sends no Origin
 * and the service URL's own host (`127.0.0.1:<port>` or `localhost:<port>`).
 */
function assertLocalToolRequest(req: IncomingMessage): void {
  const origin = req.headers.origin
  if (origin !== undefined) {
    throw new EmulatorError('FORBIDDEN', `requests sent by web pages are refused (Origin ${JSON.stringify(origin)}): /admin is for @cloudbase/node-sdk on this machine`, 403)
  }
  if (!isLoopbackHost(req.headers.host)) {
    throw new EmulatorError('FORBIDDEN', `requests for host ${JSON.stringify(req.headers.host ?? '')} are refused: /admin answers only requests addressed to this machine`, 403)
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  // Encoded once: a length first and the bytes at the write would each walk a page of documents' text.
  const bytes = Buffer.from(JSON.stringify(body), 'utf8')
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length })
  res.end(bytes)
}

async function handleAdmin(req: IncomingMessage, res: ServerResponse, registry: ActionRegistry, onUnexpectedError?: (error: unknown) => void): Promise<void> {
  const requestId = randomUUID()
  try {
    assertLocalToolRequest(req)
    assertSdkRequest(req)
    const raw = await readBody(req, ADMIN_BODY_LIMIT)
    let body: unknown
    try {
      body = JSON.parse(raw.toString('utf8'))
    } catch {
      throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'request body is not JSON (multipart actions such as wx.openApi are not supported)')
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'request body must be a JSON object')
    }
    const { action, ...params } = body as Record<string, unknown>
    if (typeof action !== 'string' || action === '') {
      throw new EmulatorError(EmulatorErrorCode.InvalidParam, 'request body has no action')
    }
    const data = await registry.dispatch({ action, params, headers: req.headers, requestId })
    if (data instanceof TopLevelFields) sendJson(res, 200, { ...data.fields, requestId })
    else sendJson(res, 200, data === undefined ? { requestId } : { requestId, data })
  } catch (error) {
    if (error instanceof EmulatorError) {
      sendJson(res, error.httpStatus, { code: error.code, message: error.message, requestId })
      return
    }
    onUnexpectedError?.(error)
    sendJson(res, 200, { code: EmulatorErrorCode.SystemError, message: 'emulator internal error', requestId })
  }
}

/** Starts the emulator's HTTP server: `POST /admin` for the SDK, plus whatever routes services add. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const host = options.host ?? '127.0.0.1'
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`)
    const method = req.method ?? 'GET'
    if (method === 'POST' && url.pathname === '/admin') {
      void handleAdmin(req, res, options.registry, options.onUnexpectedError)
      return
    }
    const route = options.routes.find(method, url.pathname)
    if (!route) {
      sendJson(res, 404, { code: 'NOT_FOUND', message: `no route for ${method} ${url.pathname}` })
      return
    }
    // Async, so that a handler throwing synchronously is answered like one that rejects.
    const handled = (async () => route.handle(req, res, url))()
    handled.catch((error: unknown) => {
      if (error instanceof EmulatorError) {
        if (!res.headersSent) sendJson(res, error.httpStatus === 200 ? 400 : error.httpStatus, { code: error.code, message: error.message })
        return
      }
      options.onUnexpectedError?.(error)
      if (!res.headersSent) sendJson(res, 500, { code: EmulatorErrorCode.SystemError, message: 'emulator internal error' })
      else res.end()
    })
  })
  server.keepAliveTimeout = 30_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    origin: `http://${host}:${port}`,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    },
  }
}
