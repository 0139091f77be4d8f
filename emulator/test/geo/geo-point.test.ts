import { describe, expect, it } from 'vitest'
import { readGeoPoint } from '../../src/geo/geo-point'

describe('readGeoPoint', () => {
  it('reads a GeoJSON Point', () => {
    expect(readGeoPoint({ type: 'Point', coordinates: [113.3, 23.1] })).toEqual({ lng: 113.3, lat: 23.1 })
  })

  it('reads a legacy [lng, lat] pair', () => {
    expect(readGeoPoint([113.3, 23.1])).toEqual({ lng: 113.3, lat: 23.1 })
  })

  it('ignores a GeoJSON altitude but refuses a third number in a legacy pair', () => {
    expect(readGeoPoint({ type: 'Point', coordinates: [113.3, 23.1, 12] })).toEqual({ lng: 113.3, lat: 23.1 })
    expect(readGeoPoint([113.3, 23.1, 12])).toBeNull()
  })

  it('accepts the exact edges of the coordinate range', () => {
    expect(readGeoPoint([-180, -90])).toEqual({ lng: -180, lat: -90 })
    expect(readGeoPoint([180, 90])).toEqual({ lng: 180, lat: 90 })
  })

  it('refuses coordinates out of range', () => {
    expect(readGeoPoint([180.0001, 0])).toBeNull()
    expect(readGeoPoint([0, -90.0001])).toBeNull()
    expect(readGeoPoint({ type: 'Point', coordinates: [23.1, 113.3] })).toBeNull()
  })

  it('refuses non-finite and non-numeric coordinates', () => {
    expect(readGeoPoint([Number.NaN, 0])).toBeNull()
    expect(readGeoPoint([0, Number.POSITIVE_INFINITY])).toBeNull()
    expect(readGeoPoint(['113.3', '23.1'])).toBeNull()
    expect(readGeoPoint({ type: 'Point', coordinates: [113.3, null] })).toBeNull()
  })

  it('refuses anything that is not a point', () => {
    expect(readGeoPoint(undefined)).toBeNull()
    expect(readGeoPoint(null)).toBeNull()
    expect(readGeoPoint('113.3,23.1')).toBeNull()
    expect(readGeoPoint([113.3])).toBeNull()
    expect(readGeoPoint({ lng: 113.3, lat: 23.1 })).toBeNull()
    expect(readGeoPoint({ type: 'point', coordinates: [113.3, 23.1] })).toBeNull()
    expect(readGeoPoint({ type: 'Point' })).toBeNull()
    expect(readGeoPoint({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toBeNull()
  })
})
