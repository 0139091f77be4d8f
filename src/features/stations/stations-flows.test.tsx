import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fakeCloudFunction } from '../../../test/client/fake-cloud-function'
import type { CityStationsPage, MyReport, NearbyAnswer, StationDetail, StationSummary } from '../../domain/contracts/stations'
import { DEFAULT_AMENITY_CATALOGUE } from '../../domain/stations/amenities'
import { CHINA_HOLIDAY_PERIODS } from '../../domain/stations/holiday-calendar'
import { DEFAULT_NEARBY_FILTER } from '../../domain/stations/nearby-query'
import { CloudError } from '../../lib/cloud-error'
import type { CacheStorage } from '../../lib/offline-cache'
import { MyReportsSection } from './components/my-reports-section'
import { ReportProblemForm } from './components/report-problem-form'
import { StationFilters } from './components/station-filters'
import { StationMap } from './components/station-map.h5'
import { refreshCityIfStale } from './hooks/city-cache'
import { loadNearby } from './hooks/use-nearby-stations'
import { useSearchOrigin } from './hooks/use-search-origin'
import { createCityStationCache } from './model/city-station-cache'
import { JINGZHOU_DISTRICTS } from './model/districts'
import { nearbyRows } from './model/nearby-view'

const origin = { lng: 112.24, lat: 30.33 }
const north = (meters: number) => ({ lng: origin.lng, lat: origin.lat + meters / 111_195 })

function station(id: string, meters: number, extra: Partial<StationSummary> = {}): StationSummary {
  return {
    id,
    name: `驿站${id}`,
    address: `沙市区${id}号`,
    district: '沙市区',
    location: north(meters),
    phone: '0716-8213456',
    hours: { kind: 'always' },
    amenities: ['water', 'hot-meal', 'charging'],
    status: 'active',
    standard: '七个一',
    lastVerifiedOn: '2026-03-01',
    ...extra,
  }
}

function memoryStorage(): CacheStorage {
  const map = new Map<string, string>()
  return { get: key => map.get(key) ?? '', set: (key, value) => void map.set(key, value), remove: key => void map.delete(key) }
}

function savedCity(stations: StationSummary[], savedAt: number) {
  const cache = createCityStationCache(memoryStorage())
  cache.save({ stations, catalogue: DEFAULT_AMENITY_CATALOGUE, holidays: CHINA_HOLIDAY_PERIODS }, savedAt)
  return cache
}

const answer = (items: StationSummary[]): NearbyAnswer => ({
  items: items.map((item, index) => ({ station: item, distanceMeters: 100 * (index + 1), opening: { state: 'open', label: '营业中' } })),
  catalogue: DEFAULT_AMENITY_CATALOGUE,
  at: '2026-03-09T02:00:00.000Z',
})

describe('the nearby list', () => {
  const now = () => new Date('2026-03-09T10:00:00+08:00')

  it('comes from the server when there is signal', async () => {
    const list = await loadNearby(origin, DEFAULT_NEARBY_FILTER, { fetch: async () => answer([station('a', 100)]), cache: savedCity([], 1), now })
    expect(list.source).toEqual({ kind: 'online' })
    expect(list.rows.map(row => row.name)).toEqual(['驿站a'])
  })

  it('is ranked on the phone from its copy when the network fails, and says when the copy was saved', async () => {
    const cache = savedCity([station('far', 2000), station('near', 300, { amenities: ['water'] }), station('out', 9000)], 1_700_000_000_000)
    const offline = () => Promise.reject(new CloudError('COMMON.NETWORK', 'offline'))
    const list = await loadNearby(origin, DEFAULT_NEARBY_FILTER, { fetch: offline, cache, now })
    expect(list.source).toEqual({ kind: 'offline', savedAt: 1_700_000_000_000 })
    expect(list.rows.map(row => `${row.name} ${row.distanceText}`)).toEqual(['驿站near 300 米', '驿站far 2 公里'])
    const charging = await loadNearby(origin, { ...DEFAULT_NEARBY_FILTER, amenities: ['charging'] }, { fetch: offline, cache, now })
    expect(charging.rows.map(row => row.name)).toEqual(['驿站far'])
  })

  it('shows a refusal as an error instead of hiding it behind old data', async () => {
    const refused = () => Promise.reject(new CloudError('COMMON.INVALID_PAYLOAD', 'bad'))
    await expect(loadNearby(origin, DEFAULT_NEARBY_FILTER, { fetch: refused, cache: savedCity([station('a', 1)], 1), now })).rejects.toMatchObject({ code: 'COMMON.INVALID_PAYLOAD' })
  })

  it('fails when there is neither signal nor a copy', async () => {
    const cache = createCityStationCache(memoryStorage())
    await expect(loadNearby(origin, DEFAULT_NEARBY_FILTER, { fetch: () => Promise.reject(new CloudError('COMMON.TIMEOUT', 'slow')), cache, now })).rejects.toMatchObject({ code: 'COMMON.TIMEOUT' })
  })
})

describe('keeping the city copy fresh', () => {
  const page = (items: StationSummary[]): CityStationsPage => ({ items, nextCursor: null, catalogue: DEFAULT_AMENITY_CATALOGUE, holidays: [], at: '' })

  it('leaves a copy less than a day old alone', async () => {
    const fetchPage = vi.fn(async () => page([station('new', 1)]))
    const cache = savedCity([station('old', 1)], 1_000)
    const city = await refreshCityIfStale(cache, fetchPage, () => 1_000 + 3600_000)
    expect(fetchPage).not.toHaveBeenCalled()
    expect(city?.stations.map(item => item.id)).toEqual(['old'])
  })

  it('downloads once for everyone asking when the copy is old, and keeps it when the download fails', async () => {
    const fetchPage = vi.fn(async () => page([station('new', 1)]))
    const cache = savedCity([station('old', 1)], 1_000)
    const later = () => 1_000 + 2 * 24 * 3600_000
    const [first, second] = await Promise.all([refreshCityIfStale(cache, fetchPage, later), refreshCityIfStale(cache, fetchPage, later)])
    expect(fetchPage).toHaveBeenCalledTimes(1)
    expect(first?.stations.map(item => item.id)).toEqual(['new'])
    expect(second).toEqual(first)
    const failing = vi.fn(() => Promise.reject(new CloudError('COMMON.NETWORK', 'offline')))
    const kept = await refreshCityIfStale(cache, failing, () => later() + 2 * 24 * 3600_000)
    expect(kept?.stations.map(item => item.id)).toEqual(['new'])
  })
})

describe('where the search starts', () => {
  it('is where the phone says, once it answers', async () => {
    const { result } = renderHook(() => useSearchOrigin(async () => ({ ok: true, point: origin, accuracyMeters: 12 })))
    expect(result.current.origin.kind).toBe('locating')
    await waitFor(() => expect(result.current.origin).toEqual({ kind: 'here', point: origin }))
  })

  it('is the city centre, with the reason, when location is refused', async () => {
    const { result } = renderHook(() => useSearchOrigin(async () => ({ ok: false, reason: 'denied' })))
    await waitFor(() => expect(result.current.origin).toEqual({ kind: 'city-centre', reason: 'denied' }))
  })

  it('keeps a district the person picked even when a slow location answer arrives later', async () => {
    let arrive: (value: { ok: true; point: typeof origin; accuracyMeters: null }) => void = () => undefined
    const { result } = renderHook(() => useSearchOrigin(() => new Promise(resolve => (arrive = resolve))))
    const district = JINGZHOU_DISTRICTS[1]
    if (district === undefined) throw new Error('no districts')
    act(() => result.current.chooseDistrict(district))
    await act(async () => arrive({ ok: true, point: origin, accuracyMeters: null }))
    expect(result.current.origin).toEqual({ kind: 'district', district })
  })
})

describe('the filters', () => {
  it('toggles an amenity from the city’s checklist and sets the radius', () => {
    const onChange = vi.fn()
    render(<StationFilters filter={DEFAULT_NEARBY_FILTER} catalogue={DEFAULT_AMENITY_CATALOGUE} onChange={onChange} />)
    fireEvent.click(screen.getByRole('checkbox', { name: '充电' }))
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_NEARBY_FILTER, amenities: ['charging'] })
    fireEvent.click(screen.getByRole('radio', { name: '1 公里内' }))
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_NEARBY_FILTER, radiusMeters: 1000 })
    expect(screen.getByRole('radio', { name: '3 公里内' }).getAttribute('aria-checked')).toBe('true')
    fireEvent.click(screen.getByRole('checkbox', { name: '只看营业中' }))
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_NEARBY_FILTER, openNow: true })
  })

  it('shows the extras only when asked, and a city’s own amenity by its word', () => {
    const catalogue = [...DEFAULT_AMENITY_CATALOGUE.slice(0, 7), { key: 'sauna', label: '桑拿', icon: 'steam', description: '' }]
    render(<StationFilters filter={DEFAULT_NEARBY_FILTER} catalogue={catalogue} onChange={() => undefined} />)
    expect(screen.queryByRole('checkbox', { name: '桑拿' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '显示更多设施' }))
    expect(screen.getByRole('checkbox', { name: '桑拿' })).toBeTruthy()
  })
})

describe('the offline map', () => {
  it('draws each station as a numbered button that opens its card', () => {
    const rows = nearbyRows(answer([station('a', 200), station('b', 900, { status: 'closed' })]).items, DEFAULT_AMENITY_CATALOGUE)
    const onSelect = vi.fn()
    render(<StationMap origin={origin} measuredFromHere radiusMeters={3000} rows={rows} selectedId={null} onSelect={onSelect} />)
    fireEvent.click(screen.getByRole('button', { name: '2. 驿站b，200 米，营业中' }))
    expect(onSelect).toHaveBeenCalledWith(rows[1])
    expect(screen.getByText('您在这里')).toBeTruthy()
    expect(screen.getByText('3 公里')).toBeTruthy()
  })
})

const detail = (extra: Partial<StationDetail> = {}): StationDetail => ({
  ...station('c-JZ-1', 0),
  code: 'JZ-1',
  photos: [],
  hoursLines: ['每天 24 小时'],
  opening: { state: 'open', label: '营业中' },
  catalogue: DEFAULT_AMENITY_CATALOGUE,
  myReports: [],
  version: 1,
  ...extra,
})

const myReport = (extra: Partial<MyReport> = {}): MyReport => ({
  id: 'r1',
  stationId: 'c-JZ-1',
  stationName: '驿站c-JZ-1',
  kind: 'missing-amenity',
  amenity: 'hot-meal',
  note: null,
  photo: null,
  state: 'open',
  outcome: null,
  createdAt: '2026-03-09T02:00:00.000Z',
  updatedAt: '2026-03-09T02:00:00.000Z',
  ...extra,
})

describe('reporting a problem', () => {
  it('asks what is wrong before sending anything, then files a missing-amenity report', async () => {
    const calls = fakeCloudFunction('stations', (action, payload) => {
      if (action === 'getStation') return { ok: true, data: detail() }
      if (action === 'reportProblem') return { ok: true, data: myReport() }
      return { ok: false, error: { code: 'COMMON.UNKNOWN_ACTION', message: String(payload) } }
    })
    render(<ReportProblemForm stationId='c-JZ-1' />)
    fireEvent.click(await screen.findByLabelText('提交'))
    expect(await screen.findByText('⚠ 请先选一个问题')).toBeTruthy()
    expect(calls.filter(call => call.action === 'reportProblem')).toHaveLength(0)

    fireEvent.click(screen.getByRole('radio', { name: '设施缺失' }))
    fireEvent.click(screen.getByRole('radio', { name: '热饭' }))
    fireEvent.click(screen.getByLabelText('提交：设施缺失：热饭'))
    expect(await screen.findByText('已提交，谢谢您！')).toBeTruthy()
    expect(calls.find(call => call.action === 'reportProblem')?.payload).toEqual({ stationId: 'c-JZ-1', kind: 'missing-amenity', amenity: 'hot-meal' })
  })

  it('says in plain words when the same problem was already reported today', async () => {
    fakeCloudFunction('stations', action =>
      action === 'getStation' ? { ok: true, data: detail() } : { ok: false, error: { code: 'STATIONS.DUPLICATE_REPORT', message: 'dup' } },
    )
    render(<ReportProblemForm stationId='c-JZ-1' />)
    fireEvent.click(await screen.findByRole('radio', { name: '驿站关门了' }))
    fireEvent.click(screen.getByLabelText('提交：驿站关门了'))
    expect(await screen.findByText('⚠ 您今天已经报告过这个问题了，工作人员会尽快核实')).toBeTruthy()
  })
})

describe('我的反馈', () => {
  it('lists the reports with where each stands and what staff said', async () => {
    fakeCloudFunction('stations', () => ({
      ok: true,
      data: {
        items: [myReport({ state: 'resolved', outcome: '微波炉已修好' }), myReport({ id: 'r2', kind: 'closed', amenity: null })],
        nextCursor: null,
        catalogue: DEFAULT_AMENITY_CATALOGUE,
      },
    }))
    render(<MyReportsSection />)
    expect(await screen.findByRole('button', { name: '驿站c-JZ-1，设施缺失：热饭，已解决，3月9日报告' })).toBeTruthy()
    expect(screen.getByText('微波炉已修好')).toBeTruthy()
    expect(screen.getByLabelText('状态：待核实')).toBeTruthy()
  })

  it('words a report about an amenity the city added with the city’s own label', async () => {
    const catalogue = [...DEFAULT_AMENITY_CATALOGUE, { key: 'sauna', label: '桑拿', icon: 'steam', description: '' }]
    fakeCloudFunction('stations', () => ({ ok: true, data: { items: [myReport({ amenity: 'sauna' })], nextCursor: null, catalogue } }))
    render(<MyReportsSection />)
    expect(await screen.findByRole('button', { name: '驿站c-JZ-1，设施缺失：桑拿，待核实，3月9日报告' })).toBeTruthy()
  })
})
