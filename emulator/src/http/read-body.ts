import type { IncomingMessage } from 'node:http'
import { EmulatorError, EmulatorErrorCode } from '../errors'

/** How much of an oversized body is read and thrown away so the connection can carry the answer and the next request. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024

/**
 * Reads a request body, refusing one larger than `limitBytes` (CloudBase caps request sizes too).
 * The rest of an oversized body is still read and discarded before the refusal is thrown, so the
 * answer reaches the client and a keep-alive connection stays usable for its next request (an unread
 * body would otherwise be parsed as that request). A body that goes on past another 64 MiB is cut off
 * by closing the connection.
 */
export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size <= limitBytes) {
      chunks.push(buffer)
      continue
    }
    chunks.length = 0
    if (size > limitBytes + DRAIN_LIMIT_BYTES) {
      req.socket.destroy()
      break
    }
  }
  if (size > limitBytes) throw new EmulatorError(EmulatorErrorCode.InvalidParam, `request body exceeds ${limitBytes} bytes`)
  return Buffer.concat(chunks)
}
