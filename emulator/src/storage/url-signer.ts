import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Signs the upload and temporary-download URLs the emulator hands out, so only URLs it issued,
 * before they expire, reach stored files. The key is fresh per emulator run, as temporary URLs are.
 */
export class UrlSigner {
  private readonly key = randomBytes(32)

  sign(purpose: 'upload' | 'download', storageKey: string, expiresAt: number): string {
    return createHmac('sha256', this.key).update(`${purpose}\n${storageKey}\n${expiresAt}`).digest('hex')
  }

  verify(purpose: 'upload' | 'download', storageKey: string, expiresAt: number, signature: string, now: number): 'ok' | 'expired' | 'invalid' {
    const expected = Buffer.from(this.sign(purpose, storageKey, expiresAt), 'hex')
    const given = Buffer.from(signature, 'hex')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid'
    return now > expiresAt * 1000 ? 'expired' : 'ok'
  }
}
