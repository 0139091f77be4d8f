import { readFileSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'
import vm from 'node:vm'

/** What `Page()` or `Component()` was given, as the mini-program registered it. */
export type Definition = Record<string, unknown>

/**
 * The browser globals WeChat's app service hides from every module (it passes them as undefined
 * parameters), so code that feature-tests `window` or `document` sees what it sees in WeChat.
 */
const SHADOWED_GLOBALS = [
  'window', 'document', 'frames', 'self', 'location', 'navigator', 'localStorage', 'history', 'Caches',
  'screen', 'alert', 'confirm', 'prompt', 'XMLHttpRequest', 'WebSocket', 'Reporter', 'webkit', 'WeixinJSCore',
] as const

const scriptCache = new Map<string, { readonly mtimeMs: number; readonly script: vm.Script }>()

function compiledModule(file: string): vm.Script {
  const mtimeMs = statSync(file).mtimeMs
  const cached = scriptCache.get(file)
  if (cached !== undefined && cached.mtimeMs === mtimeMs) return cached.script
  const source = readFileSync(file, 'utf8')
  const script = new vm.Script(`(function (require, module, exports, ${SHADOWED_GLOBALS.join(', ')}) {${source}\n})`, { filename: file })
  scriptCache.set(file, { mtimeMs, script })
  return script
}

export interface TimerState {
  /** Timers waiting to fire, by delay: short ones are rendering work, long ones deadlines. */
  pending(maxDelayMs: number): number
  cancelAll(): void
}

export interface LogicLayerHooks {
  readonly wx: object
  App(definition: Definition): void
  Page(route: string, definition: Definition): void
  Component(path: string, definition: Definition): void
  getApp(): unknown
  getCurrentPages(): unknown[]
  requirePlugin(name: string): unknown
  /** An exception thrown by app code from a timer: reported as WeChat reports it, to App.onError. */
  reportError(error: unknown): void
  /** Called after every timer callback, so waiters can look again. */
  afterTask(): void
}

/**
 * WeChat's app service (logic layer) for one launch: a fresh V8 context with WeChat's globals and
 * none of the browser's or Node's, and WeChat's module system, where each file of the build is a
 * module that `require`s others by relative path and registers pages and components as it runs.
 */
export class LogicLayer {
  readonly context: vm.Context
  readonly timers: TimerState
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly loading: string[] = []
  private readonly realmJson: JSON
  /** The app realm's own Promise (a context's builtins are not properties of its global object). */
  readonly Promise: PromiseConstructor

  constructor(
    private readonly buildDir: string,
    hooks: LogicLayerHooks,
  ) {
    const timers = new Map<number, { readonly handle: NodeJS.Timeout; readonly delay: number; readonly repeat: boolean }>()
    let nextTimerId = 1
    const schedule = (repeat: boolean) => (callback: unknown, delay?: unknown, ...args: unknown[]) => {
      if (typeof callback !== 'function') throw new TypeError('setTimeout/setInterval needs a function')
      const id = nextTimerId++
      const ms = typeof delay === 'number' && Number.isFinite(delay) ? Math.max(0, delay) : 0
      const run = () => {
        if (!repeat) timers.delete(id)
        try {
          callback(...args)
        } catch (error) {
          hooks.reportError(error)
        }
        hooks.afterTask()
      }
      timers.set(id, { handle: repeat ? setInterval(run, ms) : setTimeout(run, ms), delay: ms, repeat })
      return id
    }
    const cancel = (id: unknown) => {
      const timer = typeof id === 'number' ? timers.get(id) : undefined
      if (timer === undefined) return
      if (timer.repeat) clearInterval(timer.handle)
      else clearTimeout(timer.handle)
      timers.delete(id as number)
    }
    this.timers = {
      pending: maxDelayMs => [...timers.values()].filter(timer => !timer.repeat && timer.delay <= maxDelayMs).length,
      cancelAll: () => [...timers.keys()].forEach(cancel),
    }

    const current = () => this.loading[this.loading.length - 1]
    const global: Record<string, unknown> = {
      wx: hooks.wx,
      console,
      setTimeout: schedule(false),
      setInterval: schedule(true),
      clearTimeout: cancel,
      clearInterval: cancel,
      App: (definition: Definition) => hooks.App(definition),
      Page: (definition: Definition) => {
        const file = current()
        if (file === undefined) throw new Error('Page() was called outside a page file')
        hooks.Page(file, definition)
      },
      Component: (definition: Definition) => {
        const file = current()
        if (file === undefined) throw new Error('Component() was called outside a component file')
        hooks.Component(file, definition)
      },
      Behavior: (definition: Definition) => definition,
      getApp: () => hooks.getApp(),
      getCurrentPages: () => hooks.getCurrentPages(),
      requirePlugin: (name: unknown) => hooks.requirePlugin(String(name)),
      __wxConfig: { envVersion: 'develop', platform: 'android' },
    }
    this.context = vm.createContext(global, { name: 'weapp app service' })
    this.realmJson = vm.runInContext('JSON', this.context) as JSON
    this.Promise = vm.runInContext('Promise', this.context) as PromiseConstructor
    Object.defineProperty(global, 'require', { value: (path: string) => this.require(path, ''), enumerable: false })
  }

  /** A copy of a JSON-like value made inside the app's own realm, as WeChat hands data to it. */
  clone<T>(value: T): T {
    return value === undefined ? value : (this.realmJson.parse(JSON.stringify(value)) as T)
  }

  /** Runs a file of the build (once, as WeChat's `require` does) and returns its exports. */
  require(request: string, fromFile: string): unknown {
    const base = fromFile === '' ? '' : posix.dirname(fromFile)
    let file = posix.normalize(request.startsWith('/') ? request.slice(1) : posix.join(base, request))
    if (!file.endsWith('.js')) file += '.js'
    const cached = this.modules.get(file)
    if (cached !== undefined) return cached.exports
    const module = { exports: {} as unknown }
    this.modules.set(file, module)
    const factory = compiledModule(join(this.buildDir, file)).runInContext(this.context) as (...args: unknown[]) => void
    this.loading.push(file.replace(/\.js$/, ''))
    try {
      factory((path: string) => this.require(path, file), module, module.exports)
    } finally {
      this.loading.pop()
    }
    return module.exports
  }

  has(file: string): boolean {
    return this.modules.has(file.endsWith('.js') ? file : `${file}.js`)
  }
}
