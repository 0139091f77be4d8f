import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { startWeappStack, type WeappStack } from './weapp-stack'

let stack: WeappStack

beforeAll(async () => {
  stack = await startWeappStack()
})

afterAll(async () => {
  await stack?.stop()
})

/** Somewhere in 荆州 (GCJ-02), near the demo stations. */
const JINGZHOU = { lng: 112.2397, lat: 30.3269 }

describe('the first visit’s privacy flow in the weapp build', () => {
  it('agrees once with 同意并继续: the consent is stored and WeChat’s privacy check is answered, so location needs no second prompt', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: false, location: { permission: 'allow', fix: JINGZHOU } })
    const sheet = await app.findByRole('dialog', { name: '欢迎使用职工服务' })
    expect(sheet).toBeDefined()
    const agree = app.getByRole('button', { name: '同意并继续' })
    // The tap WeChat needs to record agreement to the privacy guide: its open-type must reach WeChat.
    expect(agree.attrs.openType).toBe('agreePrivacyAuthorization')
    app.tap(agree)
    await app.waitFor(() => app.queryByRole('dialog', { name: '欢迎使用职工服务' }) === null, 'the consent sheet to close')
    expect(app.wx.privacy.agreed).toBe(true)
    await app.waitFor(() => stack.emulator.database.find('users', { _id: userIdFor('demo-worker') })[0]?.consents, 'the consent on the server')

    await app.tapTab('pages/stations/index')
    await app.findByText('离您由近到远')
    expect(app.queryByRole('dialog', { name: '需要您的同意' })).toBeNull()
    app.close()
  })

  it('browses without agreeing after 暂不同意，只浏览, and when location is wanted asks in its own sheet; 不同意 falls back to the city centre', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: false, location: { permission: 'allow', fix: JINGZHOU } })
    app.tap(await app.findByRole('button', { name: '暂不同意，只浏览' }))
    app.tap(await app.findByText(/市总工会九月份工作完成情况/))
    await app.waitFor(() => app.page.route === 'packages/bulletins/detail/index' || undefined, 'the bulletin page')
    await app.findByText('第 10 期')
    await app.goBack()

    await app.tapTab('pages/stations/index')
    const ask = await app.findByRole('dialog', { name: '需要您的同意' })
    expect(ask).toBeDefined()
    expect(app.wx.privacy.waiting).toEqual(['requirePrivacyAuthorize'])
    app.tap(app.getByRole('button', { name: '不同意' }))
    await app.findByText(/先按荆州市中心查找/)
    expect(app.wx.privacy.agreed).toBe(false)
    expect(app.wx.location.asked).toEqual([])
    app.close()
  })

  it('lets location proceed once 同意并继续 is tapped in WeChat’s privacy sheet', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: false, location: { permission: 'allow', fix: JINGZHOU } })
    app.tap(await app.findByRole('button', { name: '暂不同意，只浏览' }))
    await app.tapTab('pages/stations/index')
    await app.findByRole('dialog', { name: '需要您的同意' })
    app.tap(app.getByRole('button', { name: '同意并继续' }))
    await app.findByText('离您由近到远')
    expect(app.wx.privacy.agreed).toBe(true)
    expect(app.wx.location.asked).toEqual(['scope.userLocation'])
    app.close()
  })
})
