import type { SlotPlan } from '../../src/domain/legal-aid/slot-plan'
import type { Database } from '../runtime/cloudbase-app'
import type { Transaction } from '../runtime/transaction'
import { isDuplicateKeyError, typedCollection } from '../runtime/typed-collection'
import { CLAIMS_COLLECTION, SLOTS_COLLECTION, type ClaimDocument, type SlotDocument } from './legal-documents'

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

/**
 * The slot's claims made more than `maxAgeMs` ago and not yet known to be booked (a claim's time is kept
 * until it is found booked or given back): the only ones that may be stale.
 */
export function oldClaims(slot: Pick<SlotDocument, 'holders' | 'claimedAt'>, now: Date, maxAgeMs: number): string[] {
  return slot.holders.filter(caseId => {
    const claimedAt = slot.claimedAt[caseId]
    return claimedAt !== undefined && now.getTime() - claimedAt.getTime() > maxAgeMs
  })
}

/** The outcome of claiming a place. */
export type ClaimOutcome = 'claimed' | 'already-held' | 'full' | 'closed' | 'missing'

/** The `legal_slots` collection. */
export function slotsRepository(db: Database) {
  const slots = typedCollection<SlotDocument>(db, SLOTS_COLLECTION)
  const claims = typedCollection<ClaimDocument>(db, CLAIMS_COLLECTION)
  const _ = db.command

  /** How each of these claims ended, by case id; a claim not in the map is still unsettled. */
  async function verdictsOf(caseIds: readonly string[]): Promise<ReadonlyMap<string, ClaimDocument['verdict']>> {
    if (caseIds.length === 0) return new Map()
    const found = await claims.find({ _id: _.in([...new Set(caseIds)]) }, { limit: 1000 })
    return new Map(found.map(claim => [claim._id, claim.verdict]))
  }

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
    /** The slot's claims older than `maxAgeMs` that no booking settled: given up, their places to give back. */
    async staleClaims(slot: Pick<SlotDocument, '_id' | 'holders' | 'claimedAt'>, now: Date, maxAgeMs: number): Promise<string[]> {
      const old = oldClaims(slot, now, maxAgeMs)
      const verdicts = await verdictsOf(old)
      const booked = old.filter(caseId => verdicts.get(caseId) === 'booked')
      // A booked claim is settled for good: its claim time goes, so it never looks old again.
      if (booked.length > 0) await slots.updateWhere({ _id: slot._id }, Object.fromEntries(booked.map(caseId => [`claimedAt.${caseId}`, _.remove()])))
      return old.filter(caseId => verdicts.get(caseId) !== 'booked')
    },
    /**
     * Gives back a place claimed but never booked: first settles the claim as void, so a booking still
     * under way can no longer commit, then frees the place. False when the claim was booked first (the
     * place stays taken) or the place was no longer held.
     */
    async release(slotId: string, caseId: string, now: Date): Promise<boolean> {
      try {
        await claims.insert({ _id: caseId, slotId, verdict: 'void', at: now })
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error
        if ((await claims.findById(caseId))?.verdict !== 'void') return false
      }
      const released = await slots.updateWhere(
        { _id: slotId, holders: caseId },
        { booked: _.inc(-1), holders: _.pull(caseId), [`claimedAt.${caseId}`]: _.remove(), updatedAt: now },
      )
      return released > 0
    },
    /** Refreshes an empty slot from its roster; a slot anyone holds a place in is left alone. */
    async refreshIfEmpty(id: string, changes: Pick<SlotDocument, 'capacity' | 'room' | 'hostUserId' | 'hostName'>, now: Date): Promise<boolean> {
      return (await slots.updateWhere({ _id: id, booked: 0 }, { ...changes, updatedAt: now })) > 0
    },
    /** Stops a slot its roster no longer makes from taking bookings; the places already held stay. */
    async withdrawIfBooked(ids: readonly string[], now: Date): Promise<number> {
      if (ids.length === 0) return 0
      return await slots.updateWhere({ _id: _.in([...ids]), status: 'open', booked: _.gt(0) }, { status: 'withdrawn', updatedAt: now })
    },
    /** Opens a withdrawn slot again: its roster makes it once more. */
    async reopenIfWithdrawn(id: string, now: Date): Promise<boolean> {
      return (await slots.updateWhere({ _id: id, status: 'withdrawn' }, { status: 'open', updatedAt: now })) > 0
    },
    /**
     * Slots starting after `from` (on `firstDay`, its Shanghai day, or later) holding places, of one roster or
     * all: what retiring a roster leaves standing. Found by day (the indexed field), then by the instant.
     */
    async bookedAhead(from: Date, firstDay: string, rosterId: string | null = null): Promise<Pick<SlotDocument, '_id' | 'rosterId' | 'booked' | 'startsAt'>[]> {
      const filter: Record<string, unknown> = { day: _.gte(firstDay), booked: _.gt(0) }
      if (rosterId !== null) filter.rosterId = rosterId
      const found: Pick<SlotDocument, '_id' | 'rosterId' | 'booked' | 'startsAt'>[] = []
      for (let skip = 0; ; skip += 1000) {
        const page: Pick<SlotDocument, '_id' | 'rosterId' | 'booked' | 'startsAt'>[] = await slots.find(filter, {
          orderBy: [['_id', 'asc']],
          skip,
          limit: 1000,
          fields: { rosterId: true, booked: true, startsAt: true },
        })
        found.push(...page.filter(slot => slot.startsAt.getTime() > from.getTime()))
        if (page.length < 1000) return found
      }
    },
    /** Removes slots a roster no longer makes, unless someone holds a place in them. */
    async removeIfEmpty(ids: readonly string[]): Promise<number> {
      if (ids.length === 0) return 0
      return await slots.removeWhere({ _id: _.in([...ids]), booked: 0 })
    },

    in(transaction: Transaction) {
      const inTransaction = transaction.collection<SlotDocument>(SLOTS_COLLECTION)
      const claimsInTransaction = transaction.collection<ClaimDocument>(CLAIMS_COLLECTION)
      return {
        findById: (id: string) => inTransaction.findById(id),
        /** The claim's verdict once settled, null while it is not. */
        async verdictOf(caseId: string): Promise<ClaimDocument['verdict'] | null> {
          return (await claimsInTransaction.findById(caseId))?.verdict ?? null
        },
        /**
         * Settles a claim with the change it belongs to: `booked` with the booking, `void` with a closed day.
         * If the other verdict is written meanwhile, this transaction starts over and finds it.
         */
        async settleClaim(caseId: string, slotId: string, verdict: ClaimDocument['verdict'], now: Date): Promise<void> {
          await claimsInTransaction.insert({ _id: caseId, slotId, verdict, at: now })
        },
        /** Frees a held place (a cancellation). */
        async free(id: string, caseId: string, now: Date): Promise<void> {
          await inTransaction.updateById(id, { booked: _.inc(-1), holders: _.pull(caseId), [`claimedAt.${caseId}`]: _.remove(), updatedAt: now })
        },
        /** Closes the slot and frees every place (the day is closed; its bookings are cancelled with it). */
        async close(id: string, reason: string, now: Date): Promise<void> {
          await inTransaction.updateById(id, { status: 'closed', closedReason: reason, booked: 0, holders: _.set([]), claimedAt: _.set({}), updatedAt: now })
        },
        async insert(document: SlotDocument): Promise<void> {
          await inTransaction.insert(document)
        },
      }
    },
  }
}

export type SlotsRepository = ReturnType<typeof slotsRepository>
