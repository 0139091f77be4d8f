import type { IncomingMessage } from 'node:http'
import { EmulatorError, EmulatorErrorCode } from '../errors'

/** Reads a request body, refusing one larger than `limitBytes` (CloudBase caps request sizes too). */
export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > limitBytes) {
      throw new EmulatorError(EmulatorErrorCode.InvalidParam, `request body exceeds ${limitBytes} bytes`)
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}
