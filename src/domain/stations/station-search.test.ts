import { describe, expect, it } from 'vitest'
import { NO_HOLIDAYS } from './holiday-calendar'
import { matchesStationQuery, searchOffline, stationQueryTerms, stationSearchTerms, STATION_SEARCH_RADIUS_METERS } from './station-search'

const origin = { lng: 112.24, lat: 30.33 }
const north = (meters: number) => ({ lng: origin.lng, lat: origin.lat + meters / 111_195 })

const station = (id: string, name: string, address: string, meters: number) => ({
  id,
  name,
  address,
  location: north(meters),
  amenities: [],
  hours: { kind: 'always' } as const,
  status: 'active' as const,
})

describe('searching stations by name or address', () => {
  it('indexes every character and neighbouring pair of the name and address, folded', () => {
    const terms = stationSearchTerms('沙市区环卫所', '北京路 88 号（东门）')
    expect(terms).toEqual(expect.arrayContaining(['环卫', '卫所', '北京', '京路', '88', '号', '东门', '8']))
    expect(terms).not.toContain('所北')
    expect(stationSearchTerms('ＡＢ驿站', '')).toEqual(expect.arrayContaining(['ab', '驿站', 'b驿']))
  })

  it('asks the index for the pairs of each word of the query, and for nothing when it has no words', () => {
    expect(stationQueryTerms('北京路 环卫')).toEqual(['北京', '京路', '环卫'])
    expect(stationQueryTerms('站')).toEqual(['站'])
    expect(stationQueryTerms(' ，。 ')).toBeNull()
  })

  it('matches only when every word of the query is in the name or address, in any order', () => {
    const place = { name: '沙市区环卫所驿站', address: '北京东路 88 号' }
    expect(matchesStationQuery(place, '环卫 北京东路')).toBe(true)
    expect(matchesStationQuery(place, '北京东路环卫')).toBe(false)
    expect(matchesStationQuery(place, '京北')).toBe(false)
    expect(matchesStationQuery(place, '８８号')).toBe(true)
  })

  it('searches the phone’s copy nearest first, leaving out stations past the search radius', () => {
    const stations = [
      station('far', '环卫驿站（远）', '某路', STATION_SEARCH_RADIUS_METERS + 1_000),
      station('b', '快递小哥之家', '环卫路 3 号', 900),
      station('a', '环卫所驿站', '江津路', 300),
      station('other', '水务大厅', '江津路', 100),
    ]
    const found = searchOffline(stations, '环卫', origin, new Date('2026-03-09T10:00:00+08:00'), NO_HOLIDAYS, 10)
    expect(found.map(result => result.station.id)).toEqual(['a', 'b'])
    expect(found[0]?.opening.state).toBe('open')
    expect(searchOffline(stations, '环卫', origin, new Date(), NO_HOLIDAYS, 1)).toHaveLength(1)
  })
})
