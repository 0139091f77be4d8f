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
    await app.findByText('按您现在的位置，由近到远')
    const expectedDistance = formatDistance(Math.round(distanceMeters(here, station)))
    expect(expectedDistance).toMatch(/米$/)
    const rows = await app.waitFor(() => {
      const found = app.queryAllByRole('button', { name: /，距离/ })
      return found.length > 3 ? found : undefined
    }, 'the nearby list')
    expect(String(rows[0]?.attrs.ariaLabel)).toMatch(new RegExp(`^${WATER_GROUP}，距离${expectedDistance}，`))
    expect(rows.map(row => String(row.attrs.ariaLabel)).some(label => label.includes('营业中'))).toBe(true)
    expect(app.wx.location.asked).toEqual(['scope.userLocation'])

    const map = app.getByRole('map')
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
    offline.close()
  })

  it('falls back to the phone’s copy when the signal drops while the tab is open', async () => {
    const { here } = standingPoint()
    const app = await stack.launch('demo-worker', { privacyAgreed: true, location: { permission: 'granted', fix: here }, entry: 'pages/stations/index' })
    await app.waitFor(() => app.queryAllByRole('button', { name: /，距离/ }).length > 3 || undefined, 'the nearby list')
    await app.waitFor(() => Object.keys(app.storageSnapshot()).some(key => key.startsWith('offline-cache:stations.city')) || undefined, 'the city list saved on the phone')
    app.wx.network.set('none')
    app.tap(app.getByRole('radio', { name: '5 公里内' }))
    await app.findByText(/^离线数据，更新于 /)
    expect(app.getAllByRole('button', { name: /，距离/ }).length).toBeGreaterThan(3)
    app.close()
  })
})
