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

/** True for `http(s)://localhost`, `127.x.x.x` or `[::1]` origins, any port. */
export function isLoopbackOrigin(origin: string): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  return url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(url.hostname)
}

/** Throws a 403 EmulatorError unless the request comes from this machine (and, if from a browser, from a loopback page). */
export function assertLoopbackRequest(req: IncomingMessage): void {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    throw new EmulatorError('FORBIDDEN', 'this endpoint of the CloudBase emulator answers loopback clients only', 403)
  }
  const origin = req.headers.origin
  if (origin !== undefined && !isLoopbackOrigin(origin)) {
    throw new EmulatorError('FORBIDDEN', `requests from pages at ${origin} are refused: only loopback origins may call the emulator`, 403)
  }
}
