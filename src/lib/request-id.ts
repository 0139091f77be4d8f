const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/**
 * A fresh idempotency key (20 characters, matching `requestKey` in the contracts). Not a secret,
 * only unique per write: weapp has no `crypto.getRandomValues`, so the time plus Math.random.
 */
export function newRequestId(now: number = Date.now()): string {
  let random = ''
  for (let i = 0; i < 12; i += 1) random += ALPHABET.charAt(Math.floor(Math.random() * ALPHABET.length))
  return `${now.toString(36).padStart(8, '0').slice(-8)}${random}`
}
