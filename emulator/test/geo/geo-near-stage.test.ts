import { describe, expect, it } from 'vitest'
import { EmulatorError } from '../../src/errors'
import { EARTH_RADIUS_METERS } from '../../src/geo/distance'
import { geoNearOutputDistance, parseGeoNearStage, type GeoNearStage } from '../../src/geo/parse-geo-near-stage'
import { command, sdkPoint, serialisedGeoNearStage } from './sdk-serialised'

const near = { type: 'Point', coordinates: [113.3, 23.1] }

describe('parseGeoNearStage', () => {
  it('reads every option the SDK sends', () => {
    const spec = serialisedGeoNearStage({
      near: sdkPoint(113.3, 23.1),
      distanceField: 'dist.calculated',
      spherical: true,
      maxDistance: 5000,
      minDistance: 100,
      query: { open: true, kind: command.in(['rest', 'water']) },
      key: 'location',
      includeLocs: 'dist.location',
      distanceMultiplier: 0.001,
      limit: 20,
    })
    expect(parseGeoNearStage(spec)).toEqual({
      near: { lng: 113.3, lat: 23.1 },
      distanceUnit: 'meters',
      distanceField: 'dist.calculated',
      spherical: true,
      maxDistanceMeters: 5000,
      minDistanceMeters: 100,
      distanceMultiplier: 0.001,
      query: { open: true, kind: { $in: ['rest', 'water'] } },
      key: 'location',
      includeLocs: 'dist.location',
      limit: 20,
    })
  })

  it('fills in MongoDB\'s defaults for the options left out', () => {
    expect(parseGeoNearStage({ near, distanceField: 'd' })).toEqual({
      near: { lng: 113.3, lat: 23.1 },
      distanceUnit: 'meters',
      distanceField: 'd',
      spherical: false,
      maxDistanceMeters: Infinity,
      minDistanceMeters: 0,
      distanceMultiplier: 1,
      query: {},
      key: undefined,
      includeLocs: undefined,
      limit: undefined,
    })
  })

  it('takes a legacy pair with distances in radians, as MongoDB does', () => {
    const stage = parseGeoNearStage({ near: [113.3, 23.1], distanceField: 'd', maxDistance: 0.001 })
    expect(stage.distanceUnit).toBe('radians')
    expect(stage.maxDistanceMeters).toBeCloseTo(0.001 * EARTH_RADIUS_METERS, 6)
    expect(geoNearOutputDistance(stage, EARTH_RADIUS_METERS / 2)).toBeCloseTo(0.5, 12)
  })

  it('reports distances in metres times the multiplier for a GeoJSON near', () => {
    const stage = parseGeoNearStage({ near, distanceField: 'km', distanceMultiplier: 0.001 })
    expect(geoNearOutputDistance(stage, 2500)).toBeCloseTo(2.5, 12)
  })

  const cases: [string, unknown, RegExp][] = [
    ['a stage that is not an object', 'near me', /\$geoNear needs an options object/],
    ['an unknown option', { near, distanceField: 'd', num: 5 }, /does not accept num/],
    ['a missing near', { distanceField: 'd' }, /needs near/],
    ['a near that is not a point', { near: { type: 'Polygon', coordinates: [] }, distanceField: 'd' }, /near: a point must have type 'Point'/],
    ['a near out of range', { near: [113, 91], distanceField: 'd' }, /near: longitude\/latitude is out of bounds/],
    ['a missing distanceField', { near }, /needs distanceField/],
    ['an empty distanceField', { near, distanceField: '' }, /distanceField must be a non-empty string/],
    ['a distanceField starting with $', { near, distanceField: '$d' }, /distanceField must be a field path/],
    ['a negative maxDistance', { near, distanceField: 'd', maxDistance: -5 }, /maxDistance \(meters\) must be non-negative/],
    ['a textual minDistance', { near, distanceField: 'd', minDistance: '5' }, /minDistance \(meters\) must be a finite number/],
    ['a negative distanceMultiplier', { near, distanceField: 'd', distanceMultiplier: -1 }, /distanceMultiplier must be non-negative/],
    ['a query that is not an object', { near, distanceField: 'd', query: [] }, /query must be an object/],
    ['a query holding $nearSphere', { near, distanceField: 'd', query: { $or: [{ loc: { $nearSphere: {} } }] } }, /query must not contain \$near/],
    ['a spherical that is not a boolean', { near, distanceField: 'd', spherical: 'true' }, /spherical must be a boolean/],
    ['a zero limit', { near, distanceField: 'd', limit: 0 }, /limit must be a positive integer/],
    ['a fractional limit', { near, distanceField: 'd', limit: 2.5 }, /limit must be a positive integer/],
    ['a key that is not a string', { near, distanceField: 'd', key: 1 }, /key must be a non-empty string/],
    ['an includeLocs starting with $', { near, distanceField: 'd', includeLocs: '$loc' }, /includeLocs must be a field path/],
  ]

  it.each(cases)('refuses %s with INVALID_PARAM', (_, spec, message) => {
    const parse = (): GeoNearStage => parseGeoNearStage(spec)
    expect(parse).toThrow(EmulatorError)
    expect(parse).toThrow(expect.objectContaining({ code: 'INVALID_PARAM', message: expect.stringMatching(message) }))
  })
})
