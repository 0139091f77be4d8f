import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoStationEntries } from '../../scripts/seed/stations-demo'
import type { MiniProgram } from './harness/mini-program'
import { acceptConsent, startWeappStack, type WeappStack } from './weapp-stack'

let stack: WeappStack

beforeAll(async () => {
  stack = await startWeappStack()
})

afterAll(async () => {
  await stack?.stop()
})

const REFERENCE_TITLE = '市总工会九月份工作完成情况'
const CONSENT_SHEET = { name: '欢迎使用职工服务' }

function stationId(name: string): string {
  const entry = demoStationEntries('2026-01-01').find(station => station.fields.name === name)
  if (entry === undefined) throw new Error(`demo data lost ${name}`)
  return entry.id
}

function callsOf(app: MiniProgram, action: string): number {
  return app.wx.cloud.calls.filter(call => JSON.stringify(call.data).includes(`"action":"${action}"`)).length
}

describe('states a person meets in the weapp build', () => {
  it('remembers 暂不同意 across launches, and asks again only when a feature needs the consent', async () => {
    const first = await stack.launch('o-states-decliner')
    first.tap(await first.findByRole('button', { name: '暂不同意，只浏览' }))
    await first.waitFor(() => first.queryByRole('dialog', CONSENT_SHEET) === null || undefined, 'the consent sheet to close')
    await first.findByText(REFERENCE_TITLE)
    await first.settle()
    first.close()

    // The next launch: the feed, no question.
    const again = await stack.launch('o-states-decliner', { storage: first.storageSnapshot() })
    await again.findByText(REFERENCE_TITLE)
    await again.settle()
    expect(again.queryByRole('dialog', CONSENT_SHEET)).toBeNull()
    again.close()

    // Reporting a station problem keeps something about the person: that is when the question comes back.
    const reporting = await stack.launch('o-states-decliner', { storage: again.storageSnapshot(), entry: `packages/stations/report/index?id=${stationId('荆州水务集团收费大厅')}` })
    reporting.tap(await reporting.findByRole('radio', { name: '驿站关门了' }))
    await reporting.settle()
    expect(reporting.queryByRole('dialog', CONSENT_SHEET)).toBeNull()
    reporting.tap(reporting.getByRole('button', { name: '提交：驿站关门了' }))
    await reporting.findByRole('dialog', CONSENT_SHEET)
    expect(callsOf(reporting, 'reportProblem')).toBe(0)
    await acceptConsent(reporting)
    reporting.tap(reporting.getByRole('button', { name: '提交：驿站关门了' }))
    await reporting.findByText('已提交，谢谢您！')
    reporting.close()
  })

  it('offers 返回资讯 instead of a useless 重试 for a bulletin that was withdrawn', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true, entry: 'packages/bulletins/detail/index?id=withdrawn-long-ago' })
    await acceptConsent(app)
    await app.findByText('这篇资讯不存在或已经撤回')
    expect(app.queryByRole('button', { name: /重试/ })).toBeNull()
    app.tap(app.getByRole('button', { name: '返回资讯' }))
    await app.waitFor(() => app.page.route === 'pages/home/index' || undefined, 'the feed')
    await app.findByText(REFERENCE_TITLE)
    app.close()
  })

  it('notes on every list already on screen that there is no signal as soon as a call fails, and clears it when calls get through', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true })
    await acceptConsent(app)
    await app.findByText(REFERENCE_TITLE)
    await app.tapTab('pages/me/index')
    await app.findByText('张师傅')
    await app.settle()
    expect(app.queryByText(/没有网络/)).toBeNull()

    // The signal drops while the app is open; the next call (the 首页 tab checking for new messages) fails.
    app.wx.network.set('none')
    await app.tapTab('pages/home/index')
    await app.findByText(/^没有网络/)
    expect(app.getAllByRole('button', { name: /，(工作简报|通知公告|政策法规|维权案例)，/ }).length).toBeGreaterThan(0)
    await app.tapTab('pages/me/index')
    await app.findByText(/^没有网络/)

    app.wx.network.set('wifi')
    app.tap(app.getByRole('button', { name: '重新联网加载' }))
    await app.waitFor(() => app.queryByText(/^没有网络/) === null || undefined, 'the note to go once a call got through')
    app.close()
  })

  it('deletes my data after two taps that say plainly what goes, with nothing to type', async () => {
    const app = await stack.launch('o-states-leaver', { privacyAgreed: true, entry: 'packages/me/my-data/index' })
    await acceptConsent(app)
    app.tap(await app.findByRole('button', { name: '删除我的数据' }))
    await app.findByText(/您写的说明和照片/)
    await app.findByText(/昵称、手机号/)
    expect(app.queryByRole('textbox')).toBeNull()
    app.tap(app.getByRole('button', { name: '下一步' }))
    app.tap(await app.findByRole('button', { name: '永久删除' }))
    await app.findByText('已删除')
    expect(callsOf(app, 'deleteMyData')).toBe(1)
    app.close()
  })

  it('takes the 法律援助 tile to legal aid and the 技能培训 tile and the 服务 tab to the training list', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true })
    await acceptConsent(app)
    app.tap(await app.findByRole('button', { name: /^法律援助，/ }))
    await app.waitFor(() => app.page.route === 'packages/legal-aid/book/index' || undefined, 'the legal-aid booking page')
    await app.goBack()

    app.tap(app.getByRole('button', { name: /^技能培训，/ }))
    await app.waitFor(() => app.page.route === 'packages/training/courses/index' || undefined, 'the training list')
    await app.goBack()

    await app.tapTab('pages/services/index')
    expect(app.queryByText(/技能培训还没有开通/)).toBeNull()
    app.tap(await app.findByRole('button', { name: /^我的培训/ }))
    await app.waitFor(() => app.page.route === 'packages/training/mine/index' || undefined, 'my trainings')
    await app.goBack()
    // The legal-aid card opens legal aid.
    app.tap(app.getByRole('button', { name: /^预约律师坐班、主席接待日/ }))
    await app.waitFor(() => app.page.route === 'packages/legal-aid/book/index' || undefined, 'the legal-aid booking page')
    app.close()
  })
})
