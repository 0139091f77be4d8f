import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MiniProgram, textOf, type LaunchOptions } from './mini-program'
import { STORAGE_ITEM_LIMIT_BYTES } from './wx/storage'

/** A hand-written mini-program (no framework) whose behaviour the harness must reproduce as WeChat does. */
const TINY_APP = join(__dirname, 'fixtures', 'tiny-app')
/** Nothing listens here: a cloud call that is not expected to leave fails fast. */
const NOWHERE = { gatewayOrigin: 'http://127.0.0.1:9', openid: 'tester' }

const launched: MiniProgram[] = []

async function launch(options: Partial<LaunchOptions> = {}): Promise<MiniProgram> {
  const app = await MiniProgram.launch({ buildDir: TINY_APP, identity: NOWHERE, waitTimeoutMs: 5_000, ...options })
  launched.push(app)
  return app
}

/** Waits until the app's onNeedPrivacyAuthorization listener was asked, and returns its resolve. */
async function privacyPrompt(app: MiniProgram): Promise<(answer: object) => void> {
  return app.waitFor(() => (app.appInstance as { globalData: { resolvePrivacy?: (answer: object) => void } }).globalData.resolvePrivacy, 'the privacy listener to be asked')
}

function appLog(app: MiniProgram): string[] {
  const instance = app.appInstance as { globalData: { log: string[] } }
  return instance.globalData.log
}

afterEach(() => {
  for (const app of launched.splice(0)) {
    try {
      app.close()
    } catch {
      // A test that expects the app to go wrong has already checked it.
    }
  }
})

describe('the headless weapp harness', () => {
  it('renders page data through WeChat\'s compiled templates and runs the lifecycle in WeChat\'s order', async () => {
    const app = await launch()
    await app.findByText('你好')
    await app.waitFor(() => appLog(app).includes('index:onReady') || undefined, 'onReady')
    expect(appLog(app)).toEqual(['index:onLoad:{}', 'index:onShow', 'index:onReady'])
    expect(app.getAllByText('甲')).toHaveLength(1)
  })

  it('applies setData path keys as WeChat does, and shows nothing that did not go through setData', async () => {
    const app = await launch()
    await app.findByText('甲')
    app.reachBottom()
    await app.findByText('乙')
    const page = app.currentInstance()
    ;(page.data.list as Array<{ name: string }>)[0]!.name = '改了但没有 setData'
    expect(app.queryByText('改了但没有 setData')).toBeNull()
    app.pullDownRefresh()
    await app.findByText('刷新了')
    expect(app.wx.ui.pullDownStops).toBe(1)
  })

  it('bubbles a tap through every binding with its own currentTarget, and stops at catchtap', async () => {
    const app = await launch()
    app.tap(await app.findByText('点我'))
    expect(appLog(app).slice(-2)).toEqual(['inner:inner', 'outer:outer:label:outer'])
    app.tap(app.getByText('拦住'))
    expect(appLog(app).at(-1)).toBe('stopper')
    expect(appLog(app).filter(entry => entry.startsWith('outer'))).toHaveLength(1)
  })

  it('refuses taps that would do nothing and taps on disabled controls', async () => {
    const app = await launch()
    await app.findByText('你好')
    expect(() => app.tap(app.getByText('你好'))).toThrow(/would do nothing/)
    expect(() => app.tap(app.getByRole('button', { name: '不能点' }))).toThrow(/disabled/)
  })

  it('delivers custom component events to the page\'s binding, and re-renders the component with new properties', async () => {
    const app = await launch()
    app.tap(await app.findByText('数量 1'))
    await app.findByText('数量 3')
  })

  it('types into an input, cut at WeChat\'s default maxlength of 140', async () => {
    const app = await launch()
    const input = await app.findByRole('textbox')
    app.type(input, '长'.repeat(200))
    await app.waitFor(() => (app.currentInstance().data.name as string).length === 140 || undefined, 'the typed value')
  })

  it('fails the test on a wx call nobody arranged, even when the app swallows the error', async () => {
    const app = await launch()
    await app.findByText('你好')
    const wx = app.appGlobal('wx') as { openCard(options: object): void }
    try {
      wx.openCard({})
    } catch {
      // The app swallowing it does not hide it from the test.
    }
    expect(() => app.assertHealthy()).toThrow(/unexpected call: wx\.openCard/)
  })

  it('answers a selector query by #id on a later task: null off the page, size 0 and no node (nothing is laid out or drawn)', async () => {
    const app = await launch()
    await app.findByText('你好')
    type Query = { select(selector: string): { fields(fields: object): Query }; exec(callback: (answers: unknown[]) => void): void }
    const wx = app.appGlobal('wx') as { createSelectorQuery(): Query }
    let answers: unknown[] | undefined
    wx.createSelectorQuery().select('#outer').fields({ id: true, node: true, size: true }).select('#nowhere').fields({ node: true }).exec(result => {
      answers = result
    })
    expect(answers).toBeUndefined()
    expect(await app.waitFor(() => answers, 'the query answer')).toEqual([{ id: 'outer', width: 0, height: 0, node: null }, null])
    const badText = (() => {
      try {
        wx.createSelectorQuery().select('.page')
        return 'not refused'
      } catch (error) {
        return String(error)
      }
    })()
    expect(badText).toMatch(/createSelectorQuery/)
    expect(() => app.assertHealthy()).toThrow(/selector \.page/)
  })

  it('holds a privacy API until the app answers its listener, and accepts "agree" only after the agree button was tapped', async () => {
    const app = await launch({ location: { permission: 'allow', fix: { lng: 112.24, lat: 30.33 } } })
    await app.findByText('你好')
    const wx = app.appGlobal('wx') as { getLocation(options: object): Promise<{ longitude: number }> }
    let answer: unknown = null
    void wx.getLocation({ type: 'gcj02' }).then(result => (answer = result), failure => (answer = failure))
    await privacyPrompt(app)
    expect(app.wx.privacy.waiting).toEqual(['getLocation'])
    app.tap(app.getByRole('button', { name: '同意' }))
    await app.waitFor(() => answer, 'getLocation to answer')
    expect(answer).toMatchObject({ longitude: 112.24, errMsg: 'getLocation:ok' })
    expect(app.wx.location.asked).toEqual(['scope.userLocation'])
  })

  it('fails a held privacy API with errno 104 when the person does not agree', async () => {
    const app = await launch()
    await app.findByText('你好')
    const wx = app.appGlobal('wx') as { setClipboardData(options: object): Promise<unknown> }
    const copied = wx.setClipboardData({ data: '12351' })
    const resolve = await privacyPrompt(app)
    expect(() => resolve({ event: 'agree', buttonId: 'agree' })).toThrow(/no agreePrivacyAuthorization button with that id was tapped/)
    resolve({ event: 'disagree' })
    await expect(copied).rejects.toMatchObject({ errno: 104, errMsg: 'setClipboardData:fail privacy permission is not authorized' })
  })

  it('shows the subscribe prompt only inside a tap', async () => {
    const app = await launch()
    app.wx.subscribe.answer('tmpl-a', 'accept')
    app.tap(await app.findByRole('button', { name: '订阅' }))
    await app.waitFor(() => appLog(app).includes('subscribe:accept') || undefined, 'the answer')
    const wx = app.appGlobal('wx') as { requestSubscribeMessage(options: object): Promise<unknown> }
    await new Promise(resolve => setTimeout(resolve, 0))
    await expect(wx.requestSubscribeMessage({ tmplIds: ['tmpl-a'] })).rejects.toMatchObject({ errCode: 20004 })
    expect(app.wx.subscribe.prompts).toEqual([['tmpl-a']])
  })

  it('moves a page stack: navigateTo hides and pushes, navigateBack unloads, and the query reaches onLoad', async () => {
    const app = await launch()
    await app.findByText('你好')
    const wx = app.appGlobal('wx') as { navigateTo(options: object): Promise<unknown>; navigateBack(options?: object): Promise<unknown> }
    await wx.navigateTo({ url: '/pages/second/index?from=test' })
    await app.findByText('第二页 test')
    expect(app.routes).toEqual(['pages/index/index', 'pages/second/index'])
    await app.goBack()
    expect(app.routes).toEqual(['pages/index/index'])
    expect(appLog(app).filter(entry => !entry.startsWith('index:onReady') && !entry.startsWith('second:onReady'))).toEqual([
      'index:onLoad:{}',
      'index:onShow',
      'index:onHide',
      'second:onLoad:{"from":"test"}',
      'second:onShow',
      'second:onUnload',
      'index:onShow',
    ])
    await expect(wx.navigateTo({ url: '/pages/index/index' })).rejects.toMatchObject({ errMsg: 'navigateTo:fail can not navigateTo a tabbar page' })
    await expect(wx.navigateTo({ url: '/pages/missing/index' })).rejects.toMatchObject({ errMsg: 'navigateTo:fail page "pages/missing/index" is not found' })
  })

  it('keeps storage within WeChat\'s limits and across launches', async () => {
    const app = await launch()
    const wx = app.appGlobal('wx') as { setStorageSync(key: string, value: unknown): void; getStorageSync(key: string): unknown }
    wx.setStorageSync('kept', { a: 1 })
    expect(() => wx.setStorageSync('huge', 'x'.repeat(STORAGE_ITEM_LIMIT_BYTES))).toThrow(/setStorageSync:fail entry size limit reached/)
    expect(wx.getStorageSync('missing')).toBe('')
    const again = await launch({ storage: app.storageSnapshot() })
    expect((again.appGlobal('wx') as typeof wx).getStorageSync('kept')).toEqual({ a: 1 })
  })

  it('fails the test on a setData over WeChat\'s 256 KB limit', async () => {
    const app = await launch()
    await app.findByText('你好')
    const page = app.currentInstance()
    expect(() => page.setData({ title: 'x'.repeat(300 * 1024) })).toThrow(/over WeChat's 256 KB limit/)
    expect(textOf(app.getByText('你好'))).toBe('你好')
  })

  it('shares the page with what onShareAppMessage returns', async () => {
    const app = await launch()
    await app.findByText('你好')
    await expect(app.shareFromMenu()).resolves.toEqual({ title: '分享标题', path: '/pages/index/index?from=share', imageUrl: null })
  })

  it('answers requirePlugin for a subpackage\'s plugin only in that subpackage, and plays what WechatSI says', async () => {
    const app = await launch()
    await app.findByText('你好')
    const wx = app.appGlobal('wx') as { navigateTo(options: object): Promise<unknown> }
    await wx.navigateTo({ url: '/sub/pages/speak/index' })
    await app.waitFor(() => app.wx.audio.playing, 'the spoken text to play')
    expect(app.wx.speech.spoken).toEqual(['你好'])
    app.wx.audio.finishPlaying()
    await app.waitFor(() => appLog(app).includes('ended') || undefined, 'the end of the audio')
    await app.goBack()
    app.tap(app.getByRole('button', { name: '在主包朗读' }))
    expect(() => app.assertHealthy()).toThrow(/requirePlugin\('WechatSI'\).*called from pages\/index\/index\.js, but the plugin is declared for the sub subpackage/)
  })
})
