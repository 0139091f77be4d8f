import Taro from '@tarojs/taro'
import type { LngLat } from '../domain/geo/lng-lat'
import type { LocationFix, NavigationTarget } from './location-types'
import { ensurePrivacyAuthorized } from './privacy/privacy-authorization'

/** A fix older than this is stale for "nearest": a courier moves a few hundred metres a minute. */
const HIGH_ACCURACY_MS = 4_000
const DEADLINE_MS = 10_000

function errMsgOf(failure: unknown): string {
  const message = typeof failure === 'object' && failure !== null ? Reflect.get(failure, 'errMsg') : undefined
  return typeof message === 'string' ? message : ''
}

/** "auth deny", "privacy permission is not authorized", "system permission denied": the person or the phone said no. */
function isRefusal(errMsg: string): boolean {
  return /auth|deny|denied|permission|privacy/i.test(errMsg)
}

/**
 * weapp: where the person stands, in GCJ-02 (what WeChat maps use), after WeChat's privacy
 * authorisation. Refused or unavailable (GPS off, indoors, timeout) is an answer, never a throw.
 */
export async function locateMe(): Promise<LocationFix> {
  if (!(await ensurePrivacyAuthorized())) return { ok: false, reason: 'denied' }
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<LocationFix>(resolve => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'unavailable' }), DEADLINE_MS)
  })
  const located = Taro.getLocation({ type: 'gcj02', isHighAccuracy: true, highAccuracyExpireTime: HIGH_ACCURACY_MS }).then(
    (result): LocationFix => ({ ok: true, point: { lng: result.longitude, lat: result.latitude }, accuracyMeters: result.accuracy ?? null }),
    (failure: unknown): LocationFix => ({ ok: false, reason: isRefusal(errMsgOf(failure)) ? 'denied' : 'unavailable' }),
  )
  try {
    return await Promise.race([located, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** weapp can pick a place on WeChat's map. */
export const canPickOnMap = true

/** Staff pick a station's place on WeChat's map; null when they cancel or refuse. */
export async function pickOnMap(near?: LngLat): Promise<LngLat | null> {
  if (!(await ensurePrivacyAuthorized())) return null
  try {
    const chosen = await Taro.chooseLocation(near === undefined ? {} : { latitude: near.lat, longitude: near.lng })
    return { lng: chosen.longitude, lat: chosen.latitude }
  } catch {
    return null
  }
}

/** Opens WeChat's map on the station, from where the person can start their own navigation app. */
export function openNavigation(target: NavigationTarget): void {
  void Taro.openLocation({ latitude: target.location.lat, longitude: target.location.lng, name: target.name, address: target.address, scale: 17 }).catch(() => undefined)
}
