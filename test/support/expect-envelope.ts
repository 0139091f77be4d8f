import { expect } from 'vitest'

/** A function's answer as the functions tests receive it through the SDK. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } }

/** The data of an answer that must have succeeded; otherwise the test fails with the code and message. */
export function expectOk<T>(response: Envelope<T>): T {
  if (!response.ok) throw new Error(`expected ok, got ${response.error.code}: ${response.error.message}`)
  return response.data
}

/** Checks an answer failed with `code` and gives its message, for tests that read the words too. */
export function expectError(response: Envelope<unknown>, code: string): string {
  if (response.ok) throw new Error(`expected ${code}, got ok`)
  expect(response.error.code).toBe(code)
  return response.error.message
}
