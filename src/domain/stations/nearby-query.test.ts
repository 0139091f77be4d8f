import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { distanceMeters } from '../geo/distance-meters'
import { NO_HOLIDAYS } from './holiday-calendar'
import { DEFAULT_NEARBY_FILTER, filterAndRankOffline, nearbyFilterSchema, type NearbyCandidate } from './nearby-query'
import type { OpeningHours } from './opening-hours'

const origin = { lng: 120.155, lat: 30.274 }
// About 111 m of latitude per 0.001°.
const north = (meters: number) => ({ lng: origin.lng, lat: origin.lat + meters / 111_195 })

const daytime: OpeningHours = { kind: 'weekly', ranges: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '08:00', close: '18:00' }], closedOnHolidays: false }

interface TestStation extends NearbyCandidate {
  readonly id: string
}

const station = (id: string, meters: number, extra: Partial<TestStation> = {}): TestStation => ({
  id,
  location: north(meters),
  amenities: ['water'],
  hours: { kind: 'always' },
  status: 'active',
  ...extra,
})

const stations: TestStation[] = [
  station('far', 2500),
  station('night-closed', 300, { hours: daytime }),
  station('near', 100, { amenities: ['water', 'toilet'] }),
  station('suspended', 700, { status: 'closed' }),
  station('closing', 900, { hours: { kind: 'weekly', ranges: [{ days: [1], open: '08:00', close: '21:00' }], closedOnHolidays: false } }),
  station('out-of-range', 4000),
]

// Monday 2026-03-09, 20:45 in Shanghai: daytime stations are shut, the 21:00 one is closing soon.
const evening = new Date('2026-03-09T20:45:00+08:00')

const ids = (results: readonly { station: TestStation }[]) => results.map((result) => result.station.id)

describe('nearby stations from the cached list', () => {
  it('lists stations within the radius nearest first, closed ones in their place', () => {
    const results = filterAndRankOffline(stations, origin, DEFAULT_NEARBY_FILTER, evening, NO_HOLIDAYS)
    expect(ids(results)).toEqual(['near', 'night-closed', 'suspended', 'closing', 'far'])
    expect(results.map((result) => result.opening.state)).toEqual(['open', 'closed', 'closed', 'closing-soon', 'open'])
  })

  it('marks a station staff closed as suspended', () => {
    const results = filterAndRankOffline(stations, origin, DEFAULT_NEARBY_FILTER, evening, NO_HOLIDAYS)
    expect(results.find((result) => result.station.id === 'suspended')?.opening).toEqual({ state: 'closed', label: '暂停开放', suspended: true })
  })

  it('gives each station its distance', () => {
    const [nearest] = filterAndRankOffline(stations, origin, DEFAULT_NEARBY_FILTER, evening, NO_HOLIDAYS)
    expect(nearest?.distanceMeters).toBeCloseTo(100, 0)
  })

  it('keeps only open stations when asked, including those closing soon', () => {
    const results = filterAndRankOffline(stations, origin, { ...DEFAULT_NEARBY_FILTER, openNow: true }, evening, NO_HOLIDAYS)
    expect(ids(results)).toEqual(['near', 'closing', 'far'])
  })

  it('keeps only stations offering every required amenity', () => {
    const results = filterAndRankOffline(stations, origin, { ...DEFAULT_NEARBY_FILTER, amenities: ['toilet', 'water'] }, evening, NO_HOLIDAYS)
    expect(ids(results)).toEqual(['near'])
  })

  it('cuts the list at the chosen radius', () => {
    expect(ids(filterAndRankOffline(stations, origin, { ...DEFAULT_NEARBY_FILTER, radiusMeters: 500 }, evening, NO_HOLIDAYS))).toEqual([
      'near',
      'night-closed',
    ])
    expect(ids(filterAndRankOffline(stations, origin, { ...DEFAULT_NEARBY_FILTER, radiusMeters: 10000 }, evening, NO_HOLIDAYS))).toContain(
      'out-of-range',
    )
  })

  it('returns nothing when the cache is empty', () => {
    expect(filterAndRankOffline([], origin, DEFAULT_NEARBY_FILTER, evening, NO_HOLIDAYS)).toEqual([])
  })
})

describe('the nearby filter schema', () => {
  it('accepts the default filter', () => {
    expect(v.is(nearbyFilterSchema, DEFAULT_NEARBY_FILTER)).toBe(true)
  })

  it.each([
    ['a radius that is not offered', { ...DEFAULT_NEARBY_FILTER, radiusMeters: 2000 }],
    ['a malformed amenity key', { ...DEFAULT_NEARBY_FILTER, amenities: ['Hot Meal'] }],
    ['a missing field', { amenities: [], radiusMeters: 500 }],
    ['an extra field', { ...DEFAULT_NEARBY_FILTER, limit: 1000 }],
  ])('refuses %s', (_case, filter) => {
    expect(v.is(nearbyFilterSchema, filter)).toBe(false)
  })
})

describe('nearby stations at city scale', () => {
  const city: TestStation[] = Array.from({ length: 3000 }, (_, index) => station(`s${index}`, (index * 7919) % 12_000, {
    location: { lng: origin.lng + (((index * 104_729) % 2000) - 1000) / 20_000, lat: origin.lat + (((index * 7919) % 2000) - 1000) / 20_000 },
  }))

  it('ranks exactly as measuring every station would, whatever the box test skips', () => {
    const ranked = filterAndRankOffline(city, origin, { ...DEFAULT_NEARBY_FILTER, radiusMeters: 3000 }, evening, NO_HOLIDAYS)
    const measured = city
      .map((item) => ({ id: item.id, meters: distanceMeters(origin, item.location) }))
      .filter((item) => item.meters <= 3000)
      .sort((a, b) => a.meters - b.meters)
    expect(ranked.map((result) => result.station.id)).toEqual(measured.map((item) => item.id))
  })

  it('stops at the limit', () => {
    expect(filterAndRankOffline(city, origin, { ...DEFAULT_NEARBY_FILTER, radiusMeters: 10000 }, evening, NO_HOLIDAYS, 50)).toHaveLength(50)
  })
})
