import { toHalfWidth } from './half-width'

const MOBILE = /^1[3-9]\d{9}$/
// Mainland area codes: 010 and 02x have three digits, all others four (0571, 0898).
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})$/
const EXTENSION = /(?:转|ext\.?|x|#|-)(\d{1,6})$/i

/**
 * A station's phone number in one canonical form, or null when it is neither a mainland mobile
 * number nor a landline with its area code: `13800138000`, `0571-87654321`, `010-12345678-123`.
 * Accepts what spreadsheets hold: full-width digits, spaces, `(0571)`, `+86`, `转123`.
 */
export function normalizePhone(text: string): string | null {
  let compact = toHalfWidth(text).replace(/[\s()]/g, '')
  let extension = ''
  const withExtension = EXTENSION.exec(compact)
  // Only a landline can carry an extension; a bare `-1234` tail is the number itself otherwise.
  if (withExtension !== null && withExtension[1] !== undefined) {
    const base = compact.slice(0, withExtension.index).replace(/-/g, '')
    if (LANDLINE.test(base)) {
      extension = `-${withExtension[1]}`
      compact = base
    }
  }
  const digits = compact.replace(/-/g, '').replace(/^(?:\+?86)(?=1[3-9]\d{9}$)/, '')
  if (extension === '' && MOBILE.test(digits)) return digits
  const landline = LANDLINE.exec(digits)
  if (landline === null) return null
  return `${landline[1] ?? ''}-${landline[2] ?? ''}${extension}`
}
