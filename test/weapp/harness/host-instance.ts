import { applySetData } from './set-data-path'
import type { ViewTemplates } from './view-templates'
import { dispatchWxEvent } from './dispatch-event'
import { toElements, type EventOwner, type WxmlElement } from './wxml-element'

/** WeChat's limit on one setData payload. */
export const SET_DATA_LIMIT_BYTES = 256 * 1024

/** One setData call as the view layer received it. */
export interface SetDataRecord {
  /** The page route or component path that called it. */
  readonly owner: string
  readonly bytes: number
  readonly keys: number
}

export interface HostEnvironment {
  readonly view: ViewTemplates
  /** Copies a value into the app's realm (what `this.data` holds). */
  clone<T>(value: T): T
  /** Resolves a `usingComponents` tag of this host to a registered component definition. */
  componentFor(host: HostInstance, tag: string): { readonly path: string; readonly definition: Record<string, unknown> } | null
  /** Sees every setData as sent: `json` is the payload as WeChat serialises it. */
  recordSetData(record: SetDataRecord, json: string): void
  /** Something on screen may have changed: waiters look again, and renders are redone. */
  changed(): void
  /** Goes up with every change anywhere: a rendered tree is current while it stays the same. */
  readonly epoch: number
  /** Runs a callback as the view layer would after applying data: later, on the app's side. */
  later(callback: () => void): void
  reportError(error: unknown): void
}

/**
 * A page or custom component instance: the object the app sees as `this` (with `data` and
 * `setData`), the view layer's own copy of its data, and the elements its template renders.
 */
export class HostInstance implements EventOwner {
  /** What the app's methods see as `this`. */
  readonly self: Record<string, unknown>
  /** The view layer's copy: only what went through setData reaches the screen. */
  private viewData: Record<string, unknown>
  private rendered: { readonly epoch: number; readonly elements: Array<WxmlElement | string> } | null = null
  private readonly children = new Map<string, HostInstance>()
  private alive = true
  /** A component's element in its parent's tree, where `triggerEvent` fires. */
  private hostElement: WxmlElement | null = null

  constructor(
    readonly kind: 'page' | 'component',
    /** Page route or component path, without extension. */
    readonly path: string,
    private readonly definition: Record<string, unknown>,
    private readonly env: HostEnvironment,
    initialData: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) {
    this.self = {}
    const methods = kind === 'page' ? definition : ((definition.methods ?? {}) as Record<string, unknown>)
    for (const [name, value] of Object.entries(methods)) {
      if (typeof value === 'function') this.self[name] = value
      else if (kind === 'page' && name !== 'data') this.self[name] = value
    }
    this.self.data = env.clone(initialData)
    if (kind === 'component') this.self.properties = this.self.data
    this.viewData = env.view.cloneIntoView(initialData)
    Object.assign(this.self, extra)
    this.self.setData = (payload: unknown, callback?: unknown) => this.setData(payload, callback)
    if (kind === 'component') {
      this.self.triggerEvent = (name: unknown, detail?: unknown, options?: { bubbles?: boolean }) => {
        if (this.hostElement === null) throw new Error(`${this.description} triggered ${String(name)} before it was attached`)
        dispatchWxEvent(this.hostElement, String(name).toLowerCase(), detail ?? {}, value => env.clone(value), {}, options?.bubbles === true)
      }
    }
  }

  get description(): string {
    return `${this.kind} ${this.path}`
  }

  get isAlive(): boolean {
    return this.alive
  }

  /** The app's own view of its data (`this.data`). */
  get data(): Record<string, unknown> {
    return this.self.data as Record<string, unknown>
  }

  setData(payload: unknown, callback?: unknown): void {
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      throw new TypeError(`${this.description}: setData takes an object`)
    }
    const json = JSON.stringify(payload)
    const bytes = Buffer.byteLength(json)
    this.env.recordSetData({ owner: this.path, bytes, keys: Object.keys(payload).length }, json)
    if (bytes > SET_DATA_LIMIT_BYTES) {
      throw new Error(`${this.description}: one setData of ${(bytes / 1024).toFixed(1)} KB is over WeChat's 256 KB limit`)
    }
    applySetData(this.data, payload as Record<string, unknown>, value => this.env.clone(value))
    if (this.alive) {
      applySetData(this.viewData, payload as Record<string, unknown>, value => this.env.view.cloneIntoView(value))
      this.env.changed()
    }
    if (typeof callback === 'function') this.env.later(() => callback.call(this.self))
  }

  /** Properties set by the parent's template (components only). */
  setProperties(properties: Readonly<Record<string, unknown>>): void {
    const declared = (this.definition.properties ?? {}) as Record<string, unknown>
    const changed = Object.entries(properties).filter(([name, value]) => name in declared && JSON.stringify(this.viewData[name]) !== JSON.stringify(value))
    if (changed.length === 0) return
    for (const [name, value] of changed) {
      this.data[name] = this.env.clone(value)
      this.viewData[name] = this.env.view.cloneIntoView(value)
    }
  }

  callMethod(name: string, event: unknown): unknown {
    const method = this.self[name]
    if (typeof method !== 'function') throw new Error(`${this.description} has no method ${name} for its template's binding`)
    return method.call(this.self, event)
  }

  /** Calls a lifecycle method if the definition has it (`onLoad`, `attached`…). */
  lifecycle(name: string, ...args: unknown[]): unknown {
    const lifetimes = (this.definition.lifetimes ?? {}) as Record<string, unknown>
    const method = this.kind === 'component' ? lifetimes[name] ?? this.definition[name] : this.self[name]
    if (typeof method !== 'function') return undefined
    return method.apply(this.self, args)
  }

  hasLifecycle(name: string): boolean {
    return typeof this.self[name] === 'function'
  }

  /** The rendered elements, rendered again only after a change (a setData anywhere). */
  elements(): Array<WxmlElement | string> {
    const epoch = this.env.epoch
    if (this.rendered !== null && this.rendered.epoch === epoch) return this.rendered.elements
    const used = new Set<string>()
    const raw = this.env.view.render(`${this.path}.wxml`, this.viewData)
    const elements = toElements(
      raw,
      this,
      (tag, attrs, host, key) => {
        const component = this.env.componentFor(this, tag)
        if (component === null) return null
        used.add(key)
        let child = this.children.get(key)
        if (child === undefined) {
          const declared = (component.definition.properties ?? {}) as Record<string, { value?: unknown }>
          const defaults = Object.fromEntries(Object.entries(declared).map(([name, spec]) => [name, spec?.value ?? null]))
          child = new HostInstance('component', component.path, component.definition, this.env, { ...defaults, ...((component.definition.data ?? {}) as object) })
          child.setProperties(attrs)
          this.children.set(key, child)
          child.lifecycle('created')
          child.lifecycle('attached')
        } else {
          child.setProperties(attrs)
        }
        return child.renderInto(host)
      },
      null,
      this.path,
    )
    for (const [key, child] of this.children) {
      if (!used.has(key)) {
        child.detach()
        this.children.delete(key)
      }
    }
    this.rendered = { epoch, elements }
    return elements
  }

  private renderInto(host: WxmlElement): Array<WxmlElement | string> {
    this.hostElement = host
    const elements = this.elements()
    for (const element of elements) if (typeof element !== 'string') Object.assign(element, { parent: host })
    return elements
  }

  /** The page or component leaves the screen: it renders nothing more and its children detach. */
  detach(): void {
    if (!this.alive) return
    this.alive = false
    for (const child of this.children.values()) child.detach()
    this.children.clear()
    if (this.kind === 'component') {
      try {
        this.lifecycle('detached')
      } catch (error) {
        this.env.reportError(error)
      }
    }
  }
}
