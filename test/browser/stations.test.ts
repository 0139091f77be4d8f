import gcoord from 'gcoord'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { userIdFor } from '../../cloudfunctions/runtime/identity'
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
    await expectVisible(page.getByText('按您现在的位置，由近到远'))
    const expectedDistance = formatDistance(Math.round(distanceMeters(here, station)))
    await expect.poll(async () => (await rowLabels(page))[0] ?? '', { timeout: 15_000 }).toMatch(new RegExp(`^${WATER_GROUP}，距离${expectedDistance}，`))
    await expectVisible(page.getByRole('button', { name: new RegExp(`^1\\. ${WATER_GROUP}，${expectedDistance}`) }))
    const everything = await rowLabels(page)
    expect(everything.length).toBeGreaterThan(3)

    await page.getByRole('checkbox', { name: '充电' }).click()
    await page.getByRole('checkbox', { name: '只看营业中' }).click()
    await expect
      .poll(async () => {
        const rows = await rowLabels(page)
        return rows.length < everything.length && rows.every(label => label.includes('充电') && !label.includes('已关闭'))
      }, { timeout: 15_000 })
      .toBe(true)

    await page.getByRole('checkbox', { name: '充电' }).click()
    await page.getByRole('checkbox', { name: '只看营业中' }).click()
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
    await page.getByRole('button', { name: '选择区域' }).click()
    await page.getByRole('button', { name: '荆州区', exact: true }).click()
    await expectVisible(page.getByText('按“荆州区”中心，由近到远'))
    await context.close()
  })

  it('draws the stations on an offline map whose markers open the same card as a pin tap', async () => {
    const { context, page } = await stack.openApp('demo-worker', { path: 'pages/stations/index?at=112.2397,30.3269' })
    await expectVisible(page.getByText('按您现在的位置，由近到远'))
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

  it('keeps listing the nearest stations from the phone’s copy when the network is gone, and says how old it is', async () => {
    const { context, page } = await stack.openApp('demo-worker', { path: 'pages/stations/index?at=112.2397,30.3269' })
    await expect.poll(async () => (await rowLabels(page)).length, { timeout: 15_000 }).toBeGreaterThan(0)
    const online = await rowLabels(page)
    // The tab saves the city's list for later on its first visit.
    await expect.poll(() => page.evaluate(() => Object.keys(window.localStorage).some(key => key.startsWith('offline-cache:stations.city')))).toBe(true)

    await context.setOffline(true)
    await page.getByRole('radio', { name: '5 公里内' }).click()
    await expectVisible(page.getByText(/^离线数据，更新于 \d+月\d+日 \d\d:\d\d/))
    const offline = await rowLabels(page)
    expect(offline.length).toBeGreaterThanOrEqual(online.length)
    expect(offline[0]?.split('，').slice(0, 2)).toEqual(online[0]?.split('，').slice(0, 2))
    await context.close()
  })
})
