import gcoord from 'gcoord'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
import { usersRepository } from '../../cloudfunctions/runtime/repositories/users-repository'
import { demoStationEntries } from '../../scripts/seed/stations-demo'
import { distanceMeters } from '../../src/domain/geo/distance-meters'
import { formatDistance } from '../../src/domain/geo/format-distance'
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

const WATER_GROUP = '荆州水务集团收费大厅'
/** How a closed station reads: for now (休息中, 今日已关门) or suspended by staff (暂停开放), never 已关闭. */
const CLOSED_WORDS = /休息中|今日已关门|暂停开放/

/** A worker standing a few hundred metres north-east of 荆州水务集团收费大厅 (GCJ-02, as WeChat gives it). */
function standingPoint() {
  const station = demoStationEntries('2026-01-01').find(entry => entry.fields.name === WATER_GROUP)
  if (station === undefined) throw new Error(`demo data lost ${WATER_GROUP}`)
  const here = { lng: station.fields.location.lng + 0.003, lat: station.fields.location.lat + 0.0015 }
  return { here, station: station.fields.location }
}

/** The rows of the nearby list, nearest first, as a screen reader announces them. */
async function rowLabels(page: Page): Promise<string[]> {
  return await page.locator('.station-row').evaluateAll(rows => rows.map(row => row.getAttribute('aria-label') ?? ''))
}

/** A small phone: 375×740, the size the first screen must work at. */
const SMALL_PHONE = { width: 375, height: 740 }
const TAB = '/pages/stations/index'

/**
 * 长辈模式 is saved to the worker's account and applied when the app loads it; it is switched off
 * again afterwards, whatever happens, for the tests that follow as the same worker.
 */
async function inElderMode<T>(on: boolean, work: () => Promise<T>): Promise<T> {
  const users = usersRepository(stack.app.database())
  if (on) await users.update(userIdFor('demo-worker'), { largeText: true })
  try {
    return await work()
  } finally {
    if (on) await users.update(userIdFor('demo-worker'), { largeText: false })
  }
}

async function waitForTypeSize(page: Page, elder: boolean): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.body.classList.contains('elder-mode')), { timeout: 15_000 }).toBe(elder)
}

/**
 * Whether a person sees all of the element on the first screen: inside the window, and at its centre
 * and corners the element itself, not the demo-identity bar, the tab bar or a sheet over it.
 */
async function seenWhole(locator: Locator): Promise<string> {
  return await locator.evaluate(element => {
    const box = element.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) return 'not drawn'
    if (box.top < 0 || box.bottom > window.innerHeight || box.left < 0 || box.right > window.innerWidth) {
      return `outside the window: ${Math.round(box.top)}–${Math.round(box.bottom)} of ${window.innerHeight}`
    }
    // Inset from the corners, which a rounded button does not fill.
    const points: [number, number][] = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + box.width * 0.2, box.top + box.height * 0.2],
      [box.right - box.width * 0.2, box.bottom - box.height * 0.2],
    ]
    for (const [x, y] of points) {
      const hit = document.elementFromPoint(x, y)
      if (hit === null || !(element === hit || element.contains(hit))) return `covered at ${Math.round(x)},${Math.round(y)} by ${hit?.className ?? 'nothing'}`
    }
    return 'seen'
  })
}

async function tab(page: Page, name: string): Promise<Locator> {
  const tabItem = page.getByText(name, { exact: true }).last()
  await tabItem.click()
  return tabItem
}

describe('驿站, in Chromium against the emulator', () => {
  it('finds the nearest station, narrows by 充电 + 营业中, and files a 关门了 report that staff resolve', async () => {
    const { here, station } = standingPoint()
    // The browser reports WGS-84, as a phone's GPS does; the app converts it to GCJ-02.
    const [wgsLng, wgsLat] = gcoord.transform<[number, number]>([here.lng, here.lat], gcoord.GCJ02, gcoord.WGS84)
    const worker = await stack.openApp('demo-worker')
    await worker.context.grantPermissions(['geolocation'])
    await worker.context.setGeolocation({ longitude: wgsLng, latitude: wgsLat, accuracy: 10 })
    const page = worker.page

    await tab(page, '驿站')
    await expectVisible(page.getByText('离您由近到远'))
    const expectedDistance = formatDistance(Math.round(distanceMeters(here, station)))
    await expect.poll(async () => (await rowLabels(page))[0] ?? '', { timeout: 15_000 }).toMatch(new RegExp(`^${WATER_GROUP}，距离${expectedDistance}，`))
    await page.getByRole('button', { name: '地图', exact: true }).click()
    await expectVisible(page.getByRole('button', { name: new RegExp(`^1\\. ${WATER_GROUP}，${expectedDistance}`) }))
    const everything = await rowLabels(page)
    expect(everything.length).toBeGreaterThan(3)

    await page.getByRole('button', { name: /^筛选/ }).click()
    const sheet = page.getByRole('dialog', { name: '筛选驿站' })
    await sheet.getByRole('checkbox', { name: '充电' }).click()
    await sheet.getByRole('checkbox', { name: '只看营业中' }).click()
    await expect
      .poll(async () => {
        const rows = await rowLabels(page)
        return rows.length < everything.length && rows.every(label => label.includes('充电') && !CLOSED_WORDS.test(label))
      }, { timeout: 15_000 })
      .toBe(true)

    await sheet.getByRole('button', { name: '清除筛选' }).click()
    await sheet.getByRole('button', { name: '看结果' }).click()
    await expect.poll(async () => (await rowLabels(page)).length, { timeout: 15_000 }).toBe(everything.length)
    await page.getByRole('button', { name: new RegExp(`^${WATER_GROUP}，距离`) }).click()
    const detail = screenOf(page, '/packages/stations/detail/index')
    await expectVisible(detail.getByText('周一至周五 08:30–17:30'))
    await expectVisible(detail.getByText('七个一标准'))
    await page.getByRole('button', { name: '报告问题' }).click()
    await page.getByRole('radio', { name: '驿站关门了' }).click()
    await page.getByLabel('补充说明（可不填）').locator('textarea').fill('中午来，门锁着')
    await page.getByRole('button', { name: '提交：驿站关门了' }).click()
    await expectVisible(page.getByText('已提交，谢谢您！'))
    const reports = () => stack.emulator.database.find('station_feedback', { reporterUserId: userIdFor('demo-worker'), kind: 'closed' })
    expect(reports()).toHaveLength(1)
    await worker.context.close()

    const staff = await stack.openApp('demo-staff')
    await tab(staff.page, '我的')
    await staff.page.getByRole('button', { name: /^驿站反馈/ }).click()
    await staff.page.getByRole('button', { name: new RegExp(`^${WATER_GROUP}，驿站关门了`) }).click()
    await expectVisible(screenOf(staff.page, '/packages/staff/stations-review/index').getByText('“中午来，门锁着”'))
    await staff.page.getByRole('button', { name: '核实属实' }).click()
    await expectVisible(staff.page.getByRole('button', { name: '已处理，办结' }))
    // Changing the station is off until staff choose it.
    await staff.page.getByText('同时把驿站标记为暂停开放').click()
    await staff.page.getByLabel('处理说明（报告人能看到）').locator('textarea').fill('已联系驿站，暂停开放')
    await expectVisible(staff.page.getByText('办结后报告人会收到：已联系驿站，暂停开放。驿站已标记为暂停开放。'))
    await staff.page.getByRole('button', { name: '已处理，办结' }).click()
    await expectVisible(staff.page.getByLabel('状态：已解决'))
    await expect.poll(() => reports()[0]?.state).toBe('resolved')
    expect(stack.emulator.database.find('stations', { name: WATER_GROUP })[0]?.status).toBe('closed')
    await staff.context.close()

    const again = await stack.openApp('demo-worker')
    await tab(again.page, '我的')
    await expectVisible(again.page.getByRole('button', { name: new RegExp(`^${WATER_GROUP}，驿站关门了，已解决`) }))
    await expectVisible(again.page.getByText('已联系驿站，暂停开放。驿站已标记为暂停开放。'))
    await again.context.close()
  })

  it('resolves “微波炉坏了” as repaired without taking 热饭 off the station, and tells the reporter just that', async () => {
    const [report] = stack.emulator.database.find('station_feedback', { kind: 'missing-amenity', amenity: 'hot-meal' })
    if (report === undefined) throw new Error('the demo’s microwave report is missing')
    const stationId = String(report.stationId)
    const amenities = () => stack.emulator.database.find('stations', { _id: stationId })[0]?.amenities

    const staff = await stack.openApp('demo-staff', { path: `packages/staff/stations-review/index?id=${String(report._id)}` })
    const review = screenOf(staff.page, '/packages/staff/stations-review/index')
    await expectVisible(review.getByText('“微波炉坏了，热不了饭”'))
    await review.getByRole('button', { name: '核实属实' }).click()
    await expectVisible(review.getByRole('button', { name: '已处理，办结' }))
    await expectVisible(review.getByRole('switch', { name: '同时从驿站设施中去掉“热饭”，已关闭' }))
    await review.getByLabel('处理说明（报告人能看到）').locator('textarea').fill('微波炉已修好')
    await expectVisible(review.getByText('办结后报告人会收到：微波炉已修好', { exact: true }))
    await review.getByRole('button', { name: '已处理，办结' }).click()
    await expectVisible(review.getByLabel('状态：已解决'))
    await expect.poll(() => stack.emulator.database.find('station_feedback', { _id: report._id })[0]?.state).toBe('resolved')
    expect(amenities()).toContain('hot-meal')
    const messages = stack.emulator.database.find('inbox', { userId: userIdFor('demo-worker'), templateKey: 'station-report-result' })
    expect(messages.flatMap(message => message.lines as unknown[])).toContainEqual({ label: '处理说明', value: '微波炉已修好' })
    await staff.context.close()
  })

  it('falls back to the city centre and says so when location is refused, and lets the person pick a district', async () => {
    const { context, page } = await stack.openApp('demo-worker')
    await tab(page, '驿站')
    await expectVisible(page.getByText(/先按荆州市中心查找/))
    await expect.poll(async () => (await rowLabels(page)).length, { timeout: 15_000 }).toBeGreaterThan(0)
    await page.getByRole('button', { name: '换位置' }).click()
    await page.getByRole('button', { name: '荆州区', exact: true }).click()
    await expectVisible(page.getByText('按“荆州区”中心，由近到远'))
    await context.close()
  })

  it('draws the stations on an offline map whose markers open the same card as a pin tap', async () => {
    const { context, page } = await stack.openApp('demo-worker', { path: 'pages/stations/index?at=112.2397,30.3269' })
    await expectVisible(page.getByText('离您由近到远'))
    await page.getByRole('button', { name: '地图', exact: true }).click()
    const marker = page.getByRole('button', { name: /^1\. / })
    await expectVisible(marker)
    const markerLabel = (await marker.getAttribute('aria-label')) ?? ''
    const name = markerLabel.replace(/^1\. /, '').split('，')[0] ?? ''
    await marker.click()
    const card = page.locator('.station-card')
    await expectVisible(card.getByText(name, { exact: true }))
    await expectVisible(card.getByRole('button', { name: /导航/ }))
    await card.getByRole('button', { name: /^关闭/ }).click()
    await expect.poll(() => card.count()).toBe(0)
    await context.close()
  })

  it('keeps listing the nearest stations from the phone’s copy when the network is gone, and says how old it is on the first screen', async () => {
    const { context, page } = await stack.openApp('demo-worker', { path: 'pages/stations/index?at=112.2397,30.3269', viewport: SMALL_PHONE })
    await expect.poll(async () => (await rowLabels(page)).length, { timeout: 15_000 }).toBeGreaterThan(0)
    const online = await rowLabels(page)
    // The tab saves the city's list for later on its first visit.
    await expect.poll(() => page.evaluate(() => Object.keys(window.localStorage).some(key => key.startsWith('offline-cache:stations.city')))).toBe(true)

    await context.setOffline(true)
    await page.getByRole('button', { name: /^筛选/ }).click()
    await page.getByRole('radio', { name: '5 公里内' }).click()
    await page.getByRole('button', { name: '看结果' }).click()
    const note = page.getByText(/^离线数据，更新于 \d+月\d+日 \d\d:\d\d/)
    await expectVisible(note)
    expect(await seenWhole(note)).toBe('seen')
    const offline = await rowLabels(page)
    expect(offline.length).toBeGreaterThanOrEqual(online.length)
    expect(offline[0]?.split('，').slice(0, 2)).toEqual(online[0]?.split('，').slice(0, 2))
    await context.close()
  })
  for (const elder of [false, true]) {
    it(`shows the nearest station, its distance, whether it is open and 导航 on the first screen of a 375×740 phone${elder ? ', in 长辈模式' : ''}`, async () => {
      await inElderMode(elder, async () => {
        const { context, page } = await stack.openApp('demo-worker', { path: 'pages/stations/index?at=112.2397,30.3269', viewport: SMALL_PHONE })
        await waitForTypeSize(page, elder)
        const screen = screenOf(page, TAB)
        const nearest = screen.locator('.station-item').first()
        await expectVisible(nearest, 15_000)
        const name = nearest.locator('.station-row__name')
        expect(await name.evaluate(element => getComputedStyle(element).fontSize)).toBe(elder ? '26.25px' : '21px')
        const distance = nearest.locator('.station-row__distance')
        expect(await distance.textContent()).toMatch(/^\d+(\.\d)? (米|公里)$/)
        const state = nearest.locator('.station-opening')
        expect(await state.textContent()).toMatch(/营业中|即将关闭|休息中|今日已关门|暂停开放/)
        const go = nearest.getByRole('button', { name: /^导航去/ })
        for (const part of [name, distance, state, go]) expect(await seenWhole(part)).toBe('seen')
        expect(await seenWhole(screen.getByRole('button', { name: '换位置' }))).toBe('seen')
        expect(await seenWhole(screen.getByRole('button', { name: /^筛选/ }))).toBe('seen')
        expect((await rowLabels(page)).some(label => label.includes('已关闭'))).toBe(false)
        await context.close()
      })
    })
  }

  it('folds the filters into one row whose sheet counts the matches as each is chosen, and shows what is chosen on the first screen', async () => {
    const { context, page } = await stack.openApp('demo-worker', { path: 'pages/stations/index?at=112.2397,30.3269', viewport: SMALL_PHONE })
    const screen = screenOf(page, TAB)
    const summary = screen.locator('.station-filter-bar__count')
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toMatch(/^3 公里内找到 \d+ 个驿站$/)
    const all = Number(/找到 (\d+) 个/.exec((await summary.textContent()) ?? '')?.[1])
    await screen.getByRole('button', { name: /^筛选/ }).click()
    const sheet = page.getByRole('dialog', { name: '筛选驿站' })
    const live = sheet.locator('.station-filter-bar__live')
    await sheet.getByRole('checkbox', { name: '热饭' }).click()
    await expect.poll(async () => Number(/找到 (\d+) 个/.exec((await live.textContent()) ?? '')?.[1] ?? Number.NaN), { timeout: 15_000 }).toBeLessThan(all)
    await sheet.getByRole('checkbox', { name: '只看营业中' }).click()
    await sheet.getByRole('button', { name: '看结果' }).click()
    await expect.poll(() => sheet.count()).toBe(0)
    const chosen = screen.getByText('只看：热饭、营业中')
    await expectVisible(chosen)
    expect(await seenWhole(chosen)).toBe('seen')
    await expect
      .poll(async () => {
        const rows = await rowLabels(page)
        return rows.length > 0 ? rows.every(label => label.includes('热饭') && !CLOSED_WORDS.test(label)) : 'empty'
      }, { timeout: 15_000 })
      .not.toBe(false)
    await expect.poll(async () => (await rowLabels(page)).length).toBeLessThan(all)
    // A filter that finds nothing says so where the list was, with a way out, on the first screen too.
    await screen.getByRole('button', { name: /^筛选/ }).click()
    await sheet.getByRole('radio', { name: '500 米内' }).click()
    await sheet.getByRole('button', { name: '显示更多设施' }).click()
    await sheet.getByRole('checkbox', { name: '母婴' }).click()
    await sheet.getByRole('button', { name: '看结果' }).click()
    const empty = screen.getByText('500 米内没有符合条件的驿站')
    await expectVisible(empty, 15_000)
    expect(await seenWhole(empty)).toBe('seen')
    await context.close()
  })

  it('finds stations by name or address, nearest first, and says plainly when nothing matches', async () => {
    const { context, page } = await stack.openApp('demo-worker', { path: 'pages/stations/index?at=112.2397,30.3269', viewport: SMALL_PHONE })
    const screen = screenOf(page, TAB)
    await expect.poll(async () => (await rowLabels(page)).length, { timeout: 15_000 }).toBeGreaterThan(3)
    const input = screen.getByLabel('搜驿站或地址').locator('input')
    await input.fill('北京西路')
    await screen.getByRole('button', { name: '搜索', exact: true }).click()
    await expectVisible(screen.getByText(/^“北京西路”：2 个$/), 15_000)
    const found = await rowLabels(page)
    expect(found.map(label => label.split('，')[0])).toEqual(['工商银行荆州沙市支行暖心驿站', '美团骑手之家(万达广场)'])
    await input.fill('环卫 塔桥')
    await screen.getByRole('button', { name: '搜索', exact: true }).click()
    await expect.poll(async () => (await rowLabels(page)).map(label => label.split('，')[0]), { timeout: 15_000 }).toEqual(['沙市区塔桥路环卫驿站'])
    await input.fill('没有这个驿站')
    await screen.getByRole('button', { name: '搜索', exact: true }).click()
    await expectVisible(screen.getByText('附近 50 公里内没有名称或地址含“没有这个驿站”的驿站'), 15_000)
    await screen.getByRole('button', { name: '看附近的驿站' }).click()
    await expect.poll(async () => (await rowLabels(page)).length, { timeout: 15_000 }).toBeGreaterThan(3)
    await context.close()
  })

  it('keeps a station as 常去的驿站 from its page (which shows its number and what 七个一 means), at the top of the tab', async () => {
    const { context, page } = await stack.openApp('demo-worker', { path: 'pages/stations/index?at=112.2397,30.3269', viewport: SMALL_PHONE })
    const screen = screenOf(page, TAB)
    const input = screen.getByLabel('搜驿站或地址').locator('input')
    await input.fill(WATER_GROUP)
    await screen.getByRole('button', { name: '搜索', exact: true }).click()
    await screen.getByRole('button', { name: new RegExp(`^${WATER_GROUP}，距离`) }).click()
    const detail = screenOf(page, '/packages/stations/detail/index')
    await expectVisible(detail.getByText('驿站电话：0716-8213456'))
    await expectVisible(detail.getByText(/^七个一：按标准配齐喝水、热饭、歇脚、充电、如厕、药箱、冷暖七样服务$/))
    await detail.getByRole('button', { name: `把${WATER_GROUP}设为常去的驿站` }).click()
    await expectVisible(detail.getByRole('button', { name: `${WATER_GROUP}是常去的驿站，点一下取消` }))
    await page.goBack()
    const kept = screen.getByRole('heading', { name: '常去的驿站' })
    await expectVisible(kept, 15_000)
    const keptRow = screen.locator('.ui-section', { hasText: '常去的驿站' }).locator('.station-item')
    await expect.poll(() => keptRow.count()).toBe(1)
    expect(await keptRow.getByRole('button', { name: new RegExp(`^${WATER_GROUP}，距离`) }).count()).toBe(1)
    expect(await seenWhole(keptRow.getByRole('button', { name: `导航去${WATER_GROUP}` }))).toBe('seen')
    expect(stack.emulator.database.find('station_favourites', { userId: userIdFor('demo-worker') }).map(record => record.stationId)).toEqual(['c-JZ-SS-001'])

    await keptRow.getByRole('button', { name: new RegExp(`^${WATER_GROUP}，距离`) }).click()
    await detail.getByRole('button', { name: `${WATER_GROUP}是常去的驿站，点一下取消` }).click()
    await expectVisible(detail.getByRole('button', { name: `把${WATER_GROUP}设为常去的驿站` }))
    await page.goBack()
    await expect.poll(() => kept.count(), { timeout: 15_000 }).toBe(0)
    await context.close()
  })

  for (const elder of [false, true]) {
    it(`draws every marker a finger wide, none covering another, inside the map, with a legend${elder ? ', larger in 长辈模式' : ''}`, async () => {
      await inElderMode(elder, async () => {
        const { context, page } = await stack.openApp('demo-worker', { path: 'pages/stations/index?at=112.2397,30.3269', viewport: SMALL_PHONE })
        await waitForTypeSize(page, elder)
        const screen = screenOf(page, TAB)
        await screen.getByRole('button', { name: '地图', exact: true }).click()
        const map = screen.locator('.station-map__svg')
        await expectVisible(map, 15_000)
        await expect.poll(() => screen.locator('.station-map__marker').count(), { timeout: 15_000 }).toBeGreaterThan(5)
        const { frame, targets, digits } = await map.evaluate(svg => ({
          frame: svg.getBoundingClientRect().toJSON() as DOMRect,
          targets: [...svg.querySelectorAll('.station-map__target')].map(target => target.getBoundingClientRect().toJSON() as DOMRect),
          digits: Number.parseFloat(getComputedStyle(svg.querySelector('.station-map__marker text') ?? svg).fontSize),
        }))
        const finger = elder ? 44 * 1.25 : 44
        for (const target of targets) {
          expect(target.width).toBeGreaterThanOrEqual(finger)
          expect(target.left).toBeGreaterThanOrEqual(frame.left - 0.5)
          expect(target.right).toBeLessThanOrEqual(frame.right + 0.5)
          expect(target.top).toBeGreaterThanOrEqual(frame.top - 0.5)
          expect(target.bottom).toBeLessThanOrEqual(frame.bottom + 0.5)
        }
        const centres = targets.map(target => ({ x: target.left + target.width / 2, y: target.top + target.height / 2 }))
        for (const [i, a] of centres.entries()) {
          for (const b of centres.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(finger - 1)
        }
        expect(digits).toBeGreaterThanOrEqual(elder ? 16 : 13)
        for (const words of ['营业中', '休息或暂停', '您在这里']) await expectVisible(screen.locator('.map-legend').getByText(words, { exact: true }))
        await context.close()
      })
    })
  }
})
