import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { REFERENCE_BULLETIN_ID } from '../../scripts/seed/bulletins-demo'
import { startBrowserStack, type BrowserStack } from './browser-stack'
import { expectVisible } from './expect-visible'

let stack: BrowserStack

beforeAll(async () => {
  stack = await startBrowserStack()
})

afterAll(async () => {
  await stack?.stop()
})

const REFERENCE_TITLE = '市总工会九月份工作完成情况'
const reference = readFileSync(join(resolve(__dirname, '..', '..'), 'src', 'domain', 'bulletins', 'fixtures', 'jingzhou-work-brief-2017-no10.txt'), 'utf8')

/** Whether a person would see the element now, inside the window rather than scrolled away. */
async function inViewport(locator: Locator): Promise<boolean> {
  return await locator.evaluate(element => {
    const box = element.getBoundingClientRect()
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0
  })
}

async function openReferenceFromList(page: Page): Promise<void> {
  await page.getByRole('radio', { name: '工作简报' }).click()
  const card = page.getByRole('button', { name: new RegExp(`^${REFERENCE_TITLE}，工作简报，第 10 期`) })
  await card.scrollIntoViewIfNeeded()
  await card.click()
  await expectVisible(page.getByRole('heading', { level: 1, name: REFERENCE_TITLE }))
}

describe('资讯, in Chromium against the emulator', () => {
  it('reads the seed bulletin: 第 10 期, its date and issuer, and jumps to item 5 from the contents', async () => {
    const { context, page } = await stack.openApp('demo-worker')
    await openReferenceFromList(page)
    const article = page.locator('.bulletin-article')
    await expectVisible(article.getByText('第 10 期'))
    await expectVisible(article.getByText('2017年9月30日'))
    await expectVisible(article.getByText('荆州市总工会').first())
    const item5 = page.getByRole('heading', { level: 2, name: /^5、开展了各类职工服务活动。/ })
    expect(await inViewport(item5)).toBe(false)
    await page.getByRole('button', { name: '跳到第 5 项：开展了各类职工服务活动。' }).click()
    await expect.poll(() => inViewport(item5), { timeout: 5_000 }).toBe(true)
    await expectVisible(page.getByRole('button', { name: '拨打联系电话 8219262' }))
    await context.close()
  })

  it('searches 爱心驿站 and lands on the bulletin at the item that holds it, with the words marked', async () => {
    const { context, page } = await stack.openApp('demo-worker')
    await page.getByLabel('搜索资讯，如：驿站、工伤').locator('input').fill('爱心驿站')
    await page.getByRole('button', { name: '搜索', exact: true }).click()
    const hit = page.getByRole('button', { name: new RegExp(`^${REFERENCE_TITLE}，工作简报，第 10 期，在第 5 项`) })
    await expectVisible(hit)
    await hit.click()
    await expectVisible(page.getByRole('heading', { level: 1, name: REFERENCE_TITLE }))
    const marked = page.locator('.bulletin-article .bulletin-hit', { hasText: '爱心驿站' }).first()
    await expect.poll(() => inViewport(marked), { timeout: 5_000 }).toBe(true)
    await context.close()
  })

  it('publishes a pasted bulletin as staff, and the worker sees it first in the list', async () => {
    // The reference as the union's 第 13 期, which the demo data does not have yet.
    const pasted = reference
      .replace('第 10 期', '第 13 期')
      .replace('2017 年 9 月 30 日', '2017 年 12 月 31 日')
      .replace(REFERENCE_TITLE, '市总工会年终工作完成情况')
    const staff = await stack.openApp('demo-staff')
    await staff.page.getByRole('button', { name: /^资讯管理（工作人员）/ }).click()
    await staff.page.getByRole('button', { name: '发布新资讯' }).click()
    await staff.page.getByLabel('简报全文').locator('textarea').fill(pasted)
    await staff.page.getByRole('button', { name: '识别', exact: true }).click()
    const recognised = staff.page.locator('.recognition')
    await expectVisible(recognised.getByText('第 13 期'))
    await expectVisible(recognised.getByText('2017-12-31'))
    await expectVisible(recognised.getByText('分项 5 个：一是、二是、三是、四是、五是'))
    await expectVisible(recognised.getByText('省总工会、市“四大家”有关领导、市“四大家”办公室'))
    await staff.page.getByRole('button', { name: '发布', exact: true }).click()
    await staff.page.getByRole('button', { name: '确认发布' }).click()
    await expectVisible(staff.page.locator('.bulletin-editor__status').getByLabel('状态：已发布'))
    await staff.context.close()

    const worker = await stack.openApp('demo-worker')
    const first = worker.page.locator('.bulletin-card').first()
    await expect.poll(async () => (await first.getAttribute('aria-label')) ?? '', { timeout: 10_000 }).toMatch(/^市总工会年终工作完成情况，工作简报，第 13 期/)
    await first.click()
    await expectVisible(worker.page.getByRole('heading', { level: 1, name: '市总工会年终工作完成情况' }))
    await worker.context.close()
  })

  it('asks at the moment the 新资讯提醒 switch is tapped (the local stand-in for WeChat’s prompt) and stores the consent', async () => {
    const { context, page } = await stack.openApp('demo-worker')
    const toggle = page.getByRole('switch', { name: '新资讯提醒，已关闭' })
    await expectVisible(toggle)
    await page.getByText('新资讯提醒', { exact: true }).click()
    await expectVisible(page.getByText('本地演示：订阅消息'))
    await page.getByText('允许', { exact: true }).click()
    await expectVisible(page.getByText(/已开启，还能收到 1 条提醒/))
    const stored = () => stack.emulator.database.find('subscriptions', { userId: userIdFor('demo-worker') })[0]
    await expect.poll(stored).toMatchObject({ enabled: true, credits: 1, templateKey: 'bulletin-new-issue' })
    await context.close()
  })

  it('opens a bulletin read before without signal, from the copy saved on the phone, with its date', async () => {
    const { context, page } = await stack.openApp('demo-worker')
    await openReferenceFromList(page)
    await expect
      .poll(() => page.evaluate(id => Object.keys(window.localStorage).some(key => key.includes(`bulletins.detail.${id}`)), REFERENCE_BULLETIN_ID))
      .toBe(true)
    await page.goBack()
    // No signal from here on: every call to a cloud function fails.
    await context.route('**/client/functions/**', route => route.abort())
    await page.getByRole('button', { name: new RegExp(`^${REFERENCE_TITLE}，工作简报，第 10 期`) }).click()
    // The page read online earlier may linger in the router: look inside the one that says it is offline.
    const offline = page.locator('.taro_page', { has: page.getByText(/^离线内容，保存于 /) })
    await expectVisible(offline)
    await expectVisible(offline.getByRole('heading', { level: 1, name: REFERENCE_TITLE }))
    await context.close()
  })
})
