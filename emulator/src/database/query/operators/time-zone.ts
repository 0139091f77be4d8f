import { MingoError } from 'mingo/util'

const OFFSET = /^([+-])(\d{2})(?::?(\d{2}))?$/
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(zone: string): Intl.DateTimeFormat {
  const cached = formatters.get(zone)
  if (cached !== undefined) return cached
  let formatter: Intl.DateTimeFormat
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
  } catch {
    throw new MingoError(`unrecognized time zone identifier: "${zone}"`)
  }
  formatters.set(zone, formatter)
  return formatter
}

/**
 * Minutes east of UTC of a MongoDB `timezone` argument at an instant: an Olson name
 * (`Asia/Shanghai`, `UTC`, `GMT`) or a UTC offset (`+08:00`, `-0530`, `+03`).
 */
export function timeZoneOffsetMinutes(zone: string, at: Date): number {
  const offset = OFFSET.exec(zone)
  if (offset !== null) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0)
    return offset[1] === '-' ? -minutes : minutes
  }
  const parts: Record<string, number> = {}
  for (const part of formatterFor(zone).formatToParts(at)) parts[part.type] = Number(part.value)
  const wallClock = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
  const wholeSeconds = at.getTime() - at.getUTCMilliseconds()
  return Math.round((wallClock - wholeSeconds) / 60_000)
}

/** The instant moved by the zone's offset, so that its UTC fields read as the zone's wall time. */
export function wallTime(at: Date, zone: string | undefined): { readonly local: Date; readonly offsetMinutes: number } {
  const offsetMinutes = zone === undefined ? 0 : timeZoneOffsetMinutes(zone, at)
  return { local: new Date(at.getTime() + offsetMinutes * 60_000), offsetMinutes }
}
