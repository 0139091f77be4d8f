import { wechatError, type WechatAnswer } from './wechat-answer'

/** One `wx.api` call as the outbox recorded it. */
export interface OutboxEntry {
  /** Increasing from 1, in call order. */
  readonly id: number
  /** The API path, e.g. `/cgi-bin/message/subscribe/send`. */
  readonly apiName: string
  readonly requestData: unknown
  /** What the emulator answered, as WeChat would have. */
  readonly response: WechatAnswer
  /** ISO time of the call. */
  readonly at: string
}

/** Enough for any test or demo session; older calls are dropped so a long-running emulator stays small. */
const MAX_ENTRIES = 1000

interface FailureRule {
  remaining: number
  readonly errcode: number
  readonly apiName: string | undefined
}

/**
 * The record of every WeChat server API call the functions made, kept instead of sending them,
 * plus injected failures: `failNext(count, errcode, apiName?)` makes the next matching calls
 * answer that WeChat error, so product retries and fallbacks can be tested.
 */
export class WxOutbox {
  private readonly entries: OutboxEntry[] = []
  private readonly failures: FailureRule[] = []
  private nextId = 1

  record(apiName: string, requestData: unknown, response: WechatAnswer): OutboxEntry {
    const entry: OutboxEntry = { id: this.nextId++, apiName, requestData, response, at: new Date().toISOString() }
    this.entries.push(entry)
    if (this.entries.length > MAX_ENTRIES) this.entries.shift()
    return entry
  }

  list(): readonly OutboxEntry[] {
    return [...this.entries]
  }

  clear(): void {
    this.entries.length = 0
    this.failures.length = 0
  }

  failNext(count: number, errcode: number, apiName?: string): void {
    if (!Number.isInteger(count) || count < 1) throw new Error(`failNext count must be a positive integer, got ${count}`)
    if (!Number.isInteger(errcode) || errcode === 0) throw new Error(`failNext errcode must be a non-zero WeChat errcode, got ${errcode}`)
    this.failures.push({ remaining: count, errcode, apiName })
  }

  /** The injected failure for this call, if one is pending for its API; consumes it. */
  takeFailure(apiName: string): WechatAnswer | undefined {
    const rule = this.failures.find(candidate => candidate.apiName === undefined || candidate.apiName === apiName)
    if (!rule) return undefined
    rule.remaining -= 1
    if (rule.remaining === 0) this.failures.splice(this.failures.indexOf(rule), 1)
    return wechatError(rule.errcode)
  }
}
