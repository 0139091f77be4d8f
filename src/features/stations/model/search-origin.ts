import type { LngLat } from '../../../domain/geo/lng-lat'
import { CITY_CENTRE, type District } from './districts'

/** Where the nearby search is measured from, and how we came to it. */
export type SearchOrigin =
  | { readonly kind: 'locating' }
  | { readonly kind: 'here'; readonly point: LngLat }
  | { readonly kind: 'district'; readonly district: District }
  /** The phone could not or was not allowed to say; the city centre stands in. */
  | { readonly kind: 'city-centre'; readonly reason: 'denied' | 'unavailable' }

/** The point to search from, or null while locating. */
export function originPoint(origin: SearchOrigin): LngLat | null {
  switch (origin.kind) {
    case 'locating':
      return null
    case 'here':
      return origin.point
    case 'district':
      return origin.district.centre
    case 'city-centre':
      return CITY_CENTRE.centre
  }
}

/** The line at the top of the list that says where distances are measured from, in plain words. */
export function describeOrigin(origin: SearchOrigin): string {
  switch (origin.kind) {
    case 'locating':
      return '正在获取您的位置…'
    case 'here':
      return '离您由近到远'
    case 'district':
      return `按“${origin.district.name}”中心，由近到远`
    case 'city-centre':
      return origin.reason === 'denied'
        ? '没有位置权限，先按荆州市中心查找，可点“换位置”选区'
        : '暂时没能定位，先按荆州市中心查找，可点“换位置”选区'
  }
}

/** Whether distances are from where the person stands (so "350 米" means a walk of 350 米). */
export function isMeasuredFromHere(origin: SearchOrigin): boolean {
  return origin.kind === 'here'
}
