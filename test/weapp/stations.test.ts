import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoStationEntries } from '../../scripts/seed/stations-demo'
import { distanceMeters } from '../../src/domain/geo/distance-meters'
import { formatDistance } from '../../src/domain/geo/format-distance'
import { textOf } from './harness/mini-program'
import { acceptConsent, startWeappStack, type WeappStack } from './weapp-stack'

let stack: WeappStack

beforeAll(async () => {
  stack = await startWeappStack()
})

afterAll(async () => {
  await stack?.stop()
})

const WATER_GROUP = '荆州水务集团收费大厅'

/** A worker a few hundred metres north-east of 荆州水务集团收费大厅, in GCJ-02 as WeChat gives it. */
function standingPoint() {
  const station = demoStationEntries('2026-01-01').find(entry => entry.fields.name === WATER_GROUP)
  if (station === undefined) throw new Error(`demo data lost ${WATER_GROUP}`)
  const here = { lng: station.fields.location.lng + 0.003, lat: station.fields.location.lat + 0.0015 }
  return { here, station: station.fields.location }
}

describe('驿站 in the weapp build', () => {
  it('lists the nearest station first with its distance in 米 and whether it is open, and puts the stations on the map', async () => {
    const { here, station } = standingPoint()
    const app = await stack.launch('demo-worker', { privacyAgreed: true, location: { permission: 'allow', fix: here } })
    await acceptConsent(app)
    await app.tapTab('pages/stations/index')
    await app.findByText('离您由近到远')
    const expectedDistance = formatDistance(Math.round(distanceMeters(here, station)))
    expect(expectedDistance).toMatch(/米$/)
    const rows = await app.waitFor(() => {
      const found = app.queryAllByRole('button', { name: /，距离/ })
      return found.length > 3 ? found : undefined
    }, 'the nearby list')
    expect(String(rows[0]?.attrs.ariaLabel)).toMatch(new RegExp(`^${WATER_GROUP}，距离${expectedDistance}，`))
    expect(rows.map(row => String(row.attrs.ariaLabel)).some(label => label.includes('营业中'))).toBe(true)
    expect(app.wx.location.asked).toEqual(['scope.userLocation'])

    app.tap(app.getByRole('button', { name: '地图' }))
    const map = await app.findByRole('map')
    // The colours are said in words beside the map.
    for (const words of ['营业中', '休息或暂停', '您在这里']) expect(app.getAllByText(words).length).toBeGreaterThan(0)
    const markers = map.attrs.markers as Array<{ latitude: number; longitude: number; ariaLabel: string }>
    expect(markers.length).toBeGreaterThan(3)
    expect(markers[0]).toMatchObject({ latitude: station.lat, longitude: station.lng })
    expect(markers[0]?.ariaLabel).toMatch(new RegExp(`^1\\. ${WATER_GROUP}`))
    expect(textOf(rows[0] ?? '')).toContain(expectedDistance)
    app.close()
  })

  it('shows the phone’s copy of the city list with its date when there is no signal', async () => {
    const { here } = standingPoint()
    const location = { permission: 'granted', fix: here } as const
    const online = await stack.launch('demo-worker', { privacyAgreed: true, location, entry: 'pages/stations/index' })
    const onlineRows = await online.waitFor(() => {
      const found = online.queryAllByRole('button', { name: /，距离/ })
      return found.length > 3 ? found.map(row => String(row.attrs.ariaLabel)) : undefined
    }, 'the nearby list online')
    await online.waitFor(() => Object.keys(online.storageSnapshot()).some(key => key.startsWith('offline-cache:stations.city')) || undefined, 'the city list saved on the phone')
    await online.settle()
    online.close()

    const offline = await stack.launch('demo-worker', { privacyAgreed: true, location, entry: 'pages/stations/index', network: 'none', storage: online.storageSnapshot() })
    await offline.findByText(/^离线数据，更新于 \d+月\d+日 \d\d:\d\d/)
    const offlineRows = offline.getAllByRole('button', { name: /，距离/ }).map(row => String(row.attrs.ariaLabel))
    expect(offlineRows[0]?.split('，').slice(0, 2)).toEqual(onlineRows[0]?.split('，').slice(0, 2))
    expect(offline.wx.cloud.calls.length).toBeGreaterThan(0)
    // Searching by name works from the same copy.
    offline.type(offline.getByRole('textbox', { name: '搜驿站或地址' }), '水务')
    offline.tap(offline.getByRole('button', { name: '搜索' }))
    await offline.findByText('“水务”：1 个')
    expect(offline.getAllByRole('button', { name: /，距离/ }).map(row => String(row.attrs.ariaLabel).split('，')[0])).toEqual([WATER_GROUP])
    offline.close()
  })

  it('falls back to the phone’s copy when the signal drops while the tab is open', async () => {
    const { here } = standingPoint()
    const app = await stack.launch('demo-worker', { privacyAgreed: true, location: { permission: 'granted', fix: here }, entry: 'pages/stations/index' })
    await app.waitFor(() => app.queryAllByRole('button', { name: /，距离/ }).length > 3 || undefined, 'the nearby list')
    await app.waitFor(() => Object.keys(app.storageSnapshot()).some(key => key.startsWith('offline-cache:stations.city')) || undefined, 'the city list saved on the phone')
    app.wx.network.set('none')
    app.tap(app.getByRole('button', { name: /^筛选/ }))
    app.tap(await app.findByRole('radio', { name: '5 公里内' }))
    app.tap(app.getByRole('button', { name: '看结果' }))
    await app.findByText(/^离线数据，更新于 /)
    expect(app.getAllByRole('button', { name: /，距离/ }).length).toBeGreaterThan(3)
    app.close()
  })

  it('finds a station by name, shows its number and what its standard means, and keeps it as 常去的驿站 at the top of the tab', async () => {
    const { here } = standingPoint()
    const app = await stack.launch('weapp-daily-route', { privacyAgreed: true, location: { permission: 'granted', fix: here }, entry: 'pages/stations/index' })
    await app.waitFor(() => app.queryAllByRole('button', { name: /，距离/ }).length > 3 || undefined, 'the nearby list')
    expect(app.queryByText('常去的驿站')).toBeNull()
    const waterRows = () => app.queryAllByRole('button', { name: new RegExp(`^${WATER_GROUP}，距离`) })
    expect(waterRows()).toHaveLength(1)
    app.type(app.getByRole('textbox', { name: '搜驿站或地址' }), '水务 北京中路')
    app.tap(app.getByRole('button', { name: '搜索' }))
    await app.findByText('“水务 北京中路”：1 个')
    app.tap(app.getByRole('button', { name: new RegExp(`^${WATER_GROUP}，距离`) }))
    await app.findByText('驿站电话：0716-8213456')
    expect(app.getByText(/^七个一：按标准配齐/)).toBeTruthy()
    app.tap(await app.findByRole('button', { name: `把${WATER_GROUP}设为常去的驿站` }))
    await app.findByRole('button', { name: `${WATER_GROUP}是常去的驿站，点一下取消` })
    await app.goBack()
    await app.findByText('常去的驿站')
    app.tap(app.getByRole('button', { name: '清除' }))
    // Kept at the top, and still in its place in the nearby list.
    await app.waitFor(() => waterRows().length === 2 || undefined, 'the kept station at the top and in the list')
    expect(app.getAllByRole('button', { name: `导航去${WATER_GROUP}` })).toHaveLength(2)
    app.close()
  })
})
