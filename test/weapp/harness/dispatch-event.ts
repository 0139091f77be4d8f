import { ancestorsAndSelf, type WxmlElement } from './wxml-element'

/** Events that bubble in WeChat (and cross custom component boundaries): touches, taps, transitions. */
const BUBBLING = new Set(['touchstart', 'touchmove', 'touchcancel', 'touchend', 'tap', 'longpress', 'longtap', 'transitionend', 'animationstart', 'animationiteration', 'animationend', 'touchforcechange'])

function datasetOf(element: WxmlElement): Record<string, unknown> {
  const dataset: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(element.attrs)) {
    if (!name.startsWith('data-')) continue
    dataset[name.slice(5).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value
  }
  return dataset
}

function targetOf(element: WxmlElement) {
  return { id: typeof element.attrs.id === 'string' ? element.attrs.id : '', dataset: datasetOf(element), offsetLeft: 0, offsetTop: 0 }
}

/** The handler an element binds for an event type, and whether it stops the bubbling (`catch`). */
function bindingOf(element: WxmlElement, type: string): { readonly method: string; readonly stops: boolean } | null {
  for (const [name, value] of Object.entries(element.attrs)) {
    const match = /^(bind|catch|mut-bind|capture-bind|capture-catch):?(.+)$/.exec(name)
    if (match === null || match[2]?.toLowerCase() !== type || typeof value !== 'string' || value === '') continue
    return { method: value, stops: match[1] === 'catch' || match[1] === 'capture-catch' }
  }
  return null
}

/** True when some element from the target up would handle the event (used to refuse dead taps). */
export function isBound(element: WxmlElement, type: string): boolean {
  const path = BUBBLING.has(type) ? ancestorsAndSelf(element) : [element]
  return path.some(node => bindingOf(node, type) !== null)
}

/**
 * Delivers a WeChat event as the view layer does: to the target's binding and, for bubbling
 * events, to each ancestor's, each call with its own `currentTarget`, until a `catch` binding.
 * `clone` puts the event object into the app's realm.
 */
export function dispatchWxEvent(
  target: WxmlElement,
  type: string,
  detail: unknown,
  clone: <T>(value: T) => T,
  extra: Readonly<Record<string, unknown>> = {},
  bubbles: boolean = BUBBLING.has(type),
): void {
  const path = bubbles ? ancestorsAndSelf(target) : [target]
  const timeStamp = Math.round(performance.now())
  for (const node of path) {
    const binding = bindingOf(node, type)
    if (binding === null) continue
    const event = clone({ type, timeStamp, target: targetOf(target), currentTarget: targetOf(node), detail, mark: {}, mut: false, ...extra })
    node.owner.callMethod(binding.method, event)
    if (binding.stops) return
  }
}

/** The touch fields of a tap at the middle of a phone screen. */
export function touchFields(): Record<string, unknown> {
  const touch = { identifier: 0, pageX: 187, pageY: 300, clientX: 187, clientY: 300, force: 1 }
  return { touches: [touch], changedTouches: [touch] }
}
