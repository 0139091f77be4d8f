/**
 * What the dispatcher does after a `subscribeMessage.send` that did not succeed: try again later
 * (WeChat busy, the frequency limit, or no answer at all) or settle the message for good (WeChat
 * refused it). Settled messages stay in 消息; only the WeChat copy is given up.
 */

/** WeChat's "system busy, try again" (-1) and its frequency limit (45009): worth another try later. */
export const TRANSIENT_ERRCODES: ReadonlySet<number> = new Set([-1, 45009])

/** The refusals the dispatcher expects: the person did not subscribe (43101), bad data (47003), bad openid (40003). */
export const KNOWN_FINAL_ERRCODES: ReadonlySet<number> = new Set([43101, 47003, 40003])

/** Sends tried at most this often (the first and 7 retries, over about three hours), then given up. */
export const MAX_SEND_ATTEMPTS = 8

const MINUTE_MS = 60_000
/** Waits after the 1st, 2nd… failed attempt: doubling from one minute, at most an hour. */
const BACKOFF_MINUTES: readonly number[] = [1, 2, 4, 8, 16, 32, 60]

/**
 * How one failed send is classified. `errcode` is WeChat's code, or null when no answer came (the
 * network, a timeout, an answer in an unexpected shape), which is transient like a busy WeChat.
 */
export function sendFailureKind(errcode: number | null): 'transient' | 'final' {
  return errcode === null || TRANSIENT_ERRCODES.has(errcode) ? 'transient' : 'final'
}

/** How long to wait before attempt `attemptsSoFar + 1`, after `attemptsSoFar` failed ones. */
export function retryDelayMs(attemptsSoFar: number): number {
  const index = Math.min(Math.max(attemptsSoFar, 1), BACKOFF_MINUTES.length) - 1
  return (BACKOFF_MINUTES[index] ?? 60) * MINUTE_MS
}

export type AfterFailure =
  | { readonly kind: 'retry'; readonly at: Date }
  /** Settle as failed: refused by WeChat, or still failing after the last attempt. */
  | { readonly kind: 'settle'; readonly reason: 'refused' | 'gave-up' }

/** The next step after attempt number `attempts` (1 for the first) failed with `errcode` at `now`. */
export function afterFailedSend(attempts: number, errcode: number | null, now: Date): AfterFailure {
  if (sendFailureKind(errcode) === 'final') return { kind: 'settle', reason: 'refused' }
  if (attempts >= MAX_SEND_ATTEMPTS) return { kind: 'settle', reason: 'gave-up' }
  return { kind: 'retry', at: new Date(now.getTime() + retryDelayMs(attempts)) }
}
