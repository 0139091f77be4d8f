function hex8(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0')
}

/**
 * A 64-bit non-cryptographic digest of a string as 16 hex characters, in pure JavaScript so it
 * runs the same in a cloud function and on a phone (no Node crypto, no BigInt for old iOS).
 * Two 32-bit multiply-xorshift lanes, after cyrb53 (public domain). At the scale of every station
 * in China (~186,000) the chance of any collision is about one in a billion.
 */
export function textDigest(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return hex8(h2) + hex8(h1)
}
