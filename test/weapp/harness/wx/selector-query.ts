import { allElements } from '../queries'
import type { WxmlElement } from '../wxml-element'
import type { FakeContext, WxApi } from './fake-context'

type Fields = Readonly<Record<string, unknown>>
type Answer = Record<string, unknown> | null

/**
 * `wx.createSelectorQuery`: selects elements of the page on top (not inside custom components) by `#id` (the only selector the app
 * uses; any other is refused by name) and answers `exec` on a later task, one entry per request, null
 * for an element not on the page, as WeChat does. What the harness cannot know it answers as WeChat
 * does for an element that has it not: it lays nothing out, so every size is 0. A `<canvas type="2d">`
 * has its drawing node (canvas.ts) unless the launch says the canvas is not ready; every other element's
 * `node` is null.
 */
export function createSelectorQuery(context: FakeContext, pageElements: () => ReadonlyArray<WxmlElement | string>, nodeOf: (element: WxmlElement) => object | null) {
  const answerFor = (element: WxmlElement, fields: Fields): Answer => {
    const answer: Record<string, unknown> = {}
    if (fields.id === true) answer.id = String(element.attrs.id ?? '')
    if (fields.dataset === true) answer.dataset = {}
    if (fields.size === true || fields.rect === true) Object.assign(answer, { width: 0, height: 0 })
    if (fields.rect === true) Object.assign(answer, { left: 0, top: 0, right: 0, bottom: 0 })
    if (fields.node === true) answer.node = null
    return answer
  }

  const createQuery = (): Record<string, unknown> => {
    const requests: Array<{ readonly id: string; readonly fields: Fields; readonly callback: unknown }> = []
    const query: Record<string, unknown> = {}
    // Scoped to a custom component, the query would see only that component's elements: not modelled yet.
    query.in = () => context.unexpected('wx.createSelectorQuery().in', 'the harness queries the page only')
    query.select = (selector: unknown) => {
      const match = typeof selector === 'string' ? /^#([A-Za-z][\w-]*)$/.exec(selector) : null
      if (match === null) context.unexpected('wx.createSelectorQuery', `selector ${String(selector)} (the harness selects by #id only)`)
      const id = match[1] ?? ''
      const request = (fields: Fields) => (callback?: unknown) => {
        requests.push({ id, fields, callback })
        return query
      }
      return {
        fields: (fields: unknown, callback?: unknown) => request(typeof fields === 'object' && fields !== null ? (fields as Fields) : {})(callback),
        boundingClientRect: (callback?: unknown) => request({ id: true, dataset: true, rect: true, size: true })(callback),
        node: (callback?: unknown) => request({ node: true })(callback),
      }
    }
    query.exec = (callback?: unknown) => {
      context.inFlight.start()
      context.later(() => {
        context.inFlight.end()
        const roots = pageElements()
        // WeChat's page query does not see into custom components (Taro's deep-tree `comp` included).
        const pageOwner = roots.find((root): root is WxmlElement => typeof root !== 'string')?.owner
        const elements = allElements(roots).filter(element => element.owner === pageOwner)
        // A node is a live object, not data: it is handed over as it is, into the copy of the rest.
        const withNode = (copy: Answer | undefined, node: object | null): void => {
          if (copy !== null && copy !== undefined && node !== null && 'node' in copy) copy.node = node
        }
        const found = requests.map(request => {
          const element = elements.find(candidate => candidate.attrs.id === request.id)
          const answer = element === undefined ? null : answerFor(element, request.fields)
          const node = element !== undefined && request.fields.node === true ? nodeOf(element) : null
          if (typeof request.callback === 'function') {
            const copy = context.clone(answer)
            withNode(copy, node)
            request.callback(copy)
          }
          return { answer, node }
        })
        if (typeof callback === 'function') {
          const answers = context.clone(found.map(entry => entry.answer))
          found.forEach((entry, index) => withNode(answers[index], entry.node))
          callback(answers)
        }
      })
    }
    return query
  }

  const apis: Record<string, WxApi> = { createSelectorQuery: () => createQuery() }
  return { apis }
}
