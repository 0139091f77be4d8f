import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { distanceMeters, EARTH_RADIUS_METERS } from '../../src/geo/distance'
import type { GeoPoint } from '../../src/geo/geo-point'
import { anyPoint } from './arbitraries'

function haversineMeters(a: GeoPoint, b: GeoPoint): number {
  const toRadians = Math.PI / 180
  const dLat = (b.lat - a.lat) * toRadians
  const dLng = (b.lng - a.lng) * toRadians
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRadians) * Math.cos(b.lat * toRadians) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)))
}

describe('distanceMeters', () => {
  it('measures on MongoDB\'s 2dsphere radius of 6,378.1 km', () => {
    expect(EARTH_RADIUS_METERS).toBe(6_378_100)
  })

  it('puts Beijing about 1,067 km from Shanghai', () => {
    const beijing = { lng: 116.4074, lat: 39.9042 }
    const shanghai = { lng: 121.4737, lat: 31.2304 }
    expect(distanceMeters(beijing, shanghai) / 1_067_000).toBeCloseTo(1, 2)
  })

  it('makes one degree of latitude about 111.2 km', () => {
    expect(distanceMeters({ lng: 113, lat: 23 }, { lng: 113, lat: 24 }) / 111_200).toBeCloseTo(1, 2)
  })

  it('measures short hops across the antimeridian the short way', () => {
    const distance = distanceMeters({ lng: 179.9, lat: 0 }, { lng: -179.9, lat: 0 })
    expect(distance).toBeCloseTo(0.2 * Math.PI / 180 * EARTH_RADIUS_METERS, 3)
  })

  it('treats every longitude at a pole as the same place', () => {
    expect(distanceMeters({ lng: 0, lat: 90 }, { lng: 180, lat: 90 })).toBeLessThan(1e-6)
    expect(distanceMeters({ lng: -120, lat: -90 }, { lng: 35, lat: -90 })).toBeLessThan(1e-6)
  })

  it('puts antipodes half a circumference apart', () => {
    expect(distanceMeters({ lng: 30, lat: 10 }, { lng: -150, lat: -10 })).toBeCloseTo(Math.PI * EARTH_RADIUS_METERS, 3)
  })

  it('is zero from a point to itself and the same in both directions', () => {
    fc.assert(fc.property(anyPoint, anyPoint, (a, b) => {
      expect(distanceMeters(a, a)).toBe(0)
      expect(distanceMeters(a, b)).toBe(distanceMeters(b, a))
    }))
  })

  it('agrees with haversine within 0.5 %', () => {
    fc.assert(fc.property(anyPoint, anyPoint, (a, b) => {
      const reference = haversineMeters(a, b)
      expect(Math.abs(distanceMeters(a, b) - reference)).toBeLessThanOrEqual(0.005 * reference + 1e-6)
    }))
  })

  it('keeps centimetre precision for neighbouring points', () => {
    const a = { lng: 121.4737, lat: 31.2304 }
    const b = { lng: 121.4737, lat: 31.2304 + 1e-6 }
    expect(distanceMeters(a, b)).toBeCloseTo(1e-6 * Math.PI / 180 * EARTH_RADIUS_METERS, 6)
  })
})
