import { readGeoPoint } from '../../geo/geo-point'
import { SphericalPointIndex } from '../../geo/spherical-point-index'
import { requestFailed } from '../database-errors'
import type { Document } from '../document'
import { valueAtPath } from '../field-path'
import type { GeoIndexSpec } from './index-spec'

/** A 2dsphere index: the Point of each document's field in a spherical point index, keyed by document key. */
export class GeoFieldIndex {
  readonly points = new SphericalPointIndex()

  constructor(readonly spec: GeoIndexSpec) {}

  /**
   * Refuses a document whose indexed field holds something other than a GeoJSON Point or [lng, lat]
   * (MongoDB refuses values it "can't extract geo keys" from; this index holds points only). A missing
   * or null field is fine: the document is simply not in the index.
   */
  check(document: Document): void {
    const value = valueAtPath(document, this.spec.path)
    if (value === undefined || value === null) return
    if (readGeoPoint(value) === null) {
      throw requestFailed(
        `Can't extract geo keys: field "${this.spec.path}" of document ${JSON.stringify(String(document._id))} is not a valid GeoJSON Point ` +
        `(2dsphere index ${this.spec.name}; the emulator indexes Points with lng in [-180, 180] and lat in [-90, 90])`,
      )
    }
  }

  add(key: string, document: Document): void {
    this.points.set(key, readGeoPoint(valueAtPath(document, this.spec.path)))
  }

  remove(key: string): void {
    this.points.delete(key)
  }

  clear(): void {
    this.points.clear()
  }
}
