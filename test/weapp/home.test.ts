import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptConsent, startWeappStack, type WeappStack } from './weapp-stack'

let stack: WeappStack

beforeAll(async () => {
  stack = await startWeappStack()
})

afterAll(async () => {
  await stack?.stop()
})

const REFERENCE_TITLE = '市总工会九月份工作完成情况'

/** The bulletin cards of the feed, as a screen reader announces them. */
function cardLabels(app: Awaited<ReturnType<WeappStack['launch']>>): string[] {
  return app.queryAllByRole('button', { name: /，(工作简报|通知公告|政策法规|维权案例)，/ }).map(card => String(card.attrs.ariaLabel))
}

describe('首页 in the weapp build', () => {
  it('lists the seed bulletin from the emulator, opens it, and shares it from WeChat’s menu with its own page', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true })
    await acceptConsent(app)
    app.tap(await app.findByText(REFERENCE_TITLE))
    await app.waitFor(() => app.page.route === 'packages/bulletins/detail/index' || undefined, 'the bulletin page')
    await app.findByText('第 10 期')
    await app.findByText('2017年9月30日')
    const card = await app.shareFromMenu()
    expect(card).toMatchObject({ title: REFERENCE_TITLE })
    expect(String(card.path)).toMatch(/^\/packages\/bulletins\/detail\/index\?id=demo-jingzhou-2017-no10/)
    app.close()
  })

  it('loads the next page of the feed at the bottom, and reloads it on pull-down', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true })
    await acceptConsent(app)
    const first = await app.waitFor(() => {
      const labels = cardLabels(app)
      return labels.length > 0 ? labels : undefined
    }, 'the first page of the feed')
    await app.settle()
    app.reachBottom()
    const more = await app.waitFor(() => {
      const labels = cardLabels(app)
      return labels.length > first.length ? labels : undefined
    }, 'more bulletins after the first page')
    expect(more.slice(0, first.length)).toEqual(first)
    expect(new Set(more).size).toBe(more.length)

    const listCalls = () => app.wx.cloud.calls.filter(call => JSON.stringify(call.data).includes('"action":"list"')).length
    const before = listCalls()
    app.pullDownRefresh()
    await app.waitFor(() => listCalls() > before || undefined, 'the feed to be fetched again')
    await app.waitFor(() => app.wx.ui.pullDownStops > 0 || undefined, 'the pull-down spinner to stop')
    app.close()
  })

  it('calls the 12351 hotline from its row', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true })
    await acceptConsent(app)
    app.tap(app.getByRole('button', { name: /^有困难，拨打职工服务热线 12351/ }))
    await app.waitFor(() => app.wx.ui.phoneCalls.length > 0 || undefined, 'the phone call')
    expect(app.wx.ui.phoneCalls).toEqual(['12351'])
    app.close()
  })
})
