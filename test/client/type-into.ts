import { act } from '@testing-library/react'

/**
 * Types into a Taro H5 `<Input>`/`<Textarea>` the way the component reports typing: a bubbling
 * `input` CustomEvent with `detail.value` (what Stencil's createEvent emits in taro-input-core).
 */
export function typeInto(field: Element, value: string): void {
  act(() => {
    field.dispatchEvent(new CustomEvent('input', { bubbles: true, composed: true, detail: { value, cursor: value.length } }))
  })
}
