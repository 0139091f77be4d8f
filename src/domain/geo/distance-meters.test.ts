import { describe, expect, it } from 'vitest'
import { distanceMeters, EARTH_RADIUS_METERS } from './distance-meters'

const ONE_DEGREE_METERS = (EARTH_RADIUS_METERS * Math.PI) / 180

describe('haversine distance', () => {
  it('is zero from a point to itself', () => {
    expect(distanceMeters({ lng: 120.15, lat: 30.28 }, { lng: 120.15, lat: 30.28 })).toBe(0)
  })

  it('measures one degree along a meridian and along the equator as R·π/180', () => {
    expect(distanceMeters({ lng: 0, lat: 0 }, { lng: 0, lat: 1 })).toBeCloseTo(ONE_DEGREE_METERS, 6)
    expect(distanceMeters({ lng: 0, lat: 0 }, { lng: 1, lat: 0 })).toBeCloseTo(ONE_DEGREE_METERS, 6)
    expect(ONE_DEGREE_METERS).toBeCloseTo(111_195.08, 1)
  })

  it('shrinks east-west degrees with the cosine of latitude', () => {
    const atSixty = distanceMeters({ lng: 100, lat: 60 }, { lng: 100.001, lat: 60 })
    expect(atSixty).toBeCloseTo((ONE_DEGREE_METERS * 0.001) / 2, 2)
  })

  it('is half the circumference between antipodes, without NaN from rounding', () => {
    expect(distanceMeters({ lng: 0, lat: 0 }, { lng: 180, lat: 0 })).toBeCloseTo(Math.PI * EARTH_RADIUS_METERS, 3)
    expect(Number.isNaN(distanceMeters({ lng: 116.4, lat: 39.9 }, { lng: -63.6, lat: -39.9 }))).toBe(false)
  })

  it('puts Tiananmen about 1,067 km from People’s Square in Shanghai', () => {
    const meters = distanceMeters({ lng: 116.3975, lat: 39.9087 }, { lng: 121.4737, lat: 31.2304 })
    expect(meters / 1000).toBeGreaterThan(1065)
    expect(meters / 1000).toBeLessThan(1069)
  })

  it('is symmetric', () => {
    const a = { lng: 120.15, lat: 30.28 }
    const b = { lng: 120.2, lat: 30.25 }
    expect(distanceMeters(a, b)).toBe(distanceMeters(b, a))
  })
})
