import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { usersRepository } from '../../cloudfunctions/runtime/repositories/users-repository'
import { runImport } from '../../scripts/import-bulletin'
import { REFERENCE_BULLETIN_ID } from '../../scripts/seed/bulletins-demo'
import { BULLETIN_FIXTURES_DIR, fixtureText } from '../support/bulletin-fixtures'
import { startBrowserStack, type BrowserStack } from './browser-stack'
import { expectVisible } from './expect-visible'
import { screenOf } from './screen-of'

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
    await page.getByLabel('搜索资讯，如：工伤').locator('input').fill('爱心驿站')
    await page.getByRole('button', { name: '搜索', exact: true }).click()
    const hit = page.getByRole('button', { name: new RegExp(`^${REFERENCE_TITLE}，工作简报，第 10 期，在第 5 项`) })
    await expectVisible(hit)
    await hit.click()
    await expectVisible(page.getByRole('heading', { level: 1, name: REFERENCE_TITLE }))
    const marked = page.locator('.bulletin-article .bulletin-hit', { hasText: '爱心驿站' }).first()
    await expect.poll(() => inViewport(marked), { timeout: 5_000 }).toBe(true)
    await context.close()
  })

  it('finds 讨薪 in bulletins that say 拖欠工资, and offers the hotline and legal aid when nothing is found', async () => {
    const { context, page } = await stack.openApp('demo-worker')
    const box = page.getByLabel('搜索资讯，如：工伤').locator('input')
    await box.fill('讨薪')
    await page.getByRole('button', { name: '搜索', exact: true }).click()
    await expectVisible(page.getByText('没有一字不差的，下面是意思相近的资讯：'))
    const first = screenOf(page, '/packages/bulletins/search/index').locator('.bulletin-card').first()
    await expectVisible(first)
    // The card marks the words the bulletin holds, not the word typed.
    const marked = await first.locator('.bulletin-hit').allTextContents()
    expect(marked.length).toBeGreaterThan(0)
    expect(marked.every(text => !text.includes('讨薪'))).toBe(true)
    await context.close()

    const again = await stack.openApp('demo-worker')
    await again.page.getByLabel('搜索资讯，如：工伤').locator('input').fill('潜水艇执照')
    await again.page.getByRole('button', { name: '搜索', exact: true }).click()
    await expectVisible(again.page.getByText('资讯里没有找到“潜水艇执照”'))
    await expectVisible(again.page.getByRole('button', { name: '拨打职工服务热线 12351' }))
    await again.page.getByRole('button', { name: '预约免费法律援助' }).click()
    await expectVisible(screenOf(again.page, '/packages/legal-aid/book/index').getByText('预约法律援助', { exact: true }))
    await again.context.close()
  })

  it('publishes a pasted bulletin as staff, placed by its own date; staff correct it in place and the worker sees the fix', async () => {
    // The reference as the union's 第 13 期, which the demo data does not have yet, dated 2017-12-31.
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

    // Published, it is corrected where it stands: no 撤回 first.
    await staff.page.getByLabel('标题', { exact: true }).locator('input').fill('市总工会二〇一七年全年工作完成情况')
    await staff.page.getByRole('button', { name: '保存更正' }).click()
    await staff.page.getByRole('button', { name: '确认更正' }).click()
    const stored = () =>
      stack.emulator.database
        .find('bulletins', { 'header.issueNumber': 13, 'header.issuedOn': '2017-12-31' })
        .map(bulletin => [bulletin.status, (bulletin.body as { title: string }).title])
    await expect.poll(stored, { timeout: 10_000 }).toEqual([['published', '市总工会二〇一七年全年工作完成情况']])
    await expectVisible(staff.page.locator('.bulletin-editor__status').getByLabel('状态：已发布'))
    await expect.poll(() => staff.page.locator('.bulletin-editor__dirty').count()).toBe(0)
    await staff.context.close()

    // The worker finds it at its own date: below 2018's issues, above 2017's 第 12 期, and reads the corrected title.
    const worker = await stack.openApp('demo-worker')
    await worker.page.getByRole('radio', { name: '工作简报' }).click()
    const labels = async () => await worker.page.locator('.bulletin-card').evaluateAll(cards => cards.map(card => card.getAttribute('aria-label') ?? ''))
    await expect.poll(async () => (await labels()).some(label => label.startsWith('市总工会二〇一七年全年工作完成情况，工作简报，第 13 期')), { timeout: 10_000 }).toBe(true)
    const order = await labels()
    const at = order.findIndex(label => label.startsWith('市总工会二〇一七年全年工作完成情况'))
    expect(order.findIndex(label => label.includes('第 1 期') && label.includes('2018'))).toBeLessThan(at)
    expect(order.findIndex(label => label.includes('第 12 期'))).toBeGreaterThan(at)
    const card = worker.page.getByRole('button', { name: /^市总工会二〇一七年全年工作完成情况，工作简报，第 13 期/ })
    await card.scrollIntoViewIfNeeded()
    await card.click()
    await expectVisible(worker.page.getByRole('heading', { level: 1, name: '市总工会二〇一七年全年工作完成情况' }))
    await worker.context.close()
  })

  it('shows a notice numbered to four levels with its points indented by level, found by a phrase from its third level', async () => {
    // A GBK notice from the corpus, imported by the operator's command and published.
    const out: string[] = []
    const code = await runImport(
      { file: join(BULLETIN_FIXTURES_DIR, 'notice-spring-festival-aid-2018.txt'), publish: true, kind: 'notice' },
      { out: line => out.push(line), err: line => out.push(line) },
      () => stack.app.database(),
    )
    expect(code, out.join('\n')).toBe(0)

    const { context, page } = await stack.openApp('demo-worker')
    // Read as an older worker would: 长辈模式 on, from 我的. It is saved to the worker's account, so it is turned
    // off again afterwards, whatever happens, for the tests that follow as the same worker.
    await page.getByText('我的', { exact: true }).last().click()
    await page.getByText('长辈模式', { exact: true }).click()
    await expectVisible(page.getByRole('switch', { name: '长辈模式，已开启' }))
    try {
      await readFourLevels(page)
    } finally {
      await usersRepository(stack.app.database()).update(userIdFor('demo-worker'), { largeText: false })
    }
    await context.close()
  })

  async function readFourLevels(page: Page): Promise<void> {
    await page.getByText('首页', { exact: true }).last().click()
    await page.getByLabel('搜索资讯，如：工伤').locator('input').fill('单亲困难女职工')
    await page.getByRole('button', { name: '搜索', exact: true }).click()
    const hit = page.getByRole('button', { name: /^关于做好 2018 年元旦春节期间困难职工帮扶工作的通知，通知公告，在第 1 项/ })
    await expectVisible(hit)
    await hit.click()
    const article = page.locator('.bulletin-article')
    await expectVisible(article.getByRole('heading', { level: 2, name: '一、帮扶对象' }))
    const second = article.getByRole('heading', { level: 3, name: '（二）其他需要帮扶的职工。' })
    const third = article.getByRole('heading', { level: 4, name: '1.受灾职工。' })
    const fourth = article.getByRole('heading', { level: 5, name: '（1）因自然灾害造成家庭财产重大损失的；' })
    for (const heading of [second, third, fourth]) await expectVisible(heading)
    // Each level starts further in than the one above it, and the fourth still has most of the screen to itself.
    // Measured in one frame: the page may still be sliding in, which moves them all alike.
    const boxes = await article.evaluate(root =>
      ['（二）其他需要帮扶的职工。', '1.受灾职工。', '（1）因自然灾害造成家庭财产重大损失的；'].map(name => {
        const heading = [...root.querySelectorAll('[role="heading"]')].find(element => element.textContent === name)
        const box = heading?.getBoundingClientRect()
        const fontSize = heading ? Number.parseFloat(getComputedStyle(heading).fontSize) : 0
        return { left: box?.left ?? Number.NaN, width: box?.width ?? 0, fontSize }
      }),
    )
    const [level2, level3, level4] = boxes
    expect(level3?.left).toBeGreaterThan(level2?.left ?? Number.POSITIVE_INFINITY)
    expect(level4?.left).toBeGreaterThan(level3?.left ?? Number.POSITIVE_INFINITY)
    // At 长辈模式 sizes (18 px × 1.25) the fourth level is as large as the others and keeps most of the width.
    expect(boxes.map(box => box.fontSize)).toEqual([22.5, 22.5, 22.5])
    expect((level4?.width ?? 0) / 390).toBeGreaterThan(0.6)
    // The words searched for are marked, in the third-level point that holds them.
    await expectVisible(article.locator('.bulletin-hit', { hasText: '单亲困难女职工' }).first())
    // The contents list the items only.
    expect(await page.getByRole('button', { name: /^跳到第 \d 项/ }).count()).toBe(3)
    await expectVisible(page.getByRole('button', { name: '听简报：把这篇资讯读给我听' }))
  }

  it('lets staff paste a bulletin whose points run in after the lead, see them by level, move one, and publish it', async () => {
    const pasted = fixtureText('jingzhou-work-brief-2017-no11.txt').replace('第 11 期', '第 21 期').replace('市总工会十月份工作完成情况', '市总工会十月份工作完成情况（分级）')
    const staff = await stack.openApp('demo-staff')
    await staff.page.getByRole('button', { name: /^资讯管理（工作人员）/ }).click()
    await staff.page.getByRole('button', { name: '发布新资讯' }).click()
    await staff.page.getByLabel('简报全文').locator('textarea').fill(pasted)
    await staff.page.getByRole('button', { name: '识别', exact: true }).click()
    const recognised = staff.page.locator('.recognition')
    await expectVisible(recognised.getByText('（二）开展专题学习研讨。'))
    await expectVisible(recognised.getByText('第二级；正文 1 段').first())
    // The second point of item 3 is really a detail of the first: one level down, it is numbered as the third level is.
    await staff.page.getByRole('button', { name: '把第 3 项的第 2 个小点降一级' }).click()
    await expectVisible(staff.page.locator('.bulletin-form__point-title', { hasText: '第三级小点 1.' }))
    await staff.page.getByRole('button', { name: '发布', exact: true }).click()
    await staff.page.getByRole('button', { name: '确认发布' }).click()
    await expectVisible(staff.page.locator('.bulletin-editor__status').getByLabel('状态：已发布'))
    await staff.context.close()

    const worker = await stack.openApp('demo-worker')
    const card = worker.page.getByRole('button', { name: /^市总工会十月份工作完成情况（分级），工作简报，第 21 期/ })
    await card.scrollIntoViewIfNeeded()
    await card.click()
    const article = worker.page.locator('.bulletin-article')
    await expectVisible(article.getByRole('heading', { level: 3, name: '（一）“户外职工爱心驿站”建设提速。' }))
    await expectVisible(article.getByRole('heading', { level: 4, name: '1.困难职工帮扶精准有效。' }))
    await expectVisible(article.getByRole('heading', { level: 3, name: '（二）农民工欠薪问题专项治理取得成效。' }))
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
