import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LARGEST_FONT_SIZE_SETTING } from './harness/wx/system-info'
import { acceptConsent, startWeappStack, type WeappStack } from './weapp-stack'
import type { MiniProgram } from './harness/mini-program'

let stack: WeappStack

beforeAll(async () => {
  stack = await startWeappStack()
})

afterAll(async () => {
  await stack?.stop()
})

/** The type scale the page's screen applies (every size in the design system is multiplied by it). */
function fontScale(app: MiniProgram): string | undefined {
  const screen = app.page.elements().find(element => typeof element !== 'string' && String(element.attrs.class).includes('ui-screen'))
  const style = typeof screen === 'string' ? '' : String(screen?.attrs.style ?? '')
  return /--font-scale:\s*([\d.]+)/.exec(style)?.[1]
}

describe('我的 in the weapp build', () => {
  it('shows the person’s profile, and 长辈模式 enlarges the type and is remembered on the phone', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true })
    await acceptConsent(app)
    await app.tapTab('pages/me/index')
    await app.findByText('张师傅')
    expect(fontScale(app)).toBe('1')
    const elderMode = app.getByRole('switch', { name: '长辈模式，已关闭' })
    app.tap(elderMode)
    await app.findByRole('switch', { name: '长辈模式，已开启' })
    expect(fontScale(app)).toBe('1.25')
    expect(app.storageSnapshot()['ui.elder-mode.v1']).toBe(true)
    app.close()

    const again = await stack.launch('demo-worker', { privacyAgreed: true, storage: app.storageSnapshot(), entry: 'pages/me/index' })
    await again.findByRole('switch', { name: '长辈模式，已开启' })
    expect(fontScale(again)).toBe('1.25')
    again.close()
  })

  it('follows WeChat’s largest type setting, capped where the layouts still fit', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true, device: { fontSizeSetting: LARGEST_FONT_SIZE_SETTING }, entry: 'pages/me/index' })
    await app.findByText('长辈模式')
    expect(fontScale(app)).toBe('1.75')
    app.close()
  })

  it('takes staff from 我的 → 工作台 to 驿站反馈, a staff page in its subpackage', async () => {
    const app = await stack.launch('demo-staff', { privacyAgreed: true, entry: 'pages/me/index' })
    await acceptConsent(app)
    await app.findByText('李干事')
    app.tap(await app.findByRole('button', { name: /^驿站反馈/ }))
    await app.waitFor(() => app.page.route === 'packages/staff/stations-reports/index' || undefined, 'the staff page')
    expect(app.routes).toEqual(['pages/me/index', 'packages/staff/stations-reports/index'])
    await app.settle()
    expect(app.queryByText(/网络不好|没有权限/)).toBeNull()
    await app.goBack()
    expect(app.page.route).toBe('pages/me/index')
    app.close()
  })

  it('never shows 工作台 to a worker', async () => {
    const app = await stack.launch('demo-worker', { privacyAgreed: true, entry: 'pages/me/index' })
    await acceptConsent(app)
    await app.findByText('张师傅')
    await app.settle()
    expect(app.queryByText('工作台')).toBeNull()
    app.close()
  })
})
