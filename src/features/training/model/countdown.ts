const SECOND_MS = 1000
const MINUTE_MS = 60 * SECOND_MS
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

/**
 * How far the phone's clock is from the server's, from an answer's server time `at` and when the phone
 * received it: a phone set a few minutes wrong would otherwise count down to the wrong moment.
 */
export function serverClockOffset(serverAt: string, receivedAtMs: number): number {
  const at = Date.parse(serverAt)
  return Number.isNaN(at) ? 0 : at - receivedAtMs
}

/** The opening countdown: null once sign-up has opened (by the server's clock). */
export function openingCountdown(opensAt: string, phoneNowMs: number, offsetMs: number): { readonly words: string; readonly remainingMs: number } | null {
  const remainingMs = Date.parse(opensAt) - (phoneNowMs + offsetMs)
  if (!(remainingMs > 0)) return null
  // Whole seconds left, rounded up, so the words never say 0 秒 while it is still closed (nor 60 秒).
  const total = Math.ceil(remainingMs / SECOND_MS)
  const days = Math.floor(total / (DAY_MS / SECOND_MS))
  const hours = Math.floor((total % (DAY_MS / SECOND_MS)) / (HOUR_MS / SECOND_MS))
  const minutes = Math.floor((total % (HOUR_MS / SECOND_MS)) / 60)
  const seconds = total % 60
  const words = days > 0 ? `${days} 天 ${hours} 小时` : hours > 0 ? `${hours} 小时 ${minutes} 分` : minutes > 0 ? `${minutes} 分 ${seconds} 秒` : `${seconds} 秒`
  return { words: `离开始报名还有 ${words}`, remainingMs }
}

/** How soon to count again: every second in the last hour, else every half minute. */
export function countdownTickMs(remainingMs: number): number {
  return remainingMs <= HOUR_MS ? SECOND_MS : 30 * SECOND_MS
}
