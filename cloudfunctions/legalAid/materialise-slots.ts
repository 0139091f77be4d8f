import type { MaterialiseReport } from '../../src/domain/contracts/legal-aid'
import { planSlots } from '../../src/domain/legal-aid/slot-plan'
import type { HolidayCalendar } from '../../src/domain/stations/holiday-calendar'
import { isDuplicateKeyError } from '../runtime/typed-collection'
import { closedReasonFor, type ClosuresRepository } from './closures-repository'
import type { RosterDocument, SlotDocument } from './legal-documents'
import { rosterOf } from './rosters-repository'
import { slotDocumentOf, type SlotsRepository } from './slots-repository'

export interface MaterialiseDependencies {
  readonly slots: SlotsRepository
  readonly closures: ClosuresRepository
}

export const NOTHING_MATERIALISED: MaterialiseReport = { added: 0, updated: 0, removed: 0, keptBooked: 0 }

export function addReports(a: MaterialiseReport, b: MaterialiseReport): MaterialiseReport {
  return { added: a.added + b.added, updated: a.updated + b.updated, removed: a.removed + b.removed, keptBooked: a.keptBooked + b.keptBooked }
}

/** Inserts new slots; one another run inserted first (the timer and a roster save at once) is already there. */
async function insertSlots(slots: SlotsRepository, documents: readonly SlotDocument[]): Promise<number> {
  try {
    await slots.insertMany(documents)
    return documents.length
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
  }
  let inserted = 0
  for (const document of documents) {
    try {
      await slots.insertMany([document])
      inserted += 1
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
    }
  }
  return inserted
}

function differs(slot: SlotDocument, wanted: SlotDocument): boolean {
  return slot.capacity !== wanted.capacity || slot.room !== wanted.room || slot.hostUserId !== wanted.hostUserId || slot.hostName !== wanted.hostName
}

/**
 * Makes a roster's slots from `firstDay` to `lastDay` match its rule: slots it now makes are added,
 * empty ones it changed are refreshed, empty ones it no longer makes (or all of them, for a retired
 * roster) are removed. A slot anyone holds a place in is never changed and never removed: if the rule
 * no longer makes it, it is withdrawn (its bookings stand, nobody new books it), and opened again if the
 * rule makes it once more. Slots already under way are history. Safe to run again at any time: slot ids
 * are deterministic and every write is conditional on the slot's places.
 */
export async function materialiseRoster(
  deps: MaterialiseDependencies,
  roster: RosterDocument,
  window: { readonly firstDay: string; readonly lastDay: string },
  calendar: HolidayCalendar,
  now: Date,
): Promise<MaterialiseReport> {
  const [existing, closures] = await Promise.all([
    deps.slots.ofRosterBetween(roster._id, window.firstDay, window.lastDay),
    deps.closures.between(window.firstDay, window.lastDay),
  ])
  const ahead = (startsAt: number) => startsAt > now.getTime()
  const wanted = planSlots(rosterOf(roster), window.firstDay, window.lastDay, calendar)
    .filter(plan => ahead(plan.startsAt))
    .map(plan => slotDocumentOf(plan, roster.hostName, now, closedReasonFor(closures, plan.day, roster._id)))
  const wantedIds = new Set(wanted.map(slot => slot._id))
  const existingById = new Map(existing.map(slot => [slot._id, slot]))

  const added = await insertSlots(deps.slots, wanted.filter(slot => !existingById.has(slot._id)))
  let updated = 0
  let keptBooked = 0
  for (const slot of wanted) {
    const current = existingById.get(slot._id)
    if (current === undefined) continue
    if (current.status === 'withdrawn' && (await deps.slots.reopenIfWithdrawn(slot._id, now))) updated += 1
    if (!differs(current, slot)) continue
    if (current.booked === 0 && (await deps.slots.refreshIfEmpty(slot._id, { capacity: slot.capacity, room: slot.room, hostUserId: slot.hostUserId, hostName: slot.hostName }, now))) updated += 1
    else keptBooked += 1
  }
  const stale = existing.filter(slot => !wantedIds.has(slot._id) && ahead(slot.startsAt.getTime()))
  const removed = await deps.slots.removeIfEmpty(stale.map(slot => slot._id))
  await deps.slots.withdrawIfBooked(stale.map(slot => slot._id), now)
  return { added, updated, removed, keptBooked: keptBooked + stale.length - removed }
}
