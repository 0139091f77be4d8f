import { describe, expect, it } from 'vitest'
import type { CityStationsPage, StationSummary } from '../../domain/contracts/stations'
import { toGcj02 } from '../../domain/geo/coordinates'
import { DEFAULT_AMENITY_CATALOGUE } from '../../domain/stations/amenities'
import { CHINA_HOLIDAY_PERIODS } from '../../domain/stations/holiday-calendar'
import type { CacheStorage } from '../../lib/offline-cache'
import { createCityStationCache, isCityCacheStale } from './model/city-station-cache'
import { downloadCity } from './model/city-sync'
import { CITY_CENTRE, JINGZHOU_DISTRICTS } from './model/districts'
import { draftFromHours, hoursFromDraft, normaliseClockText } from './model/hours-editor'
import { plotStations, type PlottedMarker } from './model/map-plot'
import { spreadMarkers } from './model/map-spread'
import { nearbyRows } from './model/nearby-view'
import { openingView } from './model/opening-view'
import { EMPTY_REPORT, reportPayload, reportProblemWith } from './model/report-form'
import { reportView } from './model/report-view'
import { describeOrigin, originPoint } from './model/search-origin'
import { standardExplanation } from './model/standard-explanation'
import { EMPTY_STATION_FORM, stationFromForm } from './model/station-form'
import { readFromParam, STATION_PAGES } from './model/station-pages'

const origin = { lng: 112.24, lat: 30.33 }
const north = (meters: number) => ({ lng: origin.lng, lat: origin.lat + meters / 111_195 })

function station(id: string, extra: Partial<StationSummary> = {}): StationSummary {
  return {
    id,
    name: `驿站${id}`,
    address: `沙市区${id}号`,
    district: '沙市区',
    location: origin,
    phone: null,
    hours: { kind: 'always' },
    amenities: ['water', 'charging'],
    status: 'active',
    standard: '七个一',
    lastVerifiedOn: null,
    ...extra,
  }
}

function memoryStorage(): CacheStorage & { readonly map: Map<string, string> } {
  const map = new Map<string, string>()
  return { map, get: key => map.get(key) ?? '', set: (key, value) => void map.set(key, value), remove: key => void map.delete(key) }
}

describe('where the search starts', () => {
  it('says when it measures from where the person stands', () => {
    expect(describeOrigin({ kind: 'here', point: origin })).toBe('离您由近到远')
  })

  it('says it fell back to the city centre, and why, and offers the district picker', () => {
    expect(describeOrigin({ kind: 'city-centre', reason: 'denied' })).toContain('没有位置权限，先按荆州市中心查找')
    expect(describeOrigin({ kind: 'city-centre', reason: 'unavailable' })).toContain('暂时没能定位')
    expect(originPoint({ kind: 'city-centre', reason: 'denied' })).toEqual(CITY_CENTRE.centre)
  })

  it('names the district chosen', () => {
    const district = JINGZHOU_DISTRICTS[0]
    if (district === undefined) throw new Error('no districts')
    expect(describeOrigin({ kind: 'district', district })).toBe('按“沙市区”中心，由近到远')
    expect(originPoint({ kind: 'district', district })).toEqual(district.centre)
  })

  it('lists the seed’s districts first', () => {
    expect(JINGZHOU_DISTRICTS.slice(0, 3).map(district => district.name)).toEqual(['沙市区', '荆州区', '荆州开发区'])
  })
})

describe('opening state in the list', () => {
  it('greys closed stations and says when they open, or that staff suspended them', () => {
    expect(openingView({ state: 'closed', label: '今日已关门', opensNext: { dateKey: '2026-03-10', time: '08:00', label: '明天 08:00 开门' } })).toEqual({
      tone: 'neutral',
      label: '今日已关门',
      detail: '明天 08:00 开门',
      greyed: true,
    })
    expect(openingView({ state: 'closed', label: '暂停开放', suspended: true })).toMatchObject({ label: '暂停开放', detail: null, greyed: true })
  })

  it('warns in words when a station closes soon, and says when open ones close', () => {
    expect(openingView({ state: 'closing-soon', label: '即将关闭', closesAt: '18:00' })).toMatchObject({ tone: 'warning', detail: '18:00 关门', greyed: false })
    expect(openingView({ state: 'open', label: '营业中' }).detail).toBe('24 小时开放')
  })
})

describe('rows of the nearby list', () => {
  it('gives the distance as spoken and reads the whole row aloud', () => {
    const [row] = nearbyRows([{ station: station('a'), distanceMeters: 1234, opening: { state: 'open', label: '营业中', closesAt: '20:00' } }], DEFAULT_AMENITY_CATALOGUE)
    expect(row?.distanceText).toBe('1.2 公里')
    expect(row?.amenities.map(amenity => amenity.label)).toEqual(['饮水', '充电'])
    expect(row?.spoken).toBe('驿站a，距离1.2 公里，营业中，20:00 关门，有饮水、充电')
  })
})

describe('the offline copy of the city', () => {
  const city = (count: number) => ({
    stations: Array.from({ length: count }, (_, index) => station(`s${index}`)),
    catalogue: DEFAULT_AMENITY_CATALOGUE,
    holidays: CHINA_HOLIDAY_PERIODS,
  })

  it('keeps 2,500 stations in chunks and reads them back with the save time', () => {
    const storage = memoryStorage()
    const cache = createCityStationCache(storage)
    expect(cache.save(city(2500), 1_000)).toBe(true)
    expect([...storage.map.keys()].filter(key => key.includes('stations.city.'))).toHaveLength(3)
    const loaded = cache.load()
    expect(loaded?.stations).toHaveLength(2500)
    expect(loaded?.savedAt).toBe(1_000)
    expect(loaded?.catalogue).toEqual(DEFAULT_AMENITY_CATALOGUE)
  })

  it('treats a copy mixed from two saves as missing', () => {
    const storage = memoryStorage()
    const cache = createCityStationCache(storage)
    cache.save(city(1500), 1_000)
    const older = createCityStationCache(storage)
    older.save(city(1500), 2_000)
    storage.map.set('offline-cache:stations.city.1:v1', JSON.stringify({ savedAt: 1_000, data: city(500).stations }))
    expect(cache.load()).toBeNull()
  })

  it('drops chunks a smaller city no longer needs', () => {
    const storage = memoryStorage()
    const cache = createCityStationCache(storage)
    cache.save(city(2500), 1_000)
    cache.save(city(10), 2_000)
    expect(cache.load()?.stations).toHaveLength(10)
    expect(storage.map.has('offline-cache:stations.city.2:v1')).toBe(false)
  })

  it('is refreshed after a day', () => {
    expect(isCityCacheStale(0, 23 * 3600_000)).toBe(false)
    expect(isCityCacheStale(0, 25 * 3600_000)).toBe(true)
  })

  it('is saved only once every page arrived, so a dropped download keeps the old copy', async () => {
    const storage = memoryStorage()
    const cache = createCityStationCache(storage)
    cache.save(city(3), 1_000)
    const page = (items: StationSummary[], nextCursor: string | null): CityStationsPage => ({ items, nextCursor, catalogue: DEFAULT_AMENITY_CATALOGUE, holidays: [], at: '' })
    await expect(
      downloadCity(async cursor => {
        if (cursor === undefined) return page([station('x')], 'a1')
        throw new Error('signal lost')
      }, cache),
    ).rejects.toThrow('signal lost')
    expect(cache.load()?.stations).toHaveLength(3)
    const downloaded = await downloadCity(async cursor => (cursor === undefined ? page([station('x')], 'ax') : page([station('y')], null)), cache, () => 5_000)
    expect(downloaded.stations.map(item => item.id)).toEqual(['x', 'y'])
    expect(cache.load()?.savedAt).toBe(5_000)
  })
})

describe('the offline map', () => {
  it('puts the person at the centre, a station 1 km north above them, and rings up to the radius', () => {
    const [row] = nearbyRows([{ station: station('n', { location: north(1000) }), distanceMeters: 1000, opening: { state: 'open', label: '营业中' } }], DEFAULT_AMENITY_CATALOGUE)
    if (row === undefined) throw new Error('no row')
    const plot = plotStations([row], origin, 3000, 320)
    expect(plot.rings.map(ring => ring.label)).toEqual(['500 米', '1 公里', '3 公里'])
    const [marker] = plot.markers
    expect(marker?.x).toBeCloseTo(160, 0)
    expect(marker?.y).toBeCloseTo(160 - (1000 * 144) / 3000, 0)
    expect(marker).toMatchObject({ rank: 1, name: '驿站n', distanceText: '1 公里', greyed: false, openingLabel: '营业中' })
  })
})

describe('markers that would cover each other', () => {
  const marker = (rank: number, x: number, y: number): PlottedMarker => ({
    id: `m${rank}`,
    rank,
    x,
    y,
    name: `驿站${rank}`,
    distanceText: '1 公里',
    greyed: false,
    openingLabel: '营业中',
  })

  it('fans out markers closer than a finger, so 7 no longer hides under 3, each with a line to its true place', () => {
    const placed = spreadMarkers([marker(3, 100, 100), marker(7, 104, 101), marker(9, 200, 200)], 44, 320)
    const [three, seven, nine] = placed
    expect(Math.hypot((three?.x ?? 0) - (seven?.x ?? 0), (three?.y ?? 0) - (seven?.y ?? 0))).toBeGreaterThanOrEqual(44 - 1e-9)
    expect(seven).toMatchObject({ rank: 7, anchorX: 104, anchorY: 101 })
    expect(nine).toMatchObject({ x: 200, y: 200, anchorX: 200, anchorY: 200 })
  })

  it('keeps every target inside the map, at the edge and when a crowd fans out there', () => {
    const crowd = Array.from({ length: 6 }, (_, index) => marker(index + 1, 318, 2 + index))
    const placed = spreadMarkers([marker(10, 0, 160), ...crowd], 55, 320)
    for (const { x, y } of placed) {
      for (const value of [x, y]) {
        expect(value).toBeGreaterThanOrEqual(27.5 - 1e-9)
        expect(value).toBeLessThanOrEqual(320 - 27.5 + 1e-9)
      }
    }
    for (const [index, a] of placed.entries()) {
      for (const b of placed.slice(index + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(55 - 1e-9)
    }
  })

  it('leaves off a marker there is no room for rather than drawing it over another', () => {
    const crowd = Array.from({ length: 40 }, (_, index) => marker(index + 1, 60, 60))
    const placed = spreadMarkers(crowd, 55, 200)
    expect(placed.length).toBeLessThan(40)
    expect(placed.map(item => item.rank)).toEqual(Array.from({ length: placed.length }, (_, index) => index + 1))
    for (const [index, a] of placed.entries()) {
      for (const b of placed.slice(index + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(55 - 1e-9)
    }
  })
})

describe('what a station’s standard means', () => {
  it('explains 七个一 and 五个一 in one line, and any other standard as a standard', () => {
    expect(standardExplanation('七个一')).toBe('七个一：按标准配齐喝水、热饭、歇脚、充电、如厕、药箱、冷暖七样服务')
    expect(standardExplanation('五个一')).toMatch(/^五个一：/)
    expect(standardExplanation('省级示范')).toBe('省级示范：驿站的建设标准，具体有什么看下面“能做什么”')
  })
})

describe('editing opening hours', () => {
  it('reads times as typed on a phone keyboard', () => {
    expect(normaliseClockText('8:00')).toBe('08:00')
    expect(normaliseClockText('8点')).toBe('08:00')
    expect(normaliseClockText('0830')).toBe('08:30')
    expect(normaliseClockText('24:00')).toBe('00:00')
    expect(normaliseClockText('25:00')).toBeNull()
    expect(normaliseClockText('早上')).toBeNull()
  })

  it('stores 24 小时 as always open, and 24 小时 except holidays as a weekly timetable', () => {
    const draft = draftFromHours({ kind: 'always' })
    expect(hoursFromDraft(draft)).toEqual({ ok: true, hours: { kind: 'always' } })
    expect(hoursFromDraft({ ...draft, closedOnHolidays: true })).toEqual({
      ok: true,
      hours: { kind: 'weekly', ranges: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '00:00' }], closedOnHolidays: true },
    })
  })

  it('says which line needs fixing', () => {
    const draft = { allDay: false, rows: [{ days: [1], open: '8:00', close: '18:00' }, { days: [], open: '9:00', close: '12:00' }], closedOnHolidays: false, exceptions: [] } as const
    expect(hoursFromDraft(draft)).toEqual({ ok: false, reason: '第 2 段没有选星期' })
    expect(hoursFromDraft({ ...draft, rows: [{ days: [1], open: '八点', close: '18:00' }] })).toMatchObject({ ok: false, reason: expect.stringContaining('开门时间') })
  })

  it('keeps a station’s dated exceptions through an edit', () => {
    const hours = { kind: 'weekly' as const, ranges: [{ days: [1, 2] as (1 | 2)[], open: '08:00', close: '18:00' }], closedOnHolidays: false, exceptions: [{ date: '2026-10-01', closed: true as const }] }
    expect(hoursFromDraft(draftFromHours(hours))).toEqual({ ok: true, hours })
  })
})

describe('the station form', () => {
  const filled = { ...EMPTY_STATION_FORM, name: '新驿站', address: '荆州市沙市区新路 1 号', lng: '112.24312', lat: '30.32088' }

  it('converts typed GPS coordinates to GCJ-02', () => {
    const result = stationFromForm({ ...filled, crs: 'wgs84' })
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.station.location).toEqual(toGcj02({ lng: 112.24312, lat: 30.32088 }, 'wgs84'))
    expect(result.station).toMatchObject({ name: '新驿站', standard: '七个一', hours: { kind: 'weekly' } })
  })

  it('puts each problem beside its field, and spots swapped coordinates', () => {
    const result = stationFromForm({ ...filled, name: ' ', lng: '30.32', lat: '112.24', phone: '123' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.location).toBe('经度和纬度可能填反了')
    expect(result.errors.name).toBeDefined()
    expect(result.errors.phone).toBe('电话应为手机号或带区号的固定电话')
  })
})

describe('the report form', () => {
  it('asks for what is missing in words', () => {
    expect(reportProblemWith(EMPTY_REPORT)).toBe('请先选一个问题')
    expect(reportProblemWith({ ...EMPTY_REPORT, kind: 'missing-amenity' })).toBe('请选缺了哪样设施')
    expect(reportProblemWith({ ...EMPTY_REPORT, kind: 'other', note: '  ' })).toBe('请写一句说明，工作人员才好处理')
  })

  it('builds the payload for each kind, leaving out what was not given', () => {
    expect(reportPayload('c-1', { ...EMPTY_REPORT, kind: 'closed', note: ' 门锁着 ' })).toEqual({ stationId: 'c-1', kind: 'closed', note: '门锁着' })
    expect(reportPayload('c-1', { ...EMPTY_REPORT, kind: 'missing-amenity', amenity: 'hot-meal', photo: 'cloud://e.b/station-reports/a.jpg' })).toEqual({
      stationId: 'c-1',
      kind: 'missing-amenity',
      amenity: 'hot-meal',
      photo: 'cloud://e.b/station-reports/a.jpg',
    })
    expect(reportPayload('c-1', { ...EMPTY_REPORT, kind: 'wrong-location', suggestedLocation: origin })).toEqual({ stationId: 'c-1', kind: 'wrong-location', suggestedLocation: origin })
  })

  it('shows a report with its amenity and state in words', () => {
    const view = reportView(
      { id: 'r1', stationId: 'c-1', stationName: '驿站', kind: 'missing-amenity', amenity: 'hot-meal', note: null, photo: null, state: 'verified', outcome: null, createdAt: '2026-11-02T17:00:00.000Z', updatedAt: '' },
      DEFAULT_AMENITY_CATALOGUE,
    )
    expect(view).toMatchObject({ title: '设施缺失：热饭', stateLabel: '已核实，处理中', reportedOn: '11月3日' })
  })
})

describe('station page addresses', () => {
  it('carries where the person stood, and reads it back', () => {
    const url = STATION_PAGES.detail('c-JZ-1', origin)
    expect(url).toBe('/packages/stations/detail/index?id=c-JZ-1&from=112.240000,30.330000')
    expect(readFromParam('112.240000,30.330000')).toEqual(origin)
    expect(readFromParam('nonsense')).toBeNull()
  })
})
