import * as v from 'valibot'
import { displayText } from '../contracts/display-text'
import { isInsideChina } from '../geo/inside-china'
import { lngLatSchema } from '../geo/lng-lat'
import { dateKeySchema } from '../time/time-schemas'
import { amenityKeyListSchema, amenityListSchema, DEFAULT_AMENITY_CATALOGUE, type AmenityCatalogue } from './amenities'
import { toHalfWidth } from './half-width'
import { openingHoursSchema } from './opening-hours'
import { normalizePhone } from './phone-number'
import { textDigest } from './text-digest'
import { storageFileIdSchema } from '../storage/stored-file-id'

export const STATION_STATUSES = ['active', 'closed'] as const

/** `active`, or `closed` when staff have shut the station until further notice (shown as 暂停开放). */
export type StationStatus = (typeof STATION_STATUSES)[number]

const trimmedText = (maxLength: number, tooLong: string) =>
  v.pipe(v.string(), displayText(), v.trim(), v.minLength(1, '不能为空'), v.maxLength(maxLength, tooLong))

// Codes become document ids (`c-<code>`), so only id-safe characters.
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

/** The federation's own station number, as printed on the plaque or in its register. */
export const stationCodeSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, '编号不能为空'),
  v.maxLength(32, '编号超过 32 个字符'),
  v.regex(CODE_PATTERN, '编号只能包含字母、数字、横线和下划线'),
)

/** A location in GCJ-02 that lies in China (see isInsideChina for the precision). */
export const stationLocationSchema = v.pipe(
  lngLatSchema,
  v.check(isInsideChina, '位置不在中国境内'),
)

/** A phone number, stored in its canonical form (`13800138000`, `0571-87654321`). */
export const stationPhoneSchema = v.pipe(
  v.string(),
  v.maxLength(30, '电话号码太长'),
  v.transform(normalizePhone),
  v.string('电话应为手机号或带区号的固定电话'),
)

function stationEntries(catalogue: AmenityCatalogue | null) {
  return {
    /** Stable register number; when present it is the upsert key. */
    code: v.optional(stationCodeSchema),
    name: trimmedText(40, '名称超过 40 个字'),
    address: trimmedText(100, '地址超过 100 个字'),
    district: v.optional(trimmedText(20, '区县超过 20 个字')),
    location: stationLocationSchema,
    phone: v.optional(stationPhoneSchema),
    hours: openingHoursSchema,
    amenities: catalogue === null ? amenityKeyListSchema : amenityListSchema(catalogue),
    /** Badge text for the standard the station meets, such as 七个一. */
    standard: v.optional(trimmedText(20, '标准超过 20 个字')),
    photos: v.pipe(v.array(storageFileIdSchema), v.maxLength(9, '最多 9 张图片')),
    status: v.picklist(STATION_STATUSES),
    /** The Shanghai date staff last confirmed the station's details on site. */
    lastVerifiedOn: v.optional(dateKeySchema),
  }
}

/** Schema for a station as staff create or replace it, with amenities checked against `catalogue`. */
export function createStationInputSchema(catalogue: AmenityCatalogue = DEFAULT_AMENITY_CATALOGUE) {
  return v.strictObject(stationEntries(catalogue))
}

/**
 * The same station checked for everything but which amenities exist: a cloud function payload is
 * checked with it at the boundary, then against the catalogue the database holds.
 */
export const stationPayloadSchema = v.strictObject(stationEntries(null))

/** Schema for a staff edit that changes some fields; an empty edit is refused. */
export function createStationPatchSchema(catalogue: AmenityCatalogue = DEFAULT_AMENITY_CATALOGUE) {
  return v.pipe(
    v.partial(v.strictObject(stationEntries(catalogue))),
    v.check((patch) => Object.keys(patch).length > 0, '没有要修改的内容'),
  )
}

/** The station schema with the default amenity catalogue. */
export const stationInputSchema = createStationInputSchema()

/** A station as staff enter it: location in GCJ-02, phone canonical. */
export type StationInput = v.InferOutput<typeof stationInputSchema>

export type StationPatch = v.InferOutput<ReturnType<typeof createStationPatchSchema>>

/** A stored station: its fields plus its key, which is also its document id. */
export interface Station extends StationInput {
  readonly id: string
}

/** How names and addresses are compared for identity: half-width, lower-case, no spaces or punctuation. */
function identityText(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s`~!@#$%^&*()\-_=+[\]{}\\|;:'",.<>/?·、，。；：？！“”‘’（）【】《》〈〉「」—–…]/g, '')
}

/**
 * The stable key a station is upserted by, safe as a document id: `c-<code>` when the row has a
 * code (so renaming a station keeps its record), else `n-<digest>` of its normalised name and
 * address, so re-importing the same sheet updates rather than duplicates.
 */
export function stationKey(row: { readonly code?: string | undefined; readonly name: string; readonly address: string }): string {
  const code = row.code?.trim() ?? ''
  if (code !== '') return CODE_PATTERN.test(code) && code.length <= 32 ? `c-${code.toUpperCase()}` : `c-${textDigest(code)}`
  return `n-${textDigest(`${identityText(row.name)}|${identityText(row.address)}`)}`
}
