import type { IncomingMessage } from 'node:http'
import { isLoopbackAddress, isLoopbackHost, isLoopbackOrigin } from './loopback'

/** One request header as a string (Node gives repeated headers as an array; the first wins). */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * CORS headers for a loopback page (the H5 dev server runs on another port); none for other origins,
 * so a browser refuses to hand the answer to a website.
 */
export function loopbackCorsHeaders(req: IncomingMessage, allowedHeaders: string): Record<string, string> {
  const origin = header(req, 'origin')
  if (origin === undefined || !isLoopbackOrigin(origin)) return {}
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': allowedHeaders,
    'access-control-max-age': '600',
    vary: 'Origin',
  }
}

/** Why a client-gateway request is refused (not from or addressed to this machine, or sent by a non-loopback page), or undefined. */
export function clientGatewayRefusal(req: IncomingMessage): string | undefined {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return 'the client gateway answers loopback clients only'
  if (!isLoopbackHost(header(req, 'host'))) return `requests for host ${JSON.stringify(header(req, 'host') ?? '')} are refused: the client gateway answers only requests addressed to this machine`
  const origin = header(req, 'origin')
  if (origin !== undefined && !isLoopbackOrigin(origin)) return `pages at ${origin} may not call the client gateway`
  return undefined
}
