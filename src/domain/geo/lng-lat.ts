import * as v from 'valibot'

/** A point as longitude and latitude in degrees. Stored and compared in GCJ-02 unless a name says otherwise. */
export interface LngLat {
  readonly lng: number
  readonly lat: number
}

/** Any point on Earth: finite degrees within range. Whether it lies in China is a separate check. */
export const lngLatSchema = v.strictObject({
  lng: v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90)),
})
