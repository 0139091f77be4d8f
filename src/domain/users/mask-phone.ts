/** `13800138000` → `138****8000`: enough for a person to recognise their number, not to read it. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length)
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`
}

/** The last four digits, which staff use to find a person who phones in. */
export function phoneTail(phone: string): string {
  return phone.slice(-4)
}
