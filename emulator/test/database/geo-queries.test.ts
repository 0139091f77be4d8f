import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { rejectionOf } from '../helpers/expect-error'
import { Geo, startSdkEmulator, type SdkEmulator } from '../helpers/sdk-emulator'

const EARTH_RADIUS_METERS = 6_378_100
const CENTER = { lng: 114.05, lat: 22.54 }

function haversineMeters(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const toRadians = (degrees: number): number => (degrees * Math.PI) / 180
  const dLat = toRadians(b.lat - a.lat)
  const dLng = toRadians(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(h))
}

const STATIONS = [
  { _id: 's3', open: true, at: { lng: CENTER.lng, lat: CENTER.lat + 0.06 } },
  { _id: 's1', open: true, at: { lng: CENTER.lng, lat: CENTER.lat + 0.01 } },
  { _id: 's2', open: false, at: { lng: CENTER.lng, lat: CENTER.lat + 0.03 } },
  { _id: 's0', open: true, at: CENTER },
  { _id: 's4', open: true, at: { lng: CENTER.lng + 0.02, lat: CENTER.lat } },
]
const BY_DISTANCE = ['s0', 's1', 's4', 's2', 's3']

let env: SdkEmulator
beforeAll(async () => {
  env = await startSdkEmulator({
    database: {
      collections: [
        { name: 'stations', indexes: [{ name: 'location_2dsphere', keys: { location: '2dsphere' } }] },
        { name: 'unindexed' },
      ],
    },
  })
})
afterAll(async () => env.stop())
beforeEach(async () => {
  await env.emulator.reset()
  const documents = STATIONS.map(station => ({ _id: station._id, open: station.open, location: { type: 'Point', coordinates: [station.at.lng, station.at.lat] } }))
  await env.emulator.seed('stations', documents)
  await env.emulator.seed('unindexed', documents)
})

function ids(result: { data: { _id: string }[] }): string[] {
  return result.data.map(doc => doc._id)
}

describe('geoNear queries', () => {
  it('returns documents nearest first', async () => {
    const _ = env.db.command
    const result = await env.db.collection('stations').where({ location: _.geoNear({ geometry: new Geo.Point(CENTER.lng, CENTER.lat) }) }).get()
    expect(ids(result)).toEqual(BY_DISTANCE)
  })

  it('keeps only documents between minDistance and maxDistance (metres)', async () => {
    const _ = env.db.command
    const within5km = await env.db.collection('stations').where({ location: _.geoNear({ geometry: new Geo.Point(CENTER.lng, CENTER.lat), maxDistance: 5000 }) }).get()
    expect(ids(within5km)).toEqual(['s0', 's1', 's4', 's2'])
    const ring = await env.db.collection('stations').where({ location: _.geoNear({ geometry: new Geo.Point(CENTER.lng, CENTER.lat), minDistance: 1500, maxDistance: 5000 }) }).get()
    expect(ids(ring)).toEqual(['s4', 's2'])
  })

  it('filters on other fields and pages with skip and limit, still nearest first', async () => {
    const _ = env.db.command
    const result = await env.db.collection('stations')
      .where({ open: true, location: _.geoNear({ geometry: new Geo.Point(CENTER.lng, CENTER.lat) }) })
      .skip(1).limit(2).get()
    expect(ids(result)).toEqual(['s1', 's4'])
  })

  it('follows updates and removals of indexed points', async () => {
    const _ = env.db.command
    await env.db.collection('stations').doc('s3').update({ location: new Geo.Point(CENTER.lng + 0.0001, CENTER.lat) })
    await env.db.collection('stations').doc('s0').remove()
    const result = await env.db.collection('stations').where({ location: _.geoNear({ geometry: new Geo.Point(CENTER.lng, CENTER.lat) }) }).limit(2).get()
    expect(ids(result)).toEqual(['s3', 's1'])
  })

  it('needs a 2dsphere index on the field, as MongoDB does', async () => {
    const _ = env.db.command
    const error = await rejectionOf(env.db.collection('unindexed').where({ location: _.geoNear({ geometry: new Geo.Point(CENTER.lng, CENTER.lat) }) }).get())
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
    expect(error.message).toContain('unable to find index for $geoNear query')
  })

  it('refuses a near clause nested inside $or, as MongoDB does', async () => {
    const _ = env.db.command
    const near = _.geoNear({ geometry: new Geo.Point(CENTER.lng, CENTER.lat) })
    const error = await rejectionOf(env.db.collection('stations').where(_.or([{ location: near }, { open: false }])).get())
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
  })
})

describe('geoWithin and geoIntersects', () => {
  const box = (west: number, south: number, east: number, north: number) => new Geo.Polygon([new Geo.LineString([
    new Geo.Point(west, south), new Geo.Point(east, south), new Geo.Point(east, north), new Geo.Point(west, north), new Geo.Point(west, south),
  ])])

  it('finds points inside a polygon', async () => {
    const _ = env.db.command
    const polygon = box(CENTER.lng - 0.005, CENTER.lat - 0.005, CENTER.lng + 0.03, CENTER.lat + 0.02)
    const result = await env.db.collection('stations').where({ location: _.geoWithin({ geometry: polygon }) }).get()
    expect(ids(result).sort()).toEqual(['s0', 's1', 's4'])
  })

  it('finds points inside a spherical cap (centerSphere, radius in radians)', async () => {
    const _ = env.db.command
    const result = await env.db.collection('unindexed').where({ location: _.geoWithin({ centerSphere: [new Geo.Point(CENTER.lng, CENTER.lat), 2500 / EARTH_RADIUS_METERS] }) }).get()
    expect(ids(result).sort()).toEqual(['s0', 's1', 's4'])
  })

  it('finds points a geometry intersects', async () => {
    const _ = env.db.command
    const result = await env.db.collection('stations').where({ location: _.geoIntersects({ geometry: box(CENTER.lng - 0.001, CENTER.lat - 0.001, CENTER.lng + 0.001, CENTER.lat + 0.015) }) }).get()
    expect(ids(result).sort()).toEqual(['s0', 's1'])
  })
})

describe('the $geoNear aggregation stage', () => {
  it('serves $geoNear from the index with distances, a query and later stages', async () => {
    const result = await env.db.collection('stations').aggregate()
      .geoNear({ distanceField: 'distance', spherical: true, near: new Geo.Point(CENTER.lng, CENTER.lat), query: { open: true }, maxDistance: 10_000, key: 'location' })
      .limit(3)
      .project({ distance: 1 })
      .end()
    expect(result.data.map((doc: { _id: string }) => doc._id)).toEqual(['s0', 's1', 's4'])
    const expected = ['s0', 's1', 's4'].map(id => haversineMeters(CENTER, STATIONS.find(station => station._id === id)?.at ?? CENTER))
    result.data.forEach((doc: { distance: number }, position: number) => expect(doc.distance).toBeCloseTo(expected[position] ?? NaN, 0))
  })

  it('refuses $geoNear anywhere but first', async () => {
    const error = await rejectionOf(env.db.collection('stations').aggregate()
      .match({ open: true })
      .geoNear({ distanceField: 'd', spherical: true, near: new Geo.Point(CENTER.lng, CENTER.lat) })
      .end())
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
    expect(error.message).toContain('first stage')
  })
})

describe('2dsphere index maintenance', () => {
  it('refuses a document whose indexed field is not a valid point, and accepts one without the field', async () => {
    const error = await rejectionOf(env.db.collection('stations').add({ _id: 'bad', location: { type: 'Point', coordinates: [200, 95] } }))
    expect(error.code).toBe('DATABASE_REQUEST_FAILED')
    await env.db.collection('stations').add({ _id: 'no-location', open: true })
    expect(env.emulator.database.find('stations', { _id: { $in: ['bad', 'no-location'] } }).map(doc => doc._id)).toEqual(['no-location'])
  })
})
