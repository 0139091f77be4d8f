import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { distanceMeters } from './distance-meters'
import { sortByDistance } from './nearest-first'

const origin = { lng: 120.155, lat: 30.274 }

const stationArbitrary = fc.record({
  id: fc.nat(),
  location: fc.record({
    lng: fc.double({ min: 119.5, max: 121, noNaN: true }),
    lat: fc.double({ min: 29.5, max: 31, noNaN: true }),
  }),
})

describe('nearest first', () => {
  it('orders exactly as a naive sort on haversine distance, ties in input order', () => {
    fc.assert(
      fc.property(fc.array(stationArbitrary, { maxLength: 200 }), (stations) => {
        const naive = stations
          .map((item, index) => ({ item, index, distanceMeters: distanceMeters(origin, item.location) }))
          .sort((a, b) => a.distanceMeters - b.distanceMeters || a.index - b.index)
          .map(({ item, distanceMeters: meters }) => ({ item, distanceMeters: meters }))
        expect(sortByDistance(stations, origin)).toEqual(naive)
      }),
    )
  })

  it('keeps the input order of stations at the same spot', () => {
    const spot = { lng: 120.16, lat: 30.28 }
    const ranked = sortByDistance(
      [
        { id: 'b', location: spot },
        { id: 'a', location: spot },
        { id: 'near', location: origin },
      ],
      origin,
    )
    expect(ranked.map(({ item }) => item.id)).toEqual(['near', 'b', 'a'])
    expect(ranked[0]?.distanceMeters).toBe(0)
  })

  it('ranks a city-sized cache of 6,000 stations, each once', () => {
    const stations = Array.from({ length: 6000 }, (_, index) => ({
      index,
      location: { lng: 120 + ((index * 7919) % 6000) / 10_000, lat: 30 + ((index * 104_729) % 6000) / 10_000 },
    }))
    const ranked = sortByDistance(stations, origin)
    expect(ranked).toHaveLength(6000)
    expect(new Set(ranked.map(({ item }) => item.index)).size).toBe(6000)
    for (let i = 1; i < ranked.length; i++) {
      expect(ranked[i - 1]?.distanceMeters ?? Infinity).toBeLessThanOrEqual(ranked[i]?.distanceMeters ?? -Infinity)
    }
  })

  it('returns nothing for no stations', () => {
    expect(sortByDistance([], origin)).toEqual([])
  })
})
