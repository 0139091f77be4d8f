import gcoord from 'gcoord'
import { asyncApi, WxFailure, type FakeContext, type WxApi } from './fake-context'
import type { PrivacyFake } from './privacy'

/** A point in GCJ-02, what WeChat's maps use. */
export interface GcjPoint {
  readonly lng: number
  readonly lat: number
}

/** Where the phone is and what the person answers when WeChat asks for their location. */
export interface LocationSettings {
  /**
   * `scope.userLocation`: `allow`/`deny` is the person's answer when WeChat first asks;
   * `granted`/`denied` were answered on an earlier visit.
   */
  readonly permission: 'allow' | 'deny' | 'granted' | 'denied'
  /** The fix, or `unavailable` (GPS off, indoors: WeChat gives up after its timeout). */
  readonly fix: (GcjPoint & { readonly accuracy?: number }) | 'unavailable'
  /** What the person picks on WeChat's map in chooseLocation, or `cancel`. */
  readonly pick?: (GcjPoint & { readonly name: string; readonly address: string }) | 'cancel'
}

/** No location on this phone: the person has not been asked and the GPS finds nothing. */
export const NO_LOCATION: LocationSettings = { permission: 'deny', fix: 'unavailable' }

/** getLocation, chooseLocation, openLocation and the location scope, behind the privacy check. */
export function createLocation(context: FakeContext, privacy: PrivacyFake, settings: LocationSettings) {
  let scope: boolean | null = settings.permission === 'granted' ? true : settings.permission === 'denied' ? false : null
  const opened: Array<Record<string, unknown>> = []
  const asked: string[] = []

  const ensureScope = () => {
    if (scope === null) {
      asked.push('scope.userLocation')
      scope = settings.permission === 'allow'
    }
    if (!scope) throw new WxFailure('auth deny')
  }

  const apis: Record<string, WxApi> = {
    getLocation: asyncApi(context, 'getLocation', async options => {
      await privacy.authorize('getLocation')
      ensureScope()
      if (settings.fix === 'unavailable') throw new WxFailure('timeout')
      const type = options.type === 'gcj02' ? 'gcj02' : 'wgs84'
      const [longitude, latitude] = type === 'gcj02' ? [settings.fix.lng, settings.fix.lat] : gcoord.transform([settings.fix.lng, settings.fix.lat], gcoord.GCJ02, gcoord.WGS84)
      return { longitude, latitude, accuracy: settings.fix.accuracy ?? 30, speed: -1, altitude: 0, verticalAccuracy: 0, horizontalAccuracy: settings.fix.accuracy ?? 30 }
    }),
    chooseLocation: asyncApi(context, 'chooseLocation', async () => {
      await privacy.authorize('chooseLocation')
      if (settings.pick === undefined) context.unexpected('chooseLocation', 'the test did not say what the person picks on the map')
      if (settings.pick === 'cancel') throw new WxFailure('cancel')
      return { name: settings.pick.name, address: settings.pick.address, longitude: settings.pick.lng, latitude: settings.pick.lat }
    }),
    openLocation: asyncApi(context, 'openLocation', options => {
      if (typeof options.latitude !== 'number' || typeof options.longitude !== 'number') throw new WxFailure('parameter error: latitude and longitude should be Number')
      opened.push({ latitude: options.latitude, longitude: options.longitude, name: options.name, address: options.address, scale: options.scale })
      context.changed()
      return {}
    }),
  }
  return {
    apis,
    /** The location scope as `getSetting` reports it: absent until asked. */
    authSetting(): Record<string, boolean> {
      return scope === null ? {} : { 'scope.userLocation': scope }
    },
    /** Places the person opened in WeChat's map (to navigate from there). */
    opened: opened as ReadonlyArray<Readonly<Record<string, unknown>>>,
    /** The permission prompts WeChat showed. */
    asked: asked as readonly string[],
  }
}
