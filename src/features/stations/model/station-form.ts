import * as v from 'valibot'
import type { StationDetail } from '../../../domain/contracts/stations'
import { toGcj02, type SourceCrs } from '../../../domain/geo/coordinates'
import { isInsideChina } from '../../../domain/geo/inside-china'
import type { LngLat } from '../../../domain/geo/lng-lat'
import { stationPayloadSchema, type StationInput, type StationStatus } from '../../../domain/stations/station'
import { draftFromHours, hoursFromDraft, NEW_HOURS_ROW, type HoursDraft } from './hours-editor'

/** The station form as staff fill it in: every field as typed. */
export interface StationForm {
  readonly code: string
  readonly name: string
  readonly address: string
  readonly district: string
  readonly phone: string
  readonly standard: string
  /** Longitude and latitude as typed, in `crs`; a place picked on the map fills them in GCJ-02. */
  readonly lng: string
  readonly lat: string
  readonly crs: SourceCrs
  readonly hours: HoursDraft
  readonly amenities: readonly string[]
  readonly photos: readonly string[]
  readonly status: StationStatus
  readonly verifiedToday: boolean
}

/** Which coordinate system typed numbers are in, in the words staff know them by. */
export const CRS_CHOICES: readonly { readonly crs: SourceCrs; readonly label: string }[] = [
  { crs: 'gcj02', label: '腾讯/高德/微信地图' },
  { crs: 'wgs84', label: 'GPS 原始坐标' },
  { crs: 'bd09', label: '百度地图' },
]

export const EMPTY_STATION_FORM: StationForm = {
  code: '',
  name: '',
  address: '',
  district: '',
  phone: '',
  standard: '七个一',
  lng: '',
  lat: '',
  crs: 'gcj02',
  hours: { allDay: false, rows: [NEW_HOURS_ROW], closedOnHolidays: false, exceptions: [] },
  amenities: ['water', 'hot-meal', 'rest', 'charging', 'toilet', 'first-aid', 'heating-cooling'],
  photos: [],
  status: 'active',
  verifiedToday: true,
}

/** The form filled from a stored station. */
export function formFromStation(station: StationDetail): StationForm {
  return {
    code: station.code ?? '',
    name: station.name,
    address: station.address,
    district: station.district ?? '',
    phone: station.phone ?? '',
    standard: station.standard ?? '',
    lng: station.location.lng.toFixed(6),
    lat: station.location.lat.toFixed(6),
    crs: 'gcj02',
    hours: draftFromHours(station.hours),
    amenities: station.amenities,
    photos: station.photos.map(photo => photo.fileId),
    status: station.status,
    verifiedToday: false,
  }
}

/** A place picked on the map (GCJ-02) written into the form. */
export function withPickedLocation(form: StationForm, point: LngLat): StationForm {
  return { ...form, lng: point.lng.toFixed(6), lat: point.lat.toFixed(6), crs: 'gcj02' }
}

export type StationFormField = 'name' | 'address' | 'district' | 'code' | 'phone' | 'standard' | 'location' | 'hours' | 'amenities' | 'photos'

export type StationFormResult =
  | { readonly ok: true; readonly station: StationInput }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<StationFormField, string>>> }

/** The typed coordinates converted to GCJ-02, or why they cannot be used. */
export function formLocation(form: Pick<StationForm, 'lng' | 'lat' | 'crs'>): { ok: true; point: LngLat } | { ok: false; reason: string } {
  const lng = Number(form.lng.trim())
  const lat = Number(form.lat.trim())
  if (form.lng.trim() === '' || form.lat.trim() === '') return { ok: false, reason: '请在地图上选点，或填写经度和纬度' }
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) return { ok: false, reason: '经纬度应为数字，例如 112.239 和 30.327' }
  // Swapped columns are the commonest slip (China's latitudes are all below 54, its longitudes above 73).
  if (isInsideChina({ lng: lat, lat: lng }) && !isInsideChina({ lng, lat })) return { ok: false, reason: '经度和纬度可能填反了' }
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return { ok: false, reason: '经纬度超出范围，例如 112.239 和 30.327' }
  const point = toGcj02({ lng, lat }, form.crs)
  if (!isInsideChina(point)) return { ok: false, reason: '这个位置不在中国境内，请检查经纬度' }
  return { ok: true, point }
}

const FIELD_OF_KEY: Readonly<Record<string, StationFormField>> = {
  name: 'name', address: 'address', district: 'district', code: 'code', phone: 'phone', standard: 'standard',
  location: 'location', hours: 'hours', amenities: 'amenities', photos: 'photos',
}

/** The form as a station to save, or the message to show beside each field that needs fixing. */
export function stationFromForm(form: StationForm): StationFormResult {
  const errors: Partial<Record<StationFormField, string>> = {}
  const location = formLocation(form)
  if (!location.ok) errors.location = location.reason
  const hours = hoursFromDraft(form.hours)
  if (!hours.ok) errors.hours = hours.reason
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim())
  const candidate = {
    ...(optional(form.code) === undefined ? {} : { code: optional(form.code) }),
    name: form.name,
    address: form.address,
    ...(optional(form.district) === undefined ? {} : { district: optional(form.district) }),
    location: location.ok ? location.point : { lng: 0, lat: 0 },
    ...(optional(form.phone) === undefined ? {} : { phone: optional(form.phone) }),
    hours: hours.ok ? hours.hours : { kind: 'always' as const },
    amenities: [...form.amenities],
    ...(optional(form.standard) === undefined ? {} : { standard: optional(form.standard) }),
    photos: [...form.photos],
    status: form.status,
  }
  const parsed = v.safeParse(stationPayloadSchema, candidate)
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const key = issue.path?.[0]?.key
      const field = typeof key === 'string' ? FIELD_OF_KEY[key] : undefined
      if (field !== undefined && errors[field] === undefined && field !== 'location' && field !== 'hours') errors[field] = issue.message
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors: Object.keys(errors).length > 0 ? errors : { name: '请检查填写的内容' } }
  return { ok: true, station: parsed.output }
}
