import type { LegalAidSettings } from '../../src/domain/legal-aid/legal-aid-settings'
import type { Logger } from '../runtime/logger'
import type { Transaction } from '../runtime/transaction'
import type { LegalAidDependencies } from './legal-aid-dependencies'
import type { CaseDocument, TimelineEntry } from './legal-documents'

/**
 * Cancels a booked case in the transaction of whoever cancels it (the worker, or staff closing a day): the
 * case moves to 已取消 with its timeline entry, the person's open booking is let go, and they get the message,
 * with `apology` when the union cancelled. Null when the case is no longer booked. The slot's place is the
 * caller's to free or close.
 */
export async function cancelBookedCase(
  deps: Pick<LegalAidDependencies, 'cases' | 'bookers' | 'messages'>,
  transaction: Transaction,
  document: CaseDocument,
  entry: TimelineEntry,
  settings: LegalAidSettings,
  now: Date,
  log: Logger,
  apology?: string,
): Promise<CaseDocument | null> {
  if (!(await deps.cases.in(transaction).move(document._id, 'booked', 'cancelled', { releaseSeat: true, finishedAt: now }, entry, now))) return null
  if (document.userId !== null) {
    const bookers = deps.bookers.in(transaction)
    const booker = await bookers.findById(document.userId)
    if (booker !== null) await bookers.save({ ...booker, held: booker.held.filter(held => held.caseId !== document._id), updatedAt: now })
  }
  const cancelled: CaseDocument = { ...document, status: 'cancelled', seatKey: undefined, finishedAt: now, timeline: [...document.timeline, entry], updatedAt: now }
  await deps.messages.statusChanged(transaction, cancelled, settings, now, log, apology)
  return cancelled
}
