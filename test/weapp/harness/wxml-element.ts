import type { RawWxmlNode } from './view-templates'

/** Whoever handles the events of the elements it rendered: a page or a custom component instance. */
export interface EventOwner {
  /** Calls the owner's method bound in the template (`bindtap="eh"` → `eh(event)`). */
  callMethod(name: string, event: unknown): unknown
  readonly description: string
}

/** One element of a rendered page, as the view layer holds it. */
export interface WxmlElement {
  /** The component name without WeChat's `wx-` prefix: `view`, `button`, `text`, `comp`… */
  readonly tag: string
  /** Attributes as the compiled template set them (WeChat camel-cases them: `openType`, `ariaLabel`). */
  readonly attrs: Readonly<Record<string, unknown>>
  readonly children: ReadonlyArray<WxmlElement | string>
  readonly parent: WxmlElement | null
  readonly owner: EventOwner
}

/** Expands a custom component found while converting: returns its rendered children. */
export type ComponentExpander = (tag: string, attrs: Readonly<Record<string, unknown>>, host: WxmlElement, key: string) => Array<WxmlElement | string> | null

interface MutableElement {
  tag: string
  attrs: Record<string, unknown>
  children: Array<WxmlElement | string>
  parent: WxmlElement | null
  owner: EventOwner
}

/**
 * Turns the templates' virtual tree into elements: `virtual` nodes (blocks, template calls) are
 * flattened away, and custom components are expanded into what they render.
 */
export function toElements(
  raw: RawWxmlNode,
  owner: EventOwner,
  expand: ComponentExpander,
  parent: WxmlElement | null,
  keyPrefix: string,
): Array<WxmlElement | string> {
  const out: Array<WxmlElement | string> = []
  const visit = (node: RawWxmlNode | string, into: Array<WxmlElement | string>, intoParent: WxmlElement | null, key: string) => {
    if (typeof node === 'string') {
      if (node !== '') into.push(node)
      return
    }
    if (node.tag === 'virtual' || node.tag === 'wx-page') {
      node.children?.forEach((child, index) => visit(child, into, intoParent, `${key}.${index}`))
      return
    }
    const element: MutableElement = {
      tag: node.tag.replace(/^wx-/, ''),
      attrs: { ...(node.attr ?? {}) },
      children: [],
      parent: intoParent,
      owner,
    }
    into.push(element)
    const expanded = expand(element.tag, element.attrs, element, key)
    if (expanded !== null) {
      element.children.push(...expanded)
      return
    }
    node.children?.forEach((child, index) => visit(child, element.children, element, `${key}.${index}`))
  }
  visit(raw, out, parent, keyPrefix)
  return out
}

/** The text an element shows, its descendants' text joined. */
export function textOf(node: WxmlElement | string): string {
  if (typeof node === 'string') return node
  return node.children.map(textOf).join('')
}

export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function* descendants(node: WxmlElement): Generator<WxmlElement> {
  for (const child of node.children) {
    if (typeof child === 'string') continue
    yield child
    yield* descendants(child)
  }
}

export function ancestorsAndSelf(element: WxmlElement): WxmlElement[] {
  const chain: WxmlElement[] = []
  for (let node: WxmlElement | null = element; node !== null; node = node.parent) chain.push(node)
  return chain
}

function isTrue(value: unknown): boolean {
  return value === true || value === 'true'
}

/** `hidden` on the element or an ancestor: WeChat does not show it. */
export function isHidden(element: WxmlElement): boolean {
  return ancestorsAndSelf(element).some(node => isTrue(node.attrs.hidden))
}

/** Hidden from a screen reader: `aria-hidden` on the element or an ancestor, or hidden outright. */
export function isHiddenFromReaders(element: WxmlElement): boolean {
  return isHidden(element) || ancestorsAndSelf(element).some(node => isTrue(node.attrs.ariaHidden))
}

const IMPLICIT_ROLES: Readonly<Record<string, string>> = {
  button: 'button',
  switch: 'switch',
  checkbox: 'checkbox',
  radio: 'radio',
  input: 'textbox',
  textarea: 'textbox',
  image: 'img',
  navigator: 'link',
  slider: 'slider',
  map: 'map',
  picker: 'combobox',
  'scroll-view': 'region',
}

/** The role a screen reader announces: `aria-role`, else the component's own. */
export function roleOf(element: WxmlElement): string | null {
  const explicit = element.attrs.ariaRole
  if (typeof explicit === 'string' && explicit !== '') return explicit
  return IMPLICIT_ROLES[element.tag] ?? null
}

/** What a screen reader says for the element: `aria-label`, else its text (or a field's placeholder). */
export function accessibleNameOf(element: WxmlElement): string {
  const label = element.attrs.ariaLabel
  if (typeof label === 'string' && label !== '') return normaliseText(label)
  if ((element.tag === 'input' || element.tag === 'textarea') && typeof element.attrs.placeholder === 'string') return normaliseText(element.attrs.placeholder)
  return normaliseText(textOf(element))
}

/** A short description of an element for failure messages. */
export function describeElement(element: WxmlElement): string {
  const id = typeof element.attrs.id === 'string' ? `#${element.attrs.id}` : ''
  const className = typeof element.attrs.class === 'string' && element.attrs.class !== '' ? `.${element.attrs.class.trim().split(/\s+/).join('.')}` : ''
  const text = normaliseText(textOf(element))
  return `<${element.tag}${id}${className}>${text.length > 60 ? `${text.slice(0, 60)}…` : text}`
}

/** The rendered tree as indented text: what a failing query shows. */
export function printTree(nodes: ReadonlyArray<WxmlElement | string>, depth = 0, limit = { lines: 400 }): string {
  const lines: string[] = []
  for (const node of nodes) {
    if (limit.lines <= 0) break
    limit.lines -= 1
    const indent = '  '.repeat(depth)
    if (typeof node === 'string') {
      const text = normaliseText(node)
      if (text !== '') lines.push(`${indent}"${text}"`)
      continue
    }
    const shown = ['ariaRole', 'ariaLabel', 'openType', 'disabled', 'hidden', 'value', 'placeholder', 'checked']
      .filter(name => node.attrs[name] !== undefined && node.attrs[name] !== '' && node.attrs[name] !== false)
      .map(name => `${name}=${JSON.stringify(node.attrs[name])}`)
    lines.push(`${indent}<${node.tag}${shown.length > 0 ? ` ${shown.join(' ')}` : ''}>`)
    const inner = printTree(node.children, depth + 1, limit)
    if (inner !== '') lines.push(inner)
  }
  return lines.join('\n')
}
