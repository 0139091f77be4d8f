/** A number printed on a bulletin, and the digits to dial for it. */
export interface DialablePhone {
  readonly label: string
  readonly dial: string
}

/**
 * The numbers of a 联系电话 line, each as printed and as digits to dial (0716-8219262 → 07168219262).
 * A line may hold several (、，/ or 或 between them); an extension (转 801) is shown but not dialled.
 */
export function dialablePhones(phone: string | null): DialablePhone[] {
  if (phone === null) return []
  return phone
    .split(/[、，,;；/]|或/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .flatMap((label) => {
      const dial = (label.split(/转|ext\.?/i)[0] ?? '').replace(/[^0-9]/g, '')
      return dial.length >= 5 ? [{ label, dial }] : []
    })
}
