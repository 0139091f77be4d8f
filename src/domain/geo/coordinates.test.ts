import { describe, expect, it } from 'vitest'
import { distanceMeters } from './distance-meters'
import { toGcj02 } from './coordinates'
import { isInsideChina } from './inside-china'
import type { LngLat } from './lng-lat'

const point = (lng: number, lat: number): LngLat => ({ lng, lat })

// The same places in three datums, from gcoord's reference fixture (test/fixtures/china-cities.json).
const ZHENGZHOU = { name: '郑州', wgs84: point(113.6192856, 34.7478004), gcj02: point(113.6253334, 34.7466173), bd09: point(113.6317519, 34.7528605) }

const REFERENCE: readonly { name: string; wgs84: LngLat; gcj02: LngLat; bd09: LngLat }[] = [
  ZHENGZHOU,
  { name: '沈阳', wgs84: point(123.4253306, 41.8032629), gcj02: point(123.4314787, 41.8057023), bd09: point(123.438095, 41.8114013) },
  { name: '酒泉', wgs84: point(98.4937175, 39.7319946), gcj02: point(98.4943595, 39.7328234), bd09: point(98.5008441, 39.7388949) },
  { name: '泉州', wgs84: point(118.6711365, 24.8770487), gcj02: point(118.6756787, 24.8741363), bd09: point(118.6821251, 24.8804872) },
  { name: '那曲', wgs84: point(92.0499619, 31.4784436), gcj02: point(92.0512438, 31.4762063), bd09: point(92.0576832, 31.4824421) },
]

describe('conversion to GCJ-02', () => {
  it.each(REFERENCE)('moves $name from WGS-84 to its GCJ-02 reference within a metre', ({ wgs84, gcj02 }) => {
    expect(distanceMeters(toGcj02(wgs84, 'wgs84'), gcj02)).toBeLessThan(1)
  })

  it.each(REFERENCE)('moves $name from BD-09 to its GCJ-02 reference within a metre', ({ bd09, gcj02 }) => {
    expect(distanceMeters(toGcj02(bd09, 'bd09'), gcj02)).toBeLessThan(1)
  })

  it('shifts WGS-84 by hundreds of metres, so forgetting to convert would misplace a station', () => {
    expect(distanceMeters(ZHENGZHOU.wgs84, ZHENGZHOU.gcj02)).toBeGreaterThan(300)
  })

  it('matches gcoord’s own WGS-84 test point', () => {
    const converted = toGcj02(point(123, 45), 'wgs84')
    expect(converted.lng).toBeCloseTo(123.00607541, 6)
    expect(converted.lat).toBeCloseTo(45.00197815, 6)
  })

  it('leaves GCJ-02 points as they are', () => {
    expect(toGcj02(point(120.15507, 30.27415), 'gcj02')).toEqual(point(120.15507, 30.27415))
  })
})

describe('inside China', () => {
  it.each([
    ['Kashgar', 75.99, 39.47],
    ['Mohe', 122.54, 52.97],
    ['Sanya', 109.51, 18.25],
    ['Hong Kong', 114.17, 22.32],
    ['Macao', 113.55, 22.19],
    ['Taipei', 121.56, 25.04],
    ['Kaohsiung', 120.3, 22.62],
    ['Ürümqi', 87.62, 43.83],
    ['Lhasa', 91.13, 29.65],
    ['Harbin', 126.64, 45.76],
    ['Fuyuan', 134.29, 48.36],
    ['Hunchun', 130.36, 42.86],
    ['Dongxing', 107.97, 21.54],
    ['Ruili', 97.85, 24.01],
    ['Zhangmu', 85.98, 27.99],
    ['Erenhot', 111.98, 43.65],
    ['Zhoushan', 122.2, 29.98],
    ['Kinmen', 118.32, 24.43],
    ['Xiamen', 118.09, 24.48],
    ['Yongxing Island, Sansha', 112.33, 16.83],
  ])('includes %s', (_name, lng, lat) => {
    expect(isInsideChina(point(lng, lat))).toBe(true)
  })

  it.each([
    ['Seoul', 126.98, 37.57],
    ['Hanoi', 105.85, 21.03],
    ['Ulaanbaatar', 106.92, 47.92],
    ['Pyongyang', 125.75, 39.03],
    ['Vladivostok', 131.89, 43.12],
    ['Khabarovsk', 135.07, 48.48],
    ['Almaty', 76.95, 43.24],
    ['Bishkek', 74.6, 42.87],
    ['Kathmandu', 85.32, 27.7],
    ['Thimphu', 89.64, 27.47],
    ['New Delhi', 77.2, 28.6],
    ['Vientiane', 102.6, 17.97],
    ['Haiphong', 106.68, 20.86],
    ['Busan', 129.07, 35.18],
    ['Tokyo', 139.69, 35.69],
    ['Naha', 127.68, 26.21],
    ['Manila', 120.98, 14.6],
    ['Null Island', 0, 0],
    ['Beijing with lng and lat swapped', 39.9, 116.4],
    ['Beijing with the sign of lng lost', -116.4, 39.9],
  ])('excludes %s', (_name, lng, lat) => {
    expect(isInsideChina(point(lng, lat))).toBe(false)
  })

  it('refuses non-finite coordinates', () => {
    expect(isInsideChina(point(Number.NaN, 30))).toBe(false)
    expect(isInsideChina(point(120, Number.POSITIVE_INFINITY))).toBe(false)
  })
})
