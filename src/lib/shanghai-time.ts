/** China Standard Time has no daylight saving: a fixed +8 h, whatever the phone's own zone. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

const pad = (value: number) => String(value).padStart(2, '0')

/** `11月3日 14:05` in Asia/Shanghai, for "data from …" labels. */
export function formatShanghaiDateTime(epochMs: number): string {
  const shifted = new Date(epochMs + SHANGHAI_OFFSET_MS)
  return `${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日 ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`
}

/** `2026年11月3日 14:05` in Asia/Shanghai, for records a person may keep. */
export function formatShanghaiFullDateTime(epochMs: number): string {
  const shifted = new Date(epochMs + SHANGHAI_OFFSET_MS)
  return `${shifted.getUTCFullYear()}年${formatShanghaiDateTime(epochMs)}`
}
