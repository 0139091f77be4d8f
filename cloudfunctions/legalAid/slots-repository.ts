import type { SlotPlan } from '../../src/domain/legal-aid/slot-plan'
import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { typedCollection } from '../runtime/typed-collection'
import { SLOTS_COLLECTION, type SlotDocument } from './legal-documents'

/** A plan as a new, empty, open slot. */
export function slotDocumentOf(plan: SlotPlan, hostName: string, now: Date, closedReason: string | null): SlotDocument {
  return {
    _id: plan.id,
    rosterId: plan.rosterId,
    serviceKey: plan.serviceKey,
    day: plan.day,
    startMinute: plan.startMinute,
    endMinute: plan.endMinute,
    startsAt: new Date(plan.startsAt),
    endsAt: new Date(plan.endsAt),
    capacity: plan.capacity,
    booked: 0,
    holders: [],
    confirmed: [],
    claimedAt: {},
    room: plan.room,
    hostUserId: plan.hostUserId,
    hostName,
    status: closedReason === null ? 'open' : 'closed',
    closedReason,
    createdAt: now,
    updatedAt: now,
  }
}

/** The outcome of claiming a place. */
export type ClaimOutcome = 'claimed' | 'already-held' | 'full' | 'closed' | 'missing'

/** The `legal_slots` collection. */
export function slotsRepository(db: Database) {
  const slots = typedCollection<SlotDocument>(db, SLOTS_COLLECTION)
  const _ = db.command

  return {
    findById: (id: string) => slots.findById(id),
    async findByIds(ids: readonly string[]): Promise<SlotDocument[]> {
      if (ids.length === 0) return []
      return await slots.find({ _id: _.in([...new Set(ids)]) }, { limit: 1000 })
    },
    /** A service's slots from `from` (an instant) through the day `lastDay`, earliest first. */
    async upcomingForService(serviceKey: string, from: Date, lastDay: string): Promise<SlotDocument[]> {
      return await slots.find({ serviceKey, startsAt: _.gt(from), day: _.lte(lastDay) }, { orderBy: [['startsAt', 'asc'], ['_id', 'asc']], limit: 1000 })
    },
    async onDay(day: string, hostUserId: string | null): Promise<SlotDocument[]> {
      const filter: Record<string, unknown> = { day }
      if (hostUserId !== null) filter.hostUserId = hostUserId
      return await slots.find(filter, { orderBy: [['startsAt', 'asc'], ['_id', 'asc']], limit: 1000 })
    },
    async ofRosterOnDay(rosterId: string, day: string): Promise<SlotDocument[]> {
      return await slots.find({ rosterId, day }, { limit: 1000 })
    },
    async ofRosterBetween(rosterId: string, firstDay: string, lastDay: string): Promise<SlotDocument[]> {
      return await slots.find({ rosterId, day: _.and(_.gte(firstDay), _.lte(lastDay)) }, { limit: 1000 })
    },
    /** Slots from `firstDay` on holding claims, for the release of stale ones. */
    async withHoldersFrom(firstDay: string, skip: number, limit: number): Promise<SlotDocument[]> {
      return await slots.find({ day: _.gte(firstDay), booked: _.gt(0) }, { orderBy: [['_id', 'asc']], skip, limit })
    },
    insertMany: (documents: readonly SlotDocument[]) => slots.insertMany(documents),

    /**
     * Claims a place for `caseId` in one atomic conditional update: only while the slot is open, still
     * has the capacity it was read with, fewer than `capacity` places are taken and the case holds none.
     * So N people racing for the last place make exactly one claim.
     */
    async claim(slot: Pick<SlotDocument, '_id' | 'capacity'>, caseId: string, now: Date): Promise<ClaimOutcome> {
      const claimed = await slots.updateWhere(
        { _id: slot._id, status: 'open', capacity: slot.capacity, booked: _.lt(slot.capacity), holders: _.neq(caseId) },
        { booked: _.inc(1), holders: _.push([caseId]), [`claimedAt.${caseId}`]: now, updatedAt: now },
      )
      if (claimed > 0) return 'claimed'
      const current = await slots.findById(slot._id)
      if (current === null) return 'missing'
      if (current.holders.includes(caseId)) return 'already-held'
      if (current.status !== 'open') return 'closed'
      return 'full'
    },
    /** Gives back a place claimed but never confirmed; false when it was not (or no longer) held that way. */
    async release(slotId: string, caseId: string, now: Date): Promise<boolean> {
      const released = await slots.updateWhere(
        { _id: slotId, holders: caseId, confirmed: _.neq(caseId) },
        { booked: _.inc(-1), holders: _.pull(caseId), [`claimedAt.${caseId}`]: _.remove(), updatedAt: now },
      )
      return released > 0
    },
    /** Refreshes an empty slot from its roster; a slot anyone holds a place in is left alone. */
    async refreshIfEmpty(id: string, changes: Pick<SlotDocument, 'capacity' | 'room' | 'hostUserId' | 'hostName'>, now: Date): Promise<boolean> {
      return (await slots.updateWhere({ _id: id, booked: 0 }, { ...changes, updatedAt: now })) > 0
    },
    /** Removes slots a roster no longer makes, unless someone holds a place in them. */
    async removeIfEmpty(ids: readonly string[]): Promise<number> {
      if (ids.length === 0) return 0
      return await slots.removeWhere({ _id: _.in([...ids]), booked: 0 })
    },

    in(transaction: Transaction) {
      const inTransaction = transaction.collection<SlotDocument>(SLOTS_COLLECTION)
      return {
        findById: (id: string) => inTransaction.findById(id),
        /** Confirms a claimed place: the booking and the slot it sits in are decided together. */
        async confirm(id: string, caseId: string, now: Date): Promise<void> {
          await inTransaction.updateById(id, { confirmed: _.push([caseId]), updatedAt: now })
        },
        /** Frees a held place (a cancellation). */
        async free(id: string, caseId: string, now: Date): Promise<void> {
          await inTransaction.updateById(id, { booked: _.inc(-1), holders: _.pull(caseId), confirmed: _.pull(caseId), [`claimedAt.${caseId}`]: _.remove(), updatedAt: now })
        },
        /** Closes the slot and frees every place (the day is closed; its bookings are cancelled with it). */
        async close(id: string, reason: string, now: Date): Promise<void> {
          await inTransaction.updateById(id, { status: 'closed', closedReason: reason, booked: 0, holders: _.set([]), confirmed: _.set([]), claimedAt: _.set({}), updatedAt: now })
        },
        async insert(document: SlotDocument): Promise<void> {
          await inTransaction.insert(document)
        },
      }
    },
  }
}

export type SlotsRepository = ReturnType<typeof slotsRepository>
