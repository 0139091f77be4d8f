import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { LogicLayer } from './logic-layer'
import { assembleWx } from './wx/assemble-wx'
import { UnexpectedWxCall, type FakeContext } from './wx/fake-context'

/**
 * Component number (Taro's `nn`) → the component, and each attribute (camel-cased as Taro names
 * props) → the data slot (`p0`, `p1`…) that carries it.
 */
export type AttributeSlots = ReadonlyMap<string, { readonly component: string; readonly slots: ReadonlyMap<string, string> }>

type ComponentsAlias = Record<string, Record<string, string>>

const requireFromHere = createRequire(__filename)

function taroShared(): { getComponentsAlias(components: unknown): ComponentsAlias; toCamelCase(name: string): string } {
  return requireFromHere('@tarojs/shared') as ReturnType<typeof taroShared>
}

/**
 * The slots the build's templates read: in base.wxml each component's template binds its
 * attributes to `i.p<N>` (`aria-label="{{i.p5}}"`, `disabled="{{xs.b(i.p9,!1)}}"`).
 */
export function templateAttributeSlots(buildDir: string): AttributeSlots {
  const base = readFileSync(join(buildDir, 'base.wxml'), 'utf8')
  const result = new Map<string, { component: string; slots: Map<string, string> }>()
  const { toCamelCase } = taroShared()
  for (const match of base.matchAll(/<template name="tmpl_0_(\d+)(?:_focus|_blur)?">\s*<([a-z][\w-]*)\s([^>]*)>/g)) {
    const [, number = '', tag = '', attributes = ''] = match
    // An input's template only picks its focus or blur variant; those hold the element.
    if (tag === 'template') continue
    const entry = result.get(number) ?? { component: tag, slots: new Map<string, string>() }
    for (const attribute of attributes.matchAll(/([\w:-]+)="\{\{([^"]*)\}\}"/g)) {
      const slot = /\bi\.(p\d+)\b/.exec(attribute[2] ?? '')?.[1]
      if (slot !== undefined && attribute[1] !== undefined) entry.slots.set(toCamelCase(attribute[1]), slot)
    }
    result.set(number, entry)
  }
  return result
}

/**
 * The slots the build's runtime writes: runs app.js in a logic layer and reads the component
 * attribute list Taro's runtime really holds (platform list plus whatever the build merged in),
 * then numbers it with Taro's own `getComponentsAlias`, as the runtime does when it hydrates.
 */
export function runtimeAttributeSlots(buildDir: string): AttributeSlots {
  const context: FakeContext = {
    clone: value => value,
    RealmPromise: Promise,
    later: callback => setImmediate(callback),
    changed: () => undefined,
    unexpected: api => {
      throw new UnexpectedWxCall(`${api} was called while app.js loaded`)
    },
    inUserGesture: () => false,
    inFlight: { start: () => undefined, end: () => undefined },
  }
  const wx = assembleWx(context, {}, {})
  const logic = new LogicLayer(buildDir, {
    wx,
    App: () => undefined,
    Page: () => undefined,
    Component: () => undefined,
    getApp: () => null,
    getCurrentPages: () => [],
    requirePlugin: name => context.unexpected(`requirePlugin('${name}')`),
    reportError: error => {
      throw error
    },
    afterTask: () => undefined,
  })
  logic.require('app', '')
  const internalComponents = findInternalComponents(wx)
  const alias = taroShared().getComponentsAlias(internalComponents)
  const result = new Map<string, { component: string; slots: Map<string, string> }>()
  for (const [component, props] of Object.entries(alias)) {
    const number = props._num
    if (number === undefined || result.has(number)) continue
    const slots = new Map(Object.entries(props).filter(([prop]) => prop !== '_num'))
    result.set(number, { component, slots })
  }
  return result
}

/**
 * Taro's bundled `@tarojs/shared` keeps the list in a module-level object. The webpack runtime
 * hands a pushed chunk its `require`, with which the (already loaded) module is found by the one
 * pattern only its `getComponentsAlias` holds.
 */
function findInternalComponents(wx: Record<string, unknown>): Record<string, Record<string, string>> {
  let webpackRequire: ((id: string) => unknown) & { m?: Record<string, { toString(): string }> } = () => undefined
  const chunks = wx.webpackJsonp as { push(chunk: unknown[]): void } | undefined
  if (chunks === undefined) throw new Error('the build has no webpack runtime on wx.webpackJsonp')
  chunks.push([['harness-inspect'], {}, (required: typeof webpackRequire) => {
    webpackRequire = required
  }])
  const modules = webpackRequire.m ?? {}
  const sharedId = Object.keys(modules).find(id => modules[id]?.toString().includes('(Static|Pure|Catch|Click)*(View|Image|Text)'))
  if (sharedId === undefined) throw new Error('Taro\'s @tarojs/shared is not in the build')
  const exports = webpackRequire(sharedId) as Record<string, unknown>
  // Only what other modules use survives minification; the list itself is reached through
  // mergeInternalComponents, which returns it (merging nothing changes nothing).
  for (const value of Object.values(exports)) {
    if (typeof value !== 'function' || !/Object\.assign\([\w$.]+\[\w+\],\s*\w+\[\w+\]\)/.test(value.toString())) continue
    const list: unknown = value({})
    if (typeof list === 'object' && list !== null && 'View' in list && 'Button' in list) return list as Record<string, Record<string, string>>
  }
  throw new Error('Taro\'s internal component list is not reachable in its bundled @tarojs/shared')
}
