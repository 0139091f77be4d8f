/** A wall-clock time of day written `HH:MM`, 24-hour, zero-padded (`08:00`, `21:30`). */
export type ClockTime = string

const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/

/** True for a well-formed `HH:MM` between `00:00` and `23:59`. */
export function isClockTime(value: string): boolean {
  return CLOCK_TIME_PATTERN.test(value)
}

/** `08:30` → 510 minutes after midnight. */
export function clockTimeToMinutes(time: ClockTime): number {
  const match = CLOCK_TIME_PATTERN.exec(time)
  if (match === null) throw new RangeError(`Invalid clock time: ${time}`)
  return Number(match[1]) * 60 + Number(match[2])
}

/** 510 → `08:30`. Minutes are taken modulo a day, so 1440 reads `00:00`. */
export function minutesToClockTime(minutes: number): ClockTime {
  if (!Number.isInteger(minutes)) throw new RangeError(`Invalid minutes: ${minutes}`)
  const inDay = ((minutes % 1440) + 1440) % 1440
  const hour = Math.floor(inDay / 60)
  const minute = inDay % 60
  return `${hour < 10 ? '0' : ''}${hour}:${minute < 10 ? '0' : ''}${minute}`
}
