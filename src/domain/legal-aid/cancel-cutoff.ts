const MINUTE_MS = 60_000

/** The last moment a booking can be cancelled in the app: the cut-off before its start. */
export function cancelDeadline(startsAt: number, cutoffMinutes: number): number {
  return startsAt - cutoffMinutes * MINUTE_MS
}

/**
 * Whether the worker may still cancel in the app. After the cut-off the host has planned the
 * session around them, so a change goes by phone, person to person.
 */
export function canCancelAt(startsAt: number, now: number, cutoffMinutes: number): boolean {
  return now < cancelDeadline(startsAt, cutoffMinutes)
}

/** The cut-off in words: `2 小时`, `90 分钟`, `1 天`. */
export function describeCutoff(cutoffMinutes: number): string {
  if (cutoffMinutes % (24 * 60) === 0) return `${cutoffMinutes / (24 * 60)} 天`
  if (cutoffMinutes % 60 === 0) return `${cutoffMinutes / 60} 小时`
  return `${cutoffMinutes} 分钟`
}
