import * as v from 'valibot'
import { displayText } from '../contracts/display-text'
import { documentId } from '../contracts/payload-fields'
import type { LngLat } from '../geo/lng-lat'
import { amenityKeySchema, DEFAULT_AMENITY_CATALOGUE, isKnownAmenity, type AmenityCatalogue } from './amenities'
import { storageFileIdSchema } from '../storage/stored-file-id'
import { stationLocationSchema } from './station'

/** What a worker can report about a station, with the words on the button. Data, in display order. */
export const PROBLEM_REPORT_KINDS = [
  { kind: 'closed', label: '驿站关门了' },
  { kind: 'missing-amenity', label: '设施缺失' },
  { kind: 'wrong-location', label: '位置不对' },
  { kind: 'other', label: '其他' },
] as const

export type ProblemReportKind = (typeof PROBLEM_REPORT_KINDS)[number]['kind']

const note = v.pipe(v.string(), displayText({ multiline: true }), v.trim(), v.maxLength(200, '说明最多 200 个字'))

const common = {
  stationId: documentId,
  /** Optional photo, already uploaded to storage. */
  photo: v.optional(storageFileIdSchema),
}

/**
 * Schema for a worker's report, given the amenity catalogue. A missing-amenity report names a
 * known amenity; a wrong-location report may carry where the station really is (GCJ-02);
 * 其他 needs a note, since without one staff cannot act on it.
 */
export function createProblemReportSchema(catalogue: AmenityCatalogue | null = DEFAULT_AMENITY_CATALOGUE) {
  return v.variant('kind', [
    v.strictObject({ ...common, kind: v.literal('closed'), note: v.optional(note) }),
    v.strictObject({
      ...common,
      kind: v.literal('missing-amenity'),
      amenity: catalogue === null ? amenityKeySchema : v.pipe(amenityKeySchema, v.check((key) => isKnownAmenity(catalogue, key), '未知的设施')),
      note: v.optional(note),
    }),
    v.strictObject({ ...common, kind: v.literal('wrong-location'), note: v.optional(note), suggestedLocation: v.optional(stationLocationSchema) }),
    v.strictObject({ ...common, kind: v.literal('other'), note: v.pipe(note, v.minLength(1, '请写一句说明')) }),
  ])
}

/** The report schema with the default amenity catalogue. */
export const problemReportSchema = createProblemReportSchema()

/** The report as a payload is checked at the boundary: amenity keys well formed, not yet looked up in the catalogue. */
export const problemReportPayloadSchema = createProblemReportSchema(null)

export type ProblemReport = v.InferOutput<typeof problemReportSchema>

export const REPORT_STATES = ['open', 'verified', 'resolved', 'rejected'] as const

/** open: new; verified: staff confirmed it; resolved: fixed; rejected: not true or not actionable. */
export type ReportState = (typeof REPORT_STATES)[number]

/**
 * The moves staff may make. A report can be rejected straight from `open` (spam, a station that
 * was open after all) or after checking it; only a verified report can be resolved. Resolved and
 * rejected are final: a recurring problem is a new report.
 */
export const REPORT_TRANSITIONS: Readonly<Record<ReportState, readonly ReportState[]>> = {
  open: ['verified', 'rejected'],
  verified: ['resolved', 'rejected'],
  resolved: [],
  rejected: [],
}

/** True when staff may move a report from `from` to `to`. */
export function canTransitionReport(from: ReportState, to: ReportState): boolean {
  return REPORT_TRANSITIONS[from].includes(to)
}

/** How each state reads to the reporter and to staff. */
export const REPORT_STATE_LABELS: Readonly<Record<ReportState, string>> = {
  open: '待核实',
  verified: '已核实，处理中',
  resolved: '已解决',
  rejected: '未采纳',
}

/** States in which a report still needs staff attention. */
export const PENDING_REPORT_STATES: readonly ReportState[] = ['open', 'verified']

/** The change to a station that settles a report, when staff apply it while resolving. */
export type StationFix =
  | { readonly kind: 'close' }
  | { readonly kind: 'remove-amenity'; readonly amenity: string }
  | { readonly kind: 'move'; readonly location: LngLat }

/** What a stored report says, as far as fixing the station goes. */
export interface ReportFacts {
  readonly kind: ProblemReportKind
  readonly amenity?: string | null
  readonly suggestedLocation?: LngLat | null
}

/**
 * The fix a report calls for: a closed station is marked closed, a missing amenity is taken off
 * its list, a wrong location moves to where staff found it (`staffLocation`) or else to where the
 * reporter said. 其他 has no automatic fix, and neither has a wrong-location report with no place.
 */
export function fixForReport(report: ReportFacts, staffLocation?: LngLat): StationFix | null {
  switch (report.kind) {
    case 'closed':
      return { kind: 'close' }
    case 'missing-amenity':
      return report.amenity ? { kind: 'remove-amenity', amenity: report.amenity } : null
    case 'wrong-location': {
      const location = staffLocation ?? report.suggestedLocation ?? null
      return location === null ? null : { kind: 'move', location }
    }
    case 'other':
      return null
  }
}

/** The station fields a fix changes. */
export interface FixableStation {
  readonly status: 'active' | 'closed'
  readonly amenities: readonly string[]
  readonly location: LngLat
}

/** The station after the fix; fields the fix does not touch are kept. */
export function applyStationFix<T extends FixableStation>(station: T, fix: StationFix): T {
  switch (fix.kind) {
    case 'close':
      return { ...station, status: 'closed' }
    case 'remove-amenity':
      return { ...station, amenities: station.amenities.filter((key) => key !== fix.amenity) }
    case 'move':
      return { ...station, location: { lng: fix.location.lng, lat: fix.location.lat } }
  }
}

/** The fix in words, for the staff button that applies it. */
export function describeStationFix(fix: StationFix, amenityLabel: (key: string) => string): string {
  switch (fix.kind) {
    case 'close':
      return '把驿站标记为暂停开放'
    case 'remove-amenity':
      return `从驿站设施中去掉“${amenityLabel(fix.amenity)}”`
    case 'move':
      return '把驿站位置改到核实的位置'
  }
}

/** What the fix did, in words for the reporter once it is done. */
function doneStationFix(fix: StationFix, amenityLabel: (key: string) => string): string {
  switch (fix.kind) {
    case 'close':
      return '驿站已标记为暂停开放'
    case 'remove-amenity':
      return `驿站设施中已去掉“${amenityLabel(fix.amenity)}”`
    case 'move':
      return '驿站位置已改到核实的位置'
  }
}

/** What a settled report was about, as its reporter knows it. */
export interface SettledReportFacts {
  readonly stationName: string
  readonly kind: ProblemReportKind
}

/**
 * The outcome the reporter is told (and staff see before and after they settle): staff's own
 * words, or plain default words, followed by what was done to the station when a fix was applied,
 * so "已修好" never goes out while the station quietly loses the amenity. Nothing is said about the
 * station when it was left as it was.
 */
export function settlementOutcome(
  report: SettledReportFacts,
  to: 'resolved' | 'rejected',
  staffWords: string | null,
  appliedFix: StationFix | null,
  amenityLabel: (key: string) => string,
): string {
  const kindLabel = PROBLEM_REPORT_KINDS.find(entry => entry.kind === report.kind)?.label ?? '问题'
  const about = `您反馈的“${report.stationName}：${kindLabel}”`
  const words = staffWords ?? (to === 'resolved' ? `${about}已处理，谢谢您。` : `${about}经核实情况不符，谢谢您的关心。`)
  if (to === 'rejected' || appliedFix === null) return words
  const ended = /[。！？!?.…]$/.test(words) ? words : `${words}。`
  return `${ended}${doneStationFix(appliedFix, amenityLabel)}。`
}
