import type { IncomingMessage } from 'node:http'
import { EmulatorError } from '../errors'

/**
 * Local-development endpoints (client gateway, test controls, trigger firing) answer only this
 * machine: a request from another address is refused, and so is a browser request sent by a page
 * from a non-loopback origin (a website could otherwise drive them through the developer's browser).
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false
  const bare = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address
  return bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare)
}

function isLoopbackHostname(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
}

/** True for `http(s)://localhost`, `127.x.x.x` or `[::1]` origins, any port. */
export function isLoopbackOrigin(origin: string): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  return isLoopbackHostname(url.hostname)
}

/**
 * True when the `Host` header names this machine (`localhost`, `127.x.x.x`, `[::1]`, any port). A web
 * page that rebinds its own domain to 127.0.0.1 reaches the emulator with its domain as the Host, so
 * this is what tells such a request from one a local tool sent.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined || host === '') return false
  let url: URL
  try {
    url = new URL(`http://${host}`)
  } catch {
    return false
  }
  return isLoopbackHostname(url.hostname)
}

/** Throws a 403 EmulatorError unless the request comes from this machine (and, if from a browser, from a loopback page). */
export function assertLoopbackRequest(req: IncomingMessage): void {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    throw new EmulatorError('FORBIDDEN', 'this endpoint of the CloudBase emulator answers loopback clients only', 403)
  }
  if (!isLoopbackHost(req.headers.host)) {
    throw new EmulatorError('FORBIDDEN', `requests for host ${JSON.stringify(req.headers.host ?? '')} are refused: the emulator answers only requests addressed to this machine`, 403)
  }
  const origin = req.headers.origin
  if (origin !== undefined && !isLoopbackOrigin(origin)) {
    throw new EmulatorError('FORBIDDEN', `requests from pages at ${origin} are refused: only loopback origins may call the emulator`, 403)
  }
}
