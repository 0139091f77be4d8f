import * as v from 'valibot'
import { documentId } from '../contracts/payload-fields'
import { amenityKeySchema, DEFAULT_AMENITY_CATALOGUE, isKnownAmenity, type AmenityCatalogue } from './amenities'
import { stationLocationSchema, storageFileIdSchema } from './station'

/** What a worker can report about a station, with the words on the button. Data, in display order. */
export const PROBLEM_REPORT_KINDS = [
  { kind: 'closed', label: '驿站关门了' },
  { kind: 'missing-amenity', label: '设施缺失' },
  { kind: 'wrong-location', label: '位置不对' },
  { kind: 'other', label: '其他' },
] as const

export type ProblemReportKind = (typeof PROBLEM_REPORT_KINDS)[number]['kind']

const note = v.pipe(v.string(), v.trim(), v.maxLength(200, '说明最多 200 个字'))

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
export function createProblemReportSchema(catalogue: AmenityCatalogue = DEFAULT_AMENITY_CATALOGUE) {
  return v.variant('kind', [
    v.strictObject({ ...common, kind: v.literal('closed'), note: v.optional(note) }),
    v.strictObject({
      ...common,
      kind: v.literal('missing-amenity'),
      amenity: v.pipe(amenityKeySchema, v.check((key) => isKnownAmenity(catalogue, key), '未知的设施')),
      note: v.optional(note),
    }),
    v.strictObject({ ...common, kind: v.literal('wrong-location'), note: v.optional(note), suggestedLocation: v.optional(stationLocationSchema) }),
    v.strictObject({ ...common, kind: v.literal('other'), note: v.pipe(note, v.minLength(1, '请写一句说明')) }),
  ])
}

/** The report schema with the default amenity catalogue. */
export const problemReportSchema = createProblemReportSchema()

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
