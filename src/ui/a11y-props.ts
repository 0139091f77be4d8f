/** What assistive technology should hear about an element, whatever the platform. */
export interface A11yAttributes {
  readonly label?: string
  readonly role?: string
  readonly hidden?: boolean
  readonly live?: 'polite' | 'assertive'
  readonly checked?: boolean
  readonly disabled?: boolean
  readonly modal?: boolean
  readonly busy?: boolean
  readonly level?: number
}

/** Props for a Taro component; the names differ per platform, the meaning does not. */
export type A11yProps = Readonly<Record<string, string>>

/**
 * Taro passes camelCase `ariaLabel`/`ariaRole` to weapp's `aria-label`/`aria-role` (with the
 * config/plugins/weapp-aria.ts template patch), while on H5 the web components only forward the
 * DOM's own `aria-*` and `role` attributes. One helper keeps call sites platform-free.
 */
export function a11yProps(attributes: A11yAttributes): A11yProps {
  const entries: Array<[string, string | undefined]> = [
    ['role', attributes.role],
    ['label', attributes.label],
    ['hidden', attributes.hidden === undefined ? undefined : String(attributes.hidden)],
    ['live', attributes.live],
    ['checked', attributes.checked === undefined ? undefined : String(attributes.checked)],
    ['disabled', attributes.disabled === undefined ? undefined : String(attributes.disabled)],
    ['modal', attributes.modal === undefined ? undefined : String(attributes.modal)],
    ['busy', attributes.busy === undefined ? undefined : String(attributes.busy)],
    ['level', attributes.level === undefined ? undefined : String(attributes.level)],
  ]
  const props: Record<string, string> = {}
  for (const [name, value] of entries) {
    if (value === undefined) continue
    if (process.env.TARO_ENV === 'h5') {
      props[name === 'role' ? 'role' : `aria-${name}`] = value
    } else {
      props[`aria${name.charAt(0).toUpperCase()}${name.slice(1)}`] = value
    }
  }
  return props
}
