import { readAppManifest, readOwnJson, resolveUsedComponent, parsePageUrl, type AppManifest } from './app-json'
import { dispatchWxEvent, isBound, touchFields } from './dispatch-event'
import { HostInstance, type HostEnvironment, type SetDataRecord } from './host-instance'
import { LogicLayer, type Definition } from './logic-layer'
import { describeQuery, queryAllByRole, queryAllByText, type RoleOptions, type TextMatcher } from './queries'
import { loadViewTemplates, type ViewTemplates } from './view-templates'
import { assembleWx } from './wx/assemble-wx'
import { createSelectorQuery } from './wx/selector-query'
import { createAudio } from './wx/audio'
import { createCloud, type CloudIdentity } from './wx/cloud'
import { asyncApi, UnexpectedWxCall, WxFailure, type FakeContext, type WxApi } from './wx/fake-context'
import { createInterface, createSubscribe } from './wx/interface'
import { createLocation, NO_LOCATION, type LocationSettings } from './wx/location'
import { createAlbum, type AlbumPermission } from './wx/album'
import { createCanvases, type Canvases } from './wx/canvas'
import { createDocuments } from './wx/documents'
import { createMedia, createTempFiles } from './wx/media'
import { createNetwork, type NetworkType } from './wx/network'
import { createPrivacy } from './wx/privacy'
import { createStorage, type StorageSnapshot } from './wx/storage'
import { createSystemInfo, STANDARD_DEVICE, type DeviceSettings } from './wx/system-info'
import { createWechatSi } from './wx/wechat-si'
import { describeElement, printTree, textOf, type WxmlElement } from './wxml-element'

export interface LaunchOptions {
  /** The weapp build (`dist/weapp`). */
  readonly buildDir: string
  /** Who opens it, and the emulator whose functions `wx.cloud` reaches. */
  readonly identity: CloudIdentity
  /** The page WeChat opens first (default: the first page of app.json), with its query. */
  readonly entry?: string
  /** What the phone kept from earlier visits (`storageSnapshot()` of an earlier launch). */
  readonly storage?: StorageSnapshot
  /** Whether the person already agreed to the privacy guide on an earlier visit. Default false. */
  readonly privacyAgreed?: boolean
  readonly location?: LocationSettings
  readonly network?: NetworkType
  readonly device?: Partial<DeviceSettings>
  /** WeChat's launch scene (1001 from the chat list; 1047 from a scanned mini-program code). */
  readonly scene?: number
  /** Mini-program plugins by name, as `requirePlugin` returns them (WechatSI has a built-in fake). */
  readonly plugins?: Readonly<Record<string, unknown>>
  /** What the person answers when WeChat first asks to save to the album. Default `deny`. */
  readonly album?: AlbumPermission
  /** Whether `<canvas type="2d">` elements have their drawing node. Default true; false is a phone whose canvas is not ready. */
  readonly canvas2d?: boolean
  /** How long a `find…` or `waitFor` may wait for its condition before it fails. Default 30 s. */
  readonly waitTimeoutMs?: number
}

/** A page of the stack as the test sees it. */
export interface PageHandle {
  readonly route: string
  readonly query: Readonly<Record<string, string>>
  /** What the view layer shows: the page's elements, rendered through the compiled templates. */
  elements(): ReadonlyArray<WxmlElement | string>
  /** The page's data as the app holds it (`this.data`). */
  readonly data: Readonly<Record<string, unknown>>
}

/** Render work (React's scheduler, Taro's batching) runs on timers this short; longer ones are deadlines. */
const RENDER_TIMER_MS = 50
const NAVIGATION_STACK_LIMIT = 10

/**
 * A weapp build running headlessly the way WeChat runs it: the logic layer in its own V8 context
 * with WeChat's globals and a `wx` fake that refuses what the test did not arrange, setData
 * applied to a separate view copy, pages rendered through WeChat's own compiled templates, events
 * delivered to whatever the rendered WXML binds, and a page stack with WeChat's lifecycle.
 */
export class MiniProgram {
  private readonly logic: LogicLayer
  private readonly manifest: AppManifest
  private readonly view: ViewTemplates
  private readonly pageDefinitions = new Map<string, Definition>()
  private readonly componentDefinitions = new Map<string, Definition>()
  private readonly stack: HostInstance[] = []
  private readonly tabPages = new Map<string, HostInstance>()
  private readonly queries = new Map<HostInstance, Record<string, string>>()
  private readonly problems: string[] = []
  private readonly waiters = new Set<() => void>()
  private readonly setDataLog: SetDataRecord[] = []
  private appDefinition: Definition | null = null
  private epoch = 0
  private notifyScheduled = false
  private gestureUntilTask = false
  private laterPending = 0
  private inFlight = 0
  private closed = false

  /** The parts of WeChat around the page, for arranging and for checking what the app did with them. */
  readonly wx: {
    readonly storage: ReturnType<typeof createStorage>
    readonly privacy: ReturnType<typeof createPrivacy>
    readonly location: ReturnType<typeof createLocation>
    readonly network: ReturnType<typeof createNetwork>
    readonly ui: ReturnType<typeof createInterface>
    readonly subscribe: ReturnType<typeof createSubscribe>
    readonly media: ReturnType<typeof createMedia>
    /** Downloads and WeChat's document viewer: what the app opened. */
    readonly documents: ReturnType<typeof createDocuments>
    /** The phone's album: what the app saved, and whether WeChat asked. */
    readonly album: ReturnType<typeof createAlbum>
    readonly canvases: Canvases
    readonly cloud: ReturnType<typeof createCloud>
    readonly audio: ReturnType<typeof createAudio>
    /** The 同声传译 plugin (WechatSI): what the app asked it to say. */
    readonly speech: ReturnType<typeof createWechatSi>
  }

  private readonly context: FakeContext = this.fakeContext()

  private constructor(private readonly options: LaunchOptions) {
    this.manifest = readAppManifest(options.buildDir)
    this.view = loadViewTemplates(options.buildDir)
    const context = this.context
    const files = createTempFiles()
    const privacy = createPrivacy(context, options.privacyAgreed ?? false)
    const network = createNetwork(context, options.network ?? 'wifi')
    this.wx = {
      storage: createStorage(context, options.storage),
      privacy,
      location: createLocation(context, privacy, options.location ?? NO_LOCATION),
      network,
      ui: createInterface(context, privacy),
      subscribe: createSubscribe(context),
      media: createMedia(context, privacy, files),
      documents: createDocuments(context, files),
      album: createAlbum(context, privacy, files, options.album ?? 'deny'),
      canvases: createCanvases(context, files, options.canvas2d ?? true),
      cloud: createCloud(context, options.identity, network, files),
      audio: createAudio(context),
      speech: createWechatSi(context, network),
    }
    const wx = assembleWx(
      context,
      {
        ...this.wx.storage.apis,
        ...createSystemInfo(context, { ...STANDARD_DEVICE, ...options.device }).apis,
        ...privacy.apis,
        ...this.wx.location.apis,
        ...network.apis,
        ...this.wx.ui.apis,
        ...this.wx.subscribe.apis,
        ...this.wx.media.apis,
        ...this.wx.documents.apis,
        ...this.wx.album.apis,
        ...this.wx.canvases.apis,
        getSetting: asyncApi(context, 'getSetting', () => ({ authSetting: { ...this.wx.location.authSetting(), ...this.wx.album.authSetting() } })),
        ...this.wx.audio.apis,
        ...this.navigationApis(context),
        ...createSelectorQuery(context, () => this.page.elements(), element => this.wx.canvases.nodeOf(element)).apis,
        getLaunchOptionsSync: () => context.clone(this.launchOptions()),
        getEnterOptionsSync: () => context.clone(this.launchOptions()),
      },
      this.wx.cloud.apis,
    )
    this.logic = new LogicLayer(options.buildDir, {
      wx,
      App: definition => {
        this.appDefinition = definition
      },
      Page: (route, definition) => {
        this.pageDefinitions.set(route, definition)
      },
      Component: (path, definition) => {
        this.componentDefinitions.set(path, definition)
      },
      getApp: () => this.appDefinition,
      getCurrentPages: () => this.stack.map(page => page.self),
      requirePlugin: name => this.requirePlugin(name),
      reportError: error => this.reportError(error),
      afterTask: () => this.changed(),
    })
  }

  /** Opens the build as WeChat does: app.js, App.onLaunch/onShow, then the entry page's lifecycle. */
  static async launch(options: LaunchOptions): Promise<MiniProgram> {
    const program = new MiniProgram(options)
    program.logic.require('app', '')
    if (program.appInstance === null) throw new Error('app.js did not call App()')
    const launch = program.launchOptions()
    program.guard(() => program.callApp('onLaunch', launch))
    program.guard(() => program.callApp('onShow', launch))
    const { route, query } = parsePageUrl(options.entry ?? program.manifest.pages[0] ?? '', null)
    await program.open(route, query, 'launch')
    return program
  }

  // ── what the test sees ────────────────────────────────────────────────────────────────

  /** The page on top of the stack. */
  get page(): PageHandle {
    const top = this.stack[this.stack.length - 1]
    if (top === undefined) throw new Error('no page is open')
    return this.handleOf(top)
  }

  /** The routes of the page stack, bottom first. */
  get routes(): string[] {
    return this.stack.map(page => page.path)
  }

  /** The routes of tab pages that are alive (opened before and kept by WeChat). */
  get loadedTabs(): string[] {
    return [...this.tabPages.keys()]
  }

  /** What `getApp()` returns in the app. */
  get appInstance(): unknown {
    return this.appDefinition
  }

  /** The top page as the app sees it (`this` in its methods): its data and setData. */
  currentInstance(): { readonly data: Record<string, unknown>; setData(payload: Record<string, unknown>, callback?: () => void): void } {
    const top = this.requireTop()
    return { data: top.data, setData: (payload, callback) => top.setData(payload, callback) }
  }

  /** A global of the app's realm (`wx`, `getApp`…), to act as app code would in a harness test. */
  appGlobal(name: string): unknown {
    return (this.logic.context as Record<string, unknown>)[name]
  }

  /** Every setData so far, for the budget checks and the bench. */
  get setDataCalls(): readonly SetDataRecord[] {
    return this.setDataLog
  }

  /** The phone's storage now, to launch again with it. */
  storageSnapshot(): StorageSnapshot {
    return this.wx.storage.snapshot()
  }

  getAllByText(matcher: TextMatcher): WxmlElement[] {
    return this.expectSome(queryAllByText(this.page.elements(), matcher), describeQuery('text', matcher))
  }

  getByText(matcher: TextMatcher): WxmlElement {
    return this.expectOne(queryAllByText(this.page.elements(), matcher), describeQuery('text', matcher))
  }

  queryByText(matcher: TextMatcher): WxmlElement | null {
    return this.atMostOne(queryAllByText(this.page.elements(), matcher), describeQuery('text', matcher))
  }

  getByRole(role: string, options: RoleOptions = {}): WxmlElement {
    return this.expectOne(queryAllByRole(this.page.elements(), role, options), describeQuery('role', role, options))
  }

  getAllByRole(role: string, options: RoleOptions = {}): WxmlElement[] {
    return this.expectSome(queryAllByRole(this.page.elements(), role, options), describeQuery('role', role, options))
  }

  queryAllByRole(role: string, options: RoleOptions = {}): WxmlElement[] {
    this.assertHealthy()
    return queryAllByRole(this.page.elements(), role, options)
  }

  queryByRole(role: string, options: RoleOptions = {}): WxmlElement | null {
    return this.atMostOne(queryAllByRole(this.page.elements(), role, options), describeQuery('role', role, options))
  }

  /** Waits until the current page shows exactly one element with this text. */
  findByText(matcher: TextMatcher): Promise<WxmlElement> {
    return this.waitFor(() => {
      const found = queryAllByText(this.page.elements(), matcher)
      return found.length === 1 ? found[0] : undefined
    }, `exactly one element with ${describeQuery('text', matcher)}`)
  }

  findAllByText(matcher: TextMatcher): Promise<WxmlElement[]> {
    return this.waitFor(() => {
      const found = queryAllByText(this.page.elements(), matcher)
      return found.length > 0 ? found : undefined
    }, `an element with ${describeQuery('text', matcher)}`)
  }

  findByRole(role: string, options: RoleOptions = {}): Promise<WxmlElement> {
    return this.waitFor(() => {
      const found = queryAllByRole(this.page.elements(), role, options)
      return found.length === 1 ? found[0] : undefined
    }, `exactly one element with ${describeQuery('role', role, options)}`)
  }

  /** Waits until nothing with this text is shown. */
  async waitForNoText(matcher: TextMatcher): Promise<void> {
    await this.waitFor(() => queryAllByText(this.page.elements(), matcher).length === 0 || undefined, `no element with ${describeQuery('text', matcher)}`)
  }

  /**
   * Waits until `probe` gives a value (not undefined/false/null), looking again whenever anything
   * changes (a setData, a navigation, an answer from WeChat). Fails, showing the page, when the
   * condition is still not met after the launch's wait timeout.
   */
  waitFor<T>(probe: () => T | undefined | null | false, what: string | (() => string)): Promise<T> {
    this.assertHealthy()
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      const check = () => {
        let value: T | undefined | null | false
        try {
          this.assertHealthy()
          value = probe()
        } catch (error) {
          this.waiters.delete(check)
          clearTimeout(timer)
          reject(error)
          return
        }
        if (value === undefined || value === null || value === false) return
        this.waiters.delete(check)
        clearTimeout(timer)
        resolve(value)
      }
      timer = setTimeout(() => {
        this.waiters.delete(check)
        reject(new Error(`waited for ${typeof what === 'string' ? what : what()} on ${this.stack.at(-1)?.path ?? 'no page'}, in vain. The page shows:\n${this.describePage()}`))
      }, this.options.waitTimeoutMs ?? 30_000)
      this.waiters.add(check)
      check()
    })
  }

  /**
   * Waits until the app is idle: no cloud call or WeChat answer outstanding and no render work
   * queued. Longer timers (deadlines, refresh intervals) do not count.
   */
  settle(): Promise<void> {
    return this.waitFor(
      () => this.inFlight === 0 && this.laterPending === 0 && this.logic.timers.pending(RENDER_TIMER_MS) === 0,
      () => `the app to be idle (now ${this.inFlight} WeChat calls unanswered, ${this.laterPending} answers queued, ${this.logic.timers.pending(RENDER_TIMER_MS)} render timers)`,
    ).then(() => undefined)
  }

  /** The current page as indented text (what failures show). */
  describePage(): string {
    const top = this.stack.at(-1)
    return top === undefined ? '(no page)' : printTree(top.elements())
  }

  // ── what the person does ─────────────────────────────────────────────────────────────

  /**
   * Taps an element as a finger would: touchstart, touchend and tap bubble from it to every
   * binding above; a button then does what its `open-type` asks of WeChat, a switch toggles.
   * Refuses a tap that nothing would handle, and a tap on a disabled control.
   */
  tap(element: WxmlElement): void {
    this.assertHealthy()
    this.assertOnScreen(element)
    if (element.attrs.disabled === true || element.attrs.disabled === 'true') throw new Error(`cannot tap ${describeElement(element)}: it is disabled`)
    const openType = typeof element.attrs.openType === 'string' ? element.attrs.openType : ''
    const isSwitch = element.tag === 'switch'
    if (!isBound(element, 'tap') && openType === '' && !isSwitch) {
      throw new Error(`tapping ${describeElement(element)} would do nothing: no tap binding on it or above it.\n${this.describePage()}`)
    }
    this.inGesture(() => {
      const touch = touchFields()
      this.guard(() => dispatchWxEvent(element, 'touchstart', {}, value => this.logic.clone(value), touch))
      this.guard(() => dispatchWxEvent(element, 'touchend', {}, value => this.logic.clone(value), touch))
      this.guard(() => dispatchWxEvent(element, 'tap', { x: 187, y: 300 }, value => this.logic.clone(value), touch))
      if (isSwitch) {
        const checked = element.attrs.checked === true || element.attrs.checked === 'true'
        this.guard(() => dispatchWxEvent(element, 'change', { value: !checked }, value => this.logic.clone(value)))
      }
      if (openType !== '') this.openType(element, openType)
    })
  }

  /** Types into an input or textarea: focus, the text (cut at its maxlength, 140 by default), blur. */
  type(element: WxmlElement, text: string): void {
    this.assertHealthy()
    this.assertOnScreen(element)
    if (element.tag !== 'input' && element.tag !== 'textarea') throw new Error(`cannot type into ${describeElement(element)}: not an input or textarea`)
    if (element.attrs.disabled === true) throw new Error(`cannot type into ${describeElement(element)}: it is disabled`)
    const rawLimit = Number(element.attrs.maxlength ?? 140)
    const limit = Number.isFinite(rawLimit) ? rawLimit : 140
    const value = limit < 0 ? text : [...text].slice(0, limit).join('')
    const clone = <T>(input: T) => this.logic.clone(input)
    this.guard(() => dispatchWxEvent(element, 'focus', { value: String(element.attrs.value ?? ''), height: 0 }, clone))
    this.guard(() => dispatchWxEvent(element, 'input', { value, cursor: value.length, keyCode: 0 }, clone))
    this.guard(() => dispatchWxEvent(element, 'blur', { value, cursor: value.length }, clone))
    this.changed()
  }

  /** Presses the keyboard's confirm key (完成/搜索) in an input. */
  confirm(element: WxmlElement): void {
    this.assertHealthy()
    this.guard(() => dispatchWxEvent(element, 'confirm', { value: String(element.attrs.value ?? '') }, value => this.logic.clone(value)))
  }

  /** Fires any other event the element binds (e.g. `scrolltolower` on a scroll-view). */
  fire(element: WxmlElement, type: string, detail: Readonly<Record<string, unknown>> = {}): void {
    this.assertHealthy()
    if (!isBound(element, type)) throw new Error(`${describeElement(element)} does not bind ${type}`)
    this.guard(() => dispatchWxEvent(element, type, detail, value => this.logic.clone(value)))
  }

  /** The person taps a tab of the tab bar. */
  async tapTab(route: string): Promise<void> {
    this.assertHealthy()
    const index = this.manifest.tabPages.indexOf(route)
    if (index === -1) throw new Error(`${route} is not a tab`)
    const current = this.stack.at(-1)
    if (current !== undefined && current.path === route) {
      this.guard(() => current.lifecycle('onTabItemTap', this.logic.clone({ index, pagePath: route, text: '' })))
      return
    }
    await this.switchTab(route, {})
    const top = this.stack.at(-1)
    if (top !== undefined) this.guard(() => top.lifecycle('onTabItemTap', this.logic.clone({ index, pagePath: route, text: '' })))
  }

  /** The person taps the back arrow of the navigation bar. */
  async goBack(): Promise<void> {
    this.assertHealthy()
    if (this.stack.length < 2) throw new Error('there is no back arrow on the first page')
    await this.back(1)
  }

  /** The person pulls the page down (only where the page enables it, as in WeChat). */
  pullDownRefresh(): void {
    this.assertHealthy()
    const top = this.requireTop()
    if (this.pageSetting(top.path, 'enablePullDownRefresh') !== true) throw new Error(`${top.path} does not enable pull-down refresh`)
    this.guard(() => top.lifecycle('onPullDownRefresh'))
  }

  /** The person scrolls to the bottom of the page. */
  reachBottom(): void {
    this.assertHealthy()
    const top = this.requireTop()
    this.guard(() => top.lifecycle('onReachBottom'))
  }

  /** The person shares the page from WeChat's ··· menu; returns what the share card would carry. */
  async shareFromMenu(): Promise<Record<string, unknown>> {
    this.assertHealthy()
    const top = this.requireTop()
    if (!top.hasLifecycle('onShareAppMessage')) throw new Error(`${top.path} cannot be shared: it has no onShareAppMessage`)
    return this.share(top, { from: 'menu' })
  }

  /** The app goes to the background (the person switches to a chat) and comes back. */
  hideAndShow(): void {
    this.assertHealthy()
    const top = this.requireTop()
    this.guard(() => top.lifecycle('onHide'))
    this.guard(() => this.callApp('onHide'))
    this.guard(() => this.callApp('onShow', this.launchOptions()))
    this.guard(() => top.lifecycle('onShow'))
  }

  /** Ends the launch: every page unloads and every timer stops. Fails on anything unexpected left. */
  close(): void {
    if (this.closed) return
    for (const page of [...this.stack].reverse()) this.unload(page)
    for (const page of this.tabPages.values()) this.unload(page)
    this.logic.timers.cancelAll()
    this.closed = true
    this.waiters.clear()
    this.assertHealthy()
  }

  /** Throws if the app threw, or called WeChat in a way the test did not arrange. */
  assertHealthy(): void {
    if (this.problems.length > 0) throw new Error(`the mini-program went wrong:\n- ${this.problems.join('\n- ')}`)
  }

  // ── WeChat's side ────────────────────────────────────────────────────────────────────

  private fakeContext(): FakeContext {
    // The logic layer does not exist yet when the fake is built: its realm is looked up on use.
    const program = this
    return {
      clone: value => program.logic.clone(value),
      get RealmPromise() {
        return program.logic.Promise
      },
      later: callback => program.later(callback),
      changed: () => program.changed(),
      unexpected: (api, detail) => {
        const problem = `unexpected call: ${api}${detail === undefined ? ' (no test arranged it)' : `: ${detail}`}`
        program.problems.push(problem)
        program.changed()
        throw new UnexpectedWxCall(problem)
      },
      inUserGesture: () => program.gestureUntilTask,
      inFlight: {
        start: () => {
          program.inFlight += 1
        },
        end: () => {
          program.inFlight -= 1
          program.changed()
        },
      },
    }
  }

  /**
   * `requirePlugin` as WeChat answers it: only for a plugin app.json declares, and for one declared in
   * a subpackage only from that subpackage's code ("仅能在这个分包内使用该插件"), which the calling
   * file of the build, read from the stack, tells.
   */
  private requirePlugin(name: string): unknown {
    const root = this.manifest.plugins.get(name)
    if (root === undefined) this.context.unexpected(`requirePlugin('${name}')`, 'app.json declares no such plugin')
    if (root !== '') {
      const caller = this.callingBuildFile()
      if (caller === null || !caller.startsWith(`${root}/`)) {
        this.context.unexpected(`requirePlugin('${name}')`, `called from ${caller ?? 'outside the build'}, but the plugin is declared for the ${root} subpackage, whose code alone may use it`)
      }
    }
    const plugin = ({ WechatSI: this.wx.speech.plugin, ...this.options.plugins } as Record<string, unknown>)[name]
    if (plugin === undefined) this.context.unexpected(`requirePlugin('${name}')`, 'the harness has no fake of this plugin and the test provided none')
    return plugin
  }

  /** The build file (relative to the build) whose code is running now, from the stack. */
  private callingBuildFile(): string | null {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 50
    const stack = new Error().stack ?? ''
    Error.stackTraceLimit = limit
    const prefix = `${this.options.buildDir.replace(/\/+$/, '')}/`
    for (const line of stack.split('\n')) {
      const file = /((?:\/)[^():\s]+\.js):\d+:\d+\)?$/.exec(line.trim())?.[1]
      if (file !== undefined && file.startsWith(prefix)) return file.slice(prefix.length)
    }
    return null
  }

  private later(callback: () => void): void {
    this.laterPending += 1
    setTimeout(() => {
      this.laterPending -= 1
      if (this.closed) return
      this.guard(callback)
      this.changed()
    }, 0)
  }

  private changed(): void {
    this.epoch += 1
    if (this.notifyScheduled) return
    this.notifyScheduled = true
    setImmediate(() => {
      this.notifyScheduled = false
      for (const waiter of [...this.waiters]) waiter()
    })
  }

  private reportError(error: unknown): void {
    if (error instanceof UnexpectedWxCall) return
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)
    this.problems.push(`uncaught error: ${message}`)
    try {
      this.callApp('onError', message)
    } catch {
      // App.onError itself failing is already covered by the problem recorded above.
    }
    this.changed()
  }

  /** Runs app code; what it throws is what WeChat reports to App.onError: the test fails. */
  private guard(run: () => unknown): void {
    try {
      run()
    } catch (error) {
      this.reportError(error)
    }
  }

  private inGesture(run: () => void): void {
    this.gestureUntilTask = true
    try {
      run()
    } finally {
      // WeChat still counts API calls made before the next task (awaits on settled promises) as in the tap.
      setImmediate(() => {
        this.gestureUntilTask = false
      })
    }
  }

  private callApp(name: string, ...args: unknown[]): unknown {
    const method = this.appDefinition?.[name]
    return typeof method === 'function' ? method.apply(this.appDefinition, args.map(arg => this.logic.clone(arg))) : undefined
  }

  private launchOptions() {
    const { route, query } = parsePageUrl(this.options.entry ?? this.manifest.pages[0] ?? '', null)
    return { path: route, query, scene: this.options.scene ?? 1001, referrerInfo: {}, apiCategory: 'default' }
  }

  private hostEnvironment(): HostEnvironment {
    const program = this
    return {
      view: this.view,
      clone: value => program.logic.clone(value),
      componentFor: (host, tag) => {
        const path = resolveUsedComponent(program.options.buildDir, host.path, tag)
        if (path === null) return null
        if (!program.logic.has(path)) program.logic.require(path, '')
        const definition = program.componentDefinitions.get(path)
        if (definition === undefined) throw new Error(`${path}.js did not call Component()`)
        return { path, definition }
      },
      recordSetData: (record, json) => {
        program.setDataLog.push(record)
        program.checkDroppedAria(record.owner, json)
      },
      changed: () => program.changed(),
      get epoch() {
        return program.epoch
      },
      later: callback => program.later(callback),
      reportError: error => program.reportError(error),
    }
  }

  /**
   * Taro writes a prop its component attribute list does not know under its own name instead of a
   * numbered slot, and base.wxml never reads it: an `aria*` key in the data is an accessibility
   * attribute WeChat (and a screen reader) never gets. Reported as a problem, once per key.
   */
  private checkDroppedAria(owner: string, json: string): void {
    if (!json.includes('"aria')) return
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit)
      if (typeof value !== 'object' || value === null) return
      // Taro's nodes carry their component number in `nn`; other objects (map markers…) are data.
      if ('nn' in value) {
        for (const key of Object.keys(value)) {
          if (!/^aria[A-Z]/.test(key)) continue
          const problem = `${owner} sets ${key} on a component (#${String(Reflect.get(value, 'nn'))}) whose weapp template has no such attribute (config/plugins/weapp-aria-attributes.json): WeChat never shows it to a screen reader`
          if (!this.problems.includes(problem)) this.problems.push(problem)
        }
      }
      Object.values(value).forEach(visit)
    }
    visit(JSON.parse(json))
  }

  private handleOf(page: HostInstance): PageHandle {
    return {
      route: page.path,
      query: this.queries.get(page) ?? {},
      elements: () => page.elements(),
      get data() {
        return page.data
      },
    }
  }

  private pageSetting(route: string, name: string): unknown {
    const own = readOwnJson(this.options.buildDir, route)
    return name in own ? own[name] : this.manifest.window[name]
  }

  private requireTop(): HostInstance {
    const top = this.stack.at(-1)
    if (top === undefined) throw new Error('no page is open')
    return top
  }

  private async open(route: string, query: Record<string, string>, how: 'launch' | 'navigate'): Promise<HostInstance> {
    if (!this.manifest.pages.includes(route)) throw new WxFailure(`page "${route}" is not found`)
    if (!this.logic.has(route)) this.logic.require(route, '')
    const definition = this.pageDefinitions.get(route)
    if (definition === undefined) throw new Error(`${route}.js did not call Page()`)
    const initial = (definition.data ?? {}) as Record<string, unknown>
    const page = new HostInstance('page', route, definition, this.hostEnvironment(), initial, { route, __route__: route, options: this.logic.clone(query), is: route })
    this.queries.set(page, query)
    if (how === 'navigate') {
      const previous = this.stack.at(-1)
      if (previous !== undefined) this.guard(() => previous.lifecycle('onHide'))
    }
    this.stack.push(page)
    if (this.manifest.tabPages.includes(route)) this.tabPages.set(route, page)
    this.guard(() => page.lifecycle('onLoad', this.logic.clone(query)))
    this.guard(() => page.lifecycle('onShow'))
    // onReady follows the first render, which the view layer reports on a later task.
    this.later(() => {
      if (page.isAlive) page.lifecycle('onReady')
    })
    this.changed()
    return page
  }

  private unload(page: HostInstance): void {
    if (!page.isAlive) return
    this.guard(() => page.lifecycle('onUnload'))
    page.detach()
    const index = this.stack.indexOf(page)
    if (index !== -1) this.stack.splice(index, 1)
    if (this.tabPages.get(page.path) === page) this.tabPages.delete(page.path)
    this.changed()
  }

  private async switchTab(route: string, query: Record<string, string>): Promise<void> {
    if (!this.manifest.tabPages.includes(route)) throw new WxFailure(`can not switch to no-tabBar page`)
    for (const page of [...this.stack].reverse()) {
      if (this.tabPages.get(page.path) === page) {
        if (page.path !== route) this.guard(() => page.lifecycle('onHide'))
      } else {
        this.unload(page)
      }
    }
    this.stack.length = 0
    const alive = this.tabPages.get(route)
    if (alive !== undefined) {
      this.stack.push(alive)
      this.guard(() => alive.lifecycle('onShow'))
      this.changed()
    } else {
      await this.open(route, query, 'launch')
    }
  }

  private async back(delta: number): Promise<void> {
    if (this.stack.length < 2) throw new WxFailure('cannot navigate back at first page.')
    const steps = Math.min(Math.max(1, delta), this.stack.length - 1)
    for (let step = 0; step < steps; step += 1) {
      const top = this.stack.at(-1)
      if (top === undefined) break
      if (this.tabPages.get(top.path) === top) {
        this.guard(() => top.lifecycle('onHide'))
        this.stack.pop()
      } else {
        this.unload(top)
      }
    }
    const shown = this.stack.at(-1)
    if (shown !== undefined) this.guard(() => shown.lifecycle('onShow'))
    this.changed()
  }

  private navigationApis(context: FakeContext): Record<string, WxApi> {
    const urlOf = (options: Record<string, unknown>) => {
      if (typeof options.url !== 'string' || options.url === '') throw new WxFailure('parameter error: parameter.url should be String')
      return parsePageUrl(options.url, this.stack.at(-1)?.path ?? null)
    }
    return {
      navigateTo: asyncApi(context, 'navigateTo', async options => {
        const { route, query } = urlOf(options)
        if (this.manifest.tabPages.includes(route)) throw new WxFailure('can not navigateTo a tabbar page')
        if (this.stack.length >= NAVIGATION_STACK_LIMIT) throw new WxFailure('webview count limit exceed')
        await this.open(route, query, 'navigate')
        return {}
      }),
      redirectTo: asyncApi(context, 'redirectTo', async options => {
        const { route, query } = urlOf(options)
        if (this.manifest.tabPages.includes(route)) throw new WxFailure('can not redirectTo a tabbar page')
        const top = this.stack.at(-1)
        if (top !== undefined) this.unload(top)
        await this.open(route, query, 'launch')
        return {}
      }),
      switchTab: asyncApi(context, 'switchTab', async options => {
        const { route } = urlOf(options)
        await this.switchTab(route, {})
        return {}
      }),
      reLaunch: asyncApi(context, 'reLaunch', async options => {
        const { route, query } = urlOf(options)
        for (const page of [...this.stack].reverse()) this.unload(page)
        for (const page of [...this.tabPages.values()]) this.unload(page)
        await this.open(route, query, 'launch')
        return {}
      }),
      navigateBack: asyncApi(context, 'navigateBack', async options => {
        await this.back(typeof options.delta === 'number' ? options.delta : 1)
        return {}
      }),
    }
  }

  private openType(button: WxmlElement, openType: string): void {
    if (button.tag !== 'button') return
    const clone = <T>(value: T) => this.logic.clone(value)
    switch (openType) {
      case 'agreePrivacyAuthorization': {
        const id = typeof button.attrs.id === 'string' ? button.attrs.id : ''
        this.wx.privacy.agreeButtonTapped(id)
        this.guard(() => dispatchWxEvent(button, 'agreeprivacyauthorization', {}, clone))
        return
      }
      case 'share': {
        const top = this.requireTop()
        void this.share(top, { from: 'button', target: { id: button.attrs.id, dataset: {} } }).catch(error => this.reportError(error))
        return
      }
      default:
        this.context.unexpected(`<button open-type="${openType}">`, 'the harness does not act out this open-type yet')
    }
  }

  private readonly shares: Array<Record<string, unknown>> = []

  /** Share cards the person sent (from the menu or a share button). */
  get shared(): ReadonlyArray<Readonly<Record<string, unknown>>> {
    return this.shares
  }

  private async share(page: HostInstance, event: Record<string, unknown>): Promise<Record<string, unknown>> {
    const answer: unknown = page.lifecycle('onShareAppMessage', this.logic.clone(event))
    const card = typeof answer === 'object' && answer !== null ? { ...(answer as Record<string, unknown>) } : {}
    if (card.promise !== undefined) Object.assign(card, await (card.promise as Promise<Record<string, unknown>>))
    delete card.promise
    const shared = { title: card.title ?? '', path: card.path ?? `/${page.path}`, imageUrl: card.imageUrl ?? null }
    this.shares.push(shared)
    this.changed()
    return shared
  }

  private assertOnScreen(element: WxmlElement): void {
    const top = this.stack.at(-1)
    if (top === undefined || element.owner === undefined) throw new Error('no page is open')
    const onTop = (node: WxmlElement): boolean => {
      let root: WxmlElement = node
      while (root.parent !== null) root = root.parent
      return top.elements().includes(root)
    }
    if (!onTop(element)) throw new Error(`${describeElement(element)} is not on the current page (${top.path}) any more: find it again after the page changes`)
  }

  private expectOne(found: WxmlElement[], what: string): WxmlElement {
    this.assertHealthy()
    if (found.length === 1 && found[0] !== undefined) return found[0]
    throw new Error(`expected exactly one element with ${what} on ${this.stack.at(-1)?.path}, found ${found.length}${found.length > 1 ? `: ${found.map(describeElement).join(', ')}` : ''}.\nThe page shows:\n${this.describePage()}`)
  }

  private expectSome(found: WxmlElement[], what: string): WxmlElement[] {
    this.assertHealthy()
    if (found.length > 0) return found
    throw new Error(`expected an element with ${what} on ${this.stack.at(-1)?.path}, found none.\nThe page shows:\n${this.describePage()}`)
  }

  private atMostOne(found: WxmlElement[], what: string): WxmlElement | null {
    this.assertHealthy()
    if (found.length > 1) throw new Error(`expected at most one element with ${what}, found ${found.length}: ${found.map(describeElement).join(', ')}`)
    return found[0] ?? null
  }
}

/** The text an element shows (for assertions on a found element). */
export { textOf }
