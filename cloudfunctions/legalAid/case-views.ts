import type { CallNumbers, CaseRow, CaseTimelineEntry, MyCase, MyCaseSummary, SlotView, StaffCase } from '../../src/domain/contracts/legal-aid'
import { UNION_HOTLINE } from '../../src/domain/contracts/union-hotline'
import { canCancelAt, cancelDeadline } from '../../src/domain/legal-aid/cancel-cutoff'
import { outcomeOf, satisfactionLabel } from '../../src/domain/legal-aid/case-outcomes'
import { caseStatusLabel } from '../../src/domain/legal-aid/case-status'
import { timelineNote } from '../../src/domain/legal-aid/case-timeline'
import { caseTypeLabel } from '../../src/domain/legal-aid/case-types'
import type { LegalAidSettings } from '../../src/domain/legal-aid/legal-aid-settings'
import { minutesToClockTime } from '../../src/domain/time/clock-time'
import type { CaseDocument, SlotDocument, TimelineEntry } from './legal-documents'

export function callNumbers(settings: LegalAidSettings): CallNumbers {
  return { hotline: UNION_HOTLINE, centrePhone: settings.centrePhone, centreName: settings.centreName }
}

/** Who moved a case, in the worker's words: never a staff member's id. */
function byWords(entry: TimelineEntry): string {
  switch (entry.byRole) {
    case 'self':
    case 'worker':
      return '本人'
    case 'lawyer':
      return '律师'
    case 'staff':
    case 'admin':
      return '工作人员'
    default:
      return '系统'
  }
}

function timelineView(entries: readonly TimelineEntry[] | undefined, outcomeKind: string | null): CaseTimelineEntry[] {
  return (entries ?? []).map(entry => ({
    status: entry.status,
    label: caseStatusLabel(entry.status, entry.assigneeKind),
    at: entry.at.toISOString(),
    by: byWords(entry),
    note: timelineNote(entry, outcomeKind),
  }))
}

export function toMyCaseSummary(document: CaseDocument): MyCaseSummary {
  return {
    id: document._id,
    serviceName: document.serviceName,
    caseTypeLabel: caseTypeLabel(document.caseType),
    day: document.day,
    start: minutesToClockTime(document.startMinute),
    end: minutesToClockTime(document.endMinute),
    status: document.status,
    statusLabel: caseStatusLabel(document.status, document.assignee?.kind ?? null),
  }
}

export function toMyCase(document: CaseDocument, settings: LegalAidSettings, now: Date): MyCase {
  const startsAt = document.startsAt.getTime()
  const outcome = document.outcomeKind === null ? null : outcomeOf(document.outcomeKind)
  return {
    ...toMyCaseSummary(document),
    serviceKey: document.serviceKey,
    serviceMode: document.serviceMode,
    caseType: document.caseType,
    startsAt: document.startsAt.toISOString(),
    endsAt: document.endsAt.toISOString(),
    room: document.room,
    hostName: document.hostName,
    contactName: document.contactName ?? null,
    phoneMasked: document.phoneMasked ?? null,
    employer: document.employer ?? null,
    description: document.description ?? null,
    photoCount: document.photos?.length ?? 0,
    assignee: document.assignee === null ? null : { name: document.assignee.name, kind: document.assignee.kind },
    outcome: outcome === null ? null : { kind: outcome.key, label: outcome.label, plain: outcome.plain, note: document.outcomeNote ?? null },
    rating: document.rating === null ? null : { score: document.rating.score, label: satisfactionLabel(document.rating.score), comment: document.ratingComment ?? null },
    timeline: timelineView(document.timeline, document.outcomeKind),
    cancel: {
      allowed: document.status === 'booked' && canCancelAt(startsAt, now.getTime(), settings.cancelCutoffMinutes),
      deadline: new Date(cancelDeadline(startsAt, settings.cancelCutoffMinutes)).toISOString(),
    },
    canRate: document.status === 'closed' && document.rating === null && document.userId !== null,
    numbers: callNumbers(settings),
    createdAt: document.createdAt.toISOString(),
  }
}

export function toStaffCase(document: CaseDocument, settings: LegalAidSettings, now: Date, photoLinks: ReadonlyMap<string, string | null>): StaffCase {
  return {
    ...toMyCase(document, settings, now),
    hostUserId: document.hostUserId,
    assigneeUserId: document.assignee?.userId ?? null,
    photos: (document.photos ?? []).map(fileId => ({ fileId, url: photoLinks.get(fileId) ?? null })),
    consent: document.consent == null ? null : { version: document.consent.version, grantedAt: document.consent.grantedAt.toISOString() },
    workerUserId: document.userId,
    anonymised: document.anonymisedAt !== undefined || document.userId === null,
  }
}

export function toCaseRow(document: CaseDocument): CaseRow {
  return {
    caseId: document._id,
    day: document.day,
    start: minutesToClockTime(document.startMinute),
    end: minutesToClockTime(document.endMinute),
    serviceName: document.serviceName,
    status: document.status,
    statusLabel: caseStatusLabel(document.status, document.assignee?.kind ?? null),
    caseTypeLabel: caseTypeLabel(document.caseType),
    contactName: document.contactName ?? null,
    phoneMasked: document.phoneMasked ?? null,
    employer: document.employer ?? null,
    hasDescription: typeof document.description === 'string' && document.description !== '',
    photoCount: document.photos?.length ?? 0,
  }
}

export function toSlotView(slot: SlotDocument, hostName: string, mine: boolean): SlotView {
  const placesLeft = Math.max(0, slot.capacity - slot.booked)
  return {
    slotId: slot._id,
    serviceKey: slot.serviceKey,
    day: slot.day,
    start: minutesToClockTime(slot.startMinute),
    end: minutesToClockTime(slot.endMinute),
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    room: slot.room,
    hostName,
    capacity: slot.capacity,
    placesLeft,
    full: slot.status === 'open' && placesLeft === 0,
    closedReason: slot.status === 'closed' ? slot.closedReason ?? '暂停接待' : null,
    mine,
  }
}
