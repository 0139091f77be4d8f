import { toGcj02 } from '../domain/geo/coordinates'
import type { LngLat } from '../domain/geo/lng-lat'
import { clientEnv } from './env'
import type { LocationFix, NavigationTarget } from './location-types'

const DEADLINE_MS = 10_000
/** A fix up to a minute old is good enough and answers at once. */
const MAXIMUM_AGE_MS = 60_000

/** `?at=112.24,30.33` (GCJ-02) in the page address: the local stack's way to stand somewhere for a demo or a test. */
function debugLocation(): LngLat | null {
  if (!clientEnv.localStack || typeof window === 'undefined') return null
  const match = /[?&]at=(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/.exec(window.location.href)
  if (match === null) return null
  const lng = Number(match[1])
  const lat = Number(match[2])
  return Number.isFinite(lng) && Number.isFinite(lat) ? { lng, lat } : null
}

/**
 * H5: the browser's geolocation, which reports WGS-84, converted to GCJ-02 so it lines up with the
 * stations. Refused or unavailable is an answer, never a throw.
 */
export function locateMe(): Promise<LocationFix> {
  const debug = debugLocation()
  if (debug !== null) return Promise.resolve({ ok: true, point: debug, accuracyMeters: null })
  const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation
  if (geolocation === undefined) return Promise.resolve({ ok: false, reason: 'unavailable' })
  return new Promise(resolve => {
    geolocation.getCurrentPosition(
      position =>
        resolve({
          ok: true,
          point: toGcj02({ lng: position.coords.longitude, lat: position.coords.latitude }, 'wgs84'),
          accuracyMeters: Number.isFinite(position.coords.accuracy) ? position.coords.accuracy : null,
        }),
      error => resolve({ ok: false, reason: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: true, timeout: DEADLINE_MS, maximumAge: MAXIMUM_AGE_MS },
    )
  })
}

/** The browser has no map picker that works offline: staff type the coordinates instead. */
export const canPickOnMap = false

export function pickOnMap(_near?: LngLat): Promise<LngLat | null> {
  return Promise.resolve(null)
}

/** Opens Tencent Maps' marker page in a new tab; the phone's map app can take over from there. */
export function openNavigation(target: NavigationTarget): void {
  const url = `https://apis.map.qq.com/uri/v1/marker?marker=coord:${target.location.lat},${target.location.lng};title:${encodeURIComponent(target.name)};addr:${encodeURIComponent(target.address)}&referer=worker-services`
  window.open(url, '_blank', 'noopener')
}
