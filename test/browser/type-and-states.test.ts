import type { Locator, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { demoStationEntries } from '../../scripts/seed/stations-demo'
import { startBrowserStack, type BrowserStack } from './browser-stack'
import { expectVisible } from './expect-visible'
import { ELDER_BODY_PX, expectOneLineTarget, openInLargeType, PHONE, sizeOf, withLargeType } from './large-type'
import { screenOf } from './screen-of'

let stack: BrowserStack

beforeAll(async () => {
  stack = await startBrowserStack()
})

afterAll(async () => {
  await stack?.stop()
})

const WATER_GROUP = '荆州水务集团收费大厅'

function stationId(name: string): string {
  const entry = demoStationEntries('2026-01-01').find(station => station.fields.name === name)
  if (entry === undefined) throw new Error(`demo data lost ${name}`)
  return entry.id
}

/** A tiny real PNG (2×2, red), as a phone's photo stand-in. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
)

describe('type sizes at 长辈模式 on a 375 px phone', () => {
  it('keeps the worker’s controls at least 44 px tall with their words on one line, and text areas in the page’s type', async () => {
    await withLargeType(stack, ['demo-worker'], async () => {
      const { context, page } = await openInLargeType(stack, 'demo-worker')
      // The search box on 首页: the field is a full touch target and its placeholder is not cut off.
      const search = page.getByLabel('搜索资讯，如：工伤').locator('input')
      await expectVisible(search)
      const field = await search.evaluate(input => {
        const box = input.getBoundingClientRect()
        const style = getComputedStyle(input)
        const probe = document.createElement('span')
        probe.textContent = input.getAttribute('placeholder') ?? ''
        probe.style.font = style.font
        probe.style.whiteSpace = 'nowrap'
        document.body.append(probe)
        const needed = probe.getBoundingClientRect().width
        probe.remove()
        const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight)
        return { height: box.height, needed, room, fontSize: Number.parseFloat(style.fontSize) }
      })
      expect(field.fontSize).toBe(ELDER_BODY_PX)
      expect(field.height).toBeGreaterThanOrEqual(44)
      expect(field.needed).toBeLessThanOrEqual(field.room)
      await expectOneLineTarget(screenOf(page, '/pages/home/index').getByRole('button', { name: '搜索', exact: true }), '搜索')

      // 我的: 复制编号 beside the long 用户编号.
      await page.getByText('我的', { exact: true }).last().click()
      await expectOneLineTarget(page.getByRole('button', { name: '复制编号' }), '复制编号')

      // The report form's note: the page's type (not the browser's 13 px monospace), growing with 长辈模式.
      await page.goto(`${stack.emulator.origin}/#/packages/stations/report/index?id=${stationId(WATER_GROUP)}`)
      const note = page.getByLabel('补充说明（可不填）').locator('textarea')
      await expectVisible(note)
      const noteStyle = await note.evaluate(textarea => {
        const style = getComputedStyle(textarea)
        return { fontSize: Number.parseFloat(style.fontSize), fontFamily: style.fontFamily, height: textarea.getBoundingClientRect().height }
      })
      expect(noteStyle.fontSize).toBe(ELDER_BODY_PX)
      expect(noteStyle.fontFamily).not.toMatch(/monospace/)
      expect(noteStyle.height).toBeGreaterThanOrEqual(44)
      await context.close()
    })
  })

  it('keeps the staff screens’ badges, tabs and buttons on one line, at 长辈模式 and at normal size on a 320 px phone', async () => {
    await withLargeType(stack, ['demo-staff'], async () => {
      const { context, page } = await openInLargeType(stack, 'demo-staff', 'packages/staff/stations-reports/index')
      const reports = screenOf(page, '/packages/staff/stations-reports/index')
      await expectOneLineTarget(reports.getByRole('radio', { name: '待核实' }), '待核实 tab')
      await expectVisible(reports.getByLabel('状态：待核实').first())
      for (const badge of await reports.getByLabel(/^状态：/).all()) expect((await sizeOf(badge)).lines, '待核实 badge').toBe(1)

      await page.goto(`${stack.emulator.origin}/#/packages/staff/stations-manage/index`)
      const manage = screenOf(page, '/packages/staff/stations-manage/index')
      await expectVisible(manage.getByLabel('状态：开放中').first())
      for (const badge of await manage.getByLabel(/^状态：/).all()) expect((await sizeOf(badge)).lines, '开放中 badge').toBe(1)
      await context.close()
    })
    const { context, page } = await stack.openApp('demo-staff', { path: 'packages/staff/stations-manage/index' })
    await page.setViewportSize({ width: 320, height: 640 })
    const manage = screenOf(page, '/packages/staff/stations-manage/index')
    await expectVisible(manage.getByLabel('状态：开放中').first())
    for (const badge of await manage.getByLabel(/^状态：/).all()) expect((await sizeOf(badge)).lines, '开放中 badge at 320 px').toBe(1)
    await context.close()
  })

  it('keeps 排班管理’s roster buttons and 接待统计’s figures on one line at 长辈模式', async () => {
    await withLargeType(stack, ['demo-staff'], async () => {
      const { context, page } = await openInLargeType(stack, 'demo-staff', 'packages/legal-aid/rosters/index')
      const rosters = screenOf(page, '/packages/legal-aid/rosters/index')
      const lawyer = rosters.getByRole('group', { name: '律师坐班 · 王律师' }).first()
      await expectOneLineTarget(lawyer.getByRole('button', { name: /^修改：/ }), '修改')
      await expectOneLineTarget(lawyer.getByRole('button', { name: /^停用：/ }), '停用')
      await lawyer.getByRole('button', { name: /^修改：/ }).click()
      for (const day of await lawyer.getByRole('radio').all()) expect((await sizeOf(day)).lines, 'a choice in the roster editor').toBe(1)
      await expectOneLineTarget(lawyer.getByRole('button', { name: '保存修改' }), '保存修改')

      await page.goto(`${stack.emulator.origin}/#/packages/legal-aid/statistics/index`)
      const figures = screenOf(page, '/packages/legal-aid/statistics/index')
      await expectOneLineTarget(figures.getByRole('button', { name: '查看统计' }), '查看统计')
      await expectVisible(figures.getByRole('row').first())
      for (const tile of await figures.getByLabel(/^(接待|办结|其中化解|在办|预约|未到场率) /).all()) expect((await sizeOf(tile.locator('.figures__tile-value'))).lines, 'a headline figure').toBe(1)
      for (const row of (await figures.getByRole('row').all()).slice(0, 4)) expect((await sizeOf(row)).lines, 'a row of figures').toBe(1)
      await context.close()
    })
  })

  it('keeps 重试 of the no-signal notes on one line', async () => {
    await withLargeType(stack, ['demo-worker'], async () => {
      const { context, page } = await openInLargeType(stack, 'demo-worker')
      await expectVisible(page.locator('.bulletin-card').first())
      // The signal drops: every call to the functions fails, and the feed is opened again.
      await context.route(/\/client\/functions\//, route => route.abort('internetdisconnected'))
      await page.reload()
      await expectVisible(page.getByText(/^离线内容，保存于/))
      for (const retry of await page.getByRole('button', { name: /重试|重新联网/ }).all()) {
        if (await retry.isVisible()) await expectOneLineTarget(retry, '重试')
      }
      await context.close()
    })
  })
})

describe('no signal while the app is open', () => {
  it('notes it on the lists already on screen as soon as a call fails, and clears it on 重试 once calls get through', async () => {
    const { context, page } = await stack.openApp('demo-worker')
    await page.getByText('我的', { exact: true }).last().click()
    const me = screenOf(page, '/pages/me/index')
    await expectVisible(me.getByText('张师傅'))
    // The signal drops: calls to the functions fail from now on. Nothing on screen is reloaded by it.
    const noSignal = (route: Route) => route.abort('internetdisconnected')
    await context.route(/\/client\/functions\//, noSignal)
    await page.getByText('首页', { exact: true }).last().click()
    const home = screenOf(page, '/pages/home/index')
    const note = home.getByText(/^没有网络/)
    await expectVisible(note)
    expect(await home.locator('.bulletin-card').count()).toBeGreaterThan(0)
    // Seen, not hidden under anything: the note is what a finger at its middle would touch.
    const uncovered = await note.evaluate(element => {
      const box = element.getBoundingClientRect()
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      return hit !== null && (element.contains(hit) || hit.contains(element) || element.closest('.no-signal-note')?.contains(hit) === true)
    })
    expect(uncovered).toBe(true)
    await page.getByText('我的', { exact: true }).last().click()
    await expectVisible(me.getByText(/^没有网络/))

    await context.unroute(/\/client\/functions\//, noSignal)
    await me.getByRole('button', { name: '重新联网加载' }).click()
    await me.getByText(/^没有网络/).waitFor({ state: 'detached' })
    await context.close()
  })
})

describe('我的反馈, icons and 用户与角色', () => {
  it('shows my report as a card inset from the screen edge, with my note and my photo', async () => {
    const { context, page } = await stack.openApp('demo-worker', { path: `packages/stations/report/index?id=${stationId(WATER_GROUP)}` })
    await page.setViewportSize(PHONE)
    await page.getByRole('radio', { name: '驿站关门了' }).click()
    await page.getByLabel('补充说明（可不填）').locator('textarea').fill('下午三点来，门锁着，敲门没人')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '拍照或选照片' }).click()
    await (await chooser).setFiles({ name: 'door.png', mimeType: 'image/png', buffer: PHOTO })
    await expectVisible(page.getByRole('button', { name: '换一张' }))
    await page.getByRole('button', { name: '提交：驿站关门了' }).click()
    await expectVisible(page.getByText('已提交，谢谢您！'))

    await page.goto(`${stack.emulator.origin}/#/packages/stations/my-reports/index`)
    const mine = screenOf(page, '/packages/stations/my-reports/index')
    const card = mine.getByRole('button', { name: new RegExp(`^${WATER_GROUP}，驿站关门了`) }).first()
    await expectVisible(card)
    await expectVisible(card.getByText('下午三点来，门锁着，敲门没人'))
    const photo = card.locator('img')
    await expect.poll(async () => await photo.evaluate(image => (image as HTMLImageElement).naturalWidth), { timeout: 10_000 }).toBe(2)
    const box = await card.boundingBox()
    expect(box?.x ?? 0).toBeGreaterThanOrEqual(12)
    expect((box?.x ?? 0) + (box?.width ?? PHONE.width)).toBeLessThanOrEqual(PHONE.width - 12)
    await context.close()
  })

  it('gives 拍照或选照片, 查看我的数据 and 保存草稿 icons of their own, and the report note one heading', async () => {
    const iconOf = async (button: Locator) => await button.locator('.ui-icon').evaluate(icon => getComputedStyle(icon).webkitMaskImage || getComputedStyle(icon).maskImage)

    const worker = await stack.openApp('demo-worker', { path: `packages/stations/report/index?id=${stationId(WATER_GROUP)}` })
    const photoIcon = await iconOf(worker.page.getByRole('button', { name: '拍照或选照片' }))
    // 说明 and then 补充说明 said the same thing twice: the field's own label is the heading.
    await expectVisible(worker.page.getByText('补充说明（可不填）'))
    expect(await screenOf(worker.page, '/packages/stations/report/index').getByText('说明', { exact: true }).count()).toBe(0)
    await worker.page.goto(`${stack.emulator.origin}/#/packages/me/my-data/index`)
    const viewIcon = await iconOf(worker.page.getByRole('button', { name: '查看我的数据' }))
    await worker.context.close()

    const staff = await stack.openApp('demo-staff', { path: 'packages/staff/bulletins-edit/index' })
    await staff.page.getByRole('button', { name: '不粘贴，直接填写' }).click()
    const saveIcon = await iconOf(staff.page.getByRole('button', { name: '保存草稿' }))
    await staff.context.close()

    expect(new Set([photoIcon, viewIcon, saveIcon]).size).toBe(3)
    for (const icon of [photoIcon, viewIcon, saveIcon]) expect(icon).toMatch(/^url\("data:image\/svg\+xml,/)
  })

  it('lets an admin find a person by the 用户编号 they read out from 我的, typed whole', async () => {
    const worker = await stack.openApp('demo-worker')
    await worker.page.getByText('我的', { exact: true }).last().click()
    const shown = worker.page.locator('.profile-card__user-id-value')
    await expectVisible(shown)
    const userId = (await shown.textContent()) ?? ''
    expect(userId).toBe(userIdFor('demo-worker'))
    await worker.context.close()

    const { context, page } = await stack.openApp('demo-admin', { path: 'packages/staff/users/index' })
    const box = page.getByLabel(/用户编号/).locator('input')
    await box.fill(userId)
    expect(await box.inputValue()).toBe(userId)
    await page.getByRole('button', { name: '搜索', exact: true }).click()
    await expectVisible(page.getByText(`用户编号 ${userId}，共 1 人`))
    await expectVisible(page.getByText('张师傅').first())
    await context.close()
  })
})
