import { describe, expect, it } from 'vitest'
import { afterFailedSend, MAX_SEND_ATTEMPTS, retryDelayMs, sendFailureKind } from './send-retry'

const now = new Date('2026-05-01T00:00:00.000Z')
const minutes = (ms: number) => ms / 60_000

describe('after a failed send', () => {
  it('tries again for WeChat busy (-1), the frequency limit (45009) and no answer at all', () => {
    for (const errcode of [-1, 45009, null]) expect(sendFailureKind(errcode)).toBe('transient')
    expect(afterFailedSend(1, -1, now)).toEqual({ kind: 'retry', at: new Date('2026-05-01T00:01:00.000Z') })
  })

  it('settles for good when WeChat refuses: not subscribed, bad data, bad openid, anything else', () => {
    for (const errcode of [43101, 47003, 40003, 40037]) {
      expect(sendFailureKind(errcode)).toBe('final')
      expect(afterFailedSend(1, errcode, now)).toEqual({ kind: 'settle', reason: 'refused' })
    }
  })

  it('waits twice as long each time, at most an hour, and gives up after the last attempt', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(attempts => minutes(retryDelayMs(attempts)))).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60])
    expect(afterFailedSend(MAX_SEND_ATTEMPTS - 1, -1, now).kind).toBe('retry')
    expect(afterFailedSend(MAX_SEND_ATTEMPTS, -1, now)).toEqual({ kind: 'settle', reason: 'gave-up' })
  })
})
