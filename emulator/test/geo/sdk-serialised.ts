import tcb from '@cloudbase/node-sdk'
import { LineString, MultiPolygon, Point, Polygon } from '@cloudbase/database/dist/commonjs/geo/index'
import { EJSON } from 'bson'

// The SDK only builds queries here (no request is sent), but any process that initialises it locally sets this.
process.env.TENCENTCLOUD = 'true'

const db = tcb.init({ env: 'geo-test', secretId: 'local', secretKey: 'local' }).database()

/** The SDK's query command builder (`db.command`). */
export const command = db.command

/** A GeoJSON-style Point as the SDK builds it. */
export function sdkPoint(lng: number, lat: number): Point {
  return new Point(lng, lat)
}

/** An SDK Polygon from GeoJSON-style coordinates. */
export function sdkPolygon(rings: readonly (readonly (readonly [number, number])[])[]): Polygon {
  return new Polygon(rings.map(ring => new LineString(ring.map(([lng, lat]) => new Point(lng, lat)))))
}

/** An SDK MultiPolygon from GeoJSON-style coordinates. */
export function sdkMultiPolygon(polygons: readonly (readonly (readonly (readonly [number, number])[])[])[]): MultiPolygon {
  return new MultiPolygon(polygons.map(sdkPolygon))
}

/** An SDK LineString from GeoJSON-style coordinates. */
export function sdkLineString(points: readonly (readonly [number, number])[]): LineString {
  return new LineString(points.map(([lng, lat]) => new Point(lng, lat)))
}

function decode(text: unknown): unknown {
  if (typeof text !== 'string') throw new TypeError('the SDK did not produce an EJSON string')
  const decoded: unknown = EJSON.parse(text)
  return decoded
}

/** What the emulator receives as `query` for `collection.where(query)`: the SDK's EJSON, decoded. */
export function serialisedWhere(query: object): unknown {
  return decode(Reflect.get(db.collection('stations').where(query), '_fieldFilters'))
}

/** What the emulator receives for `aggregate().geoNear(options)`: the stage's options, decoded. */
export function serialisedGeoNearStage(options: object): unknown {
  const stages: unknown = Reflect.get(db.collection('stations').aggregate().geoNear(options), '_stages')
  if (!Array.isArray(stages)) throw new TypeError('the SDK built no stages')
  const stage: unknown = stages[0]
  if (typeof stage !== 'object' || stage === null) throw new TypeError('the SDK built no $geoNear stage')
  return decode(Reflect.get(stage, 'stageValue'))
}
