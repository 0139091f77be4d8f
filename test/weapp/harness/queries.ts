import {
  accessibleNameOf,
  descendants,
  isHidden,
  isHiddenFromReaders,
  normaliseText,
  roleOf,
  textOf,
  type WxmlElement,
} from './wxml-element'

/** Text to look for: the whole (whitespace-normalised) text of an element, or a pattern in it. */
export type TextMatcher = string | RegExp

export interface RoleOptions {
  /** What a screen reader says for it (`aria-label`, else its text). */
  readonly name?: TextMatcher
}

function matches(text: string, matcher: TextMatcher): boolean {
  const normalised = normaliseText(text)
  return typeof matcher === 'string' ? normalised === normaliseText(matcher) : matcher.test(normalised)
}

export function allElements(roots: ReadonlyArray<WxmlElement | string>): WxmlElement[] {
  return roots.flatMap(root => (typeof root === 'string' ? [] : [root, ...descendants(root)]))
}

/**
 * Shown elements whose text matches, innermost first: an element counts only when none of its
 * child elements matches on its own (so the text's own `<text>`, not every ancestor).
 */
export function queryAllByText(roots: ReadonlyArray<WxmlElement | string>, matcher: TextMatcher): WxmlElement[] {
  return allElements(roots).filter(
    element => !isHidden(element) && matches(textOf(element), matcher) && !element.children.some(child => typeof child !== 'string' && matches(textOf(child), matcher)),
  )
}

/** Elements a screen reader announces with this role (and name), not hidden from it. */
export function queryAllByRole(roots: ReadonlyArray<WxmlElement | string>, role: string, options: RoleOptions = {}): WxmlElement[] {
  return allElements(roots).filter(
    element => roleOf(element) === role && !isHiddenFromReaders(element) && (options.name === undefined || matches(accessibleNameOf(element), options.name)),
  )
}

/** Describes a query for failure messages. */
export function describeQuery(kind: 'text' | 'role', matcher: TextMatcher, options: RoleOptions = {}): string {
  const show = (value: TextMatcher) => (typeof value === 'string' ? JSON.stringify(value) : String(value))
  return kind === 'text' ? `text ${show(matcher)}` : `role ${show(matcher)}${options.name === undefined ? '' : ` named ${show(options.name)}`}`
}
