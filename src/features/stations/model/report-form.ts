import type { PayloadOf } from '../../../domain/contracts/define-contract'
import type { stationsContract } from '../../../domain/contracts/stations'
import type { LngLat } from '../../../domain/geo/lng-lat'
import type { ProblemReportKind } from '../../../domain/stations/problem-report'

export type ReportPayload = PayloadOf<(typeof stationsContract)['actions']['reportProblem']>

/** The report as the person fills it in. */
export interface ReportDraft {
  readonly kind: ProblemReportKind | null
  readonly amenity: string | null
  readonly note: string
  readonly photo: string | null
  /** Where the person stands, offered for a wrong-location report (GCJ-02). */
  readonly suggestedLocation: LngLat | null
}

export const EMPTY_REPORT: ReportDraft = { kind: null, amenity: null, note: '', photo: null, suggestedLocation: null }

export const NOTE_MAX = 200

/** What is still missing before the report can be sent, in words; null when it is ready. */
export function reportProblemWith(draft: ReportDraft): string | null {
  if (draft.kind === null) return '请先选一个问题'
  if (draft.kind === 'missing-amenity' && draft.amenity === null) return '请选缺了哪样设施'
  if (draft.kind === 'other' && draft.note.trim() === '') return '请写一句说明，工作人员才好处理'
  if (draft.note.trim().length > NOTE_MAX) return `说明最多 ${NOTE_MAX} 个字`
  return null
}

/** The payload for `reportProblem`; call only when reportProblemWith says nothing is missing. */
export function reportPayload(stationId: string, draft: ReportDraft): ReportPayload | null {
  if (reportProblemWith(draft) !== null || draft.kind === null) return null
  const note = draft.note.trim()
  const common = { stationId, ...(draft.photo === null ? {} : { photo: draft.photo }) }
  switch (draft.kind) {
    case 'closed':
      return { ...common, kind: 'closed', ...(note === '' ? {} : { note }) }
    case 'missing-amenity':
      return draft.amenity === null ? null : { ...common, kind: 'missing-amenity', amenity: draft.amenity, ...(note === '' ? {} : { note }) }
    case 'wrong-location':
      return {
        ...common,
        kind: 'wrong-location',
        ...(note === '' ? {} : { note }),
        ...(draft.suggestedLocation === null ? {} : { suggestedLocation: draft.suggestedLocation }),
      }
    case 'other':
      return { ...common, kind: 'other', note }
  }
}
