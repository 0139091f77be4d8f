/**
 * The waitlist is kept in arrival order: the ticket each sign-up drew from the course's counter when the
 * function found no place for it (`arrival`), so every instance of the function orders it alike. Ties
 * cannot happen; the enrollment id breaks one all the same. Positions are ranks in that order, so 1 is
 * always next and there is never a gap or a repeat, however people leave.
 */
export interface QueueEntry {
  readonly _id: string
  readonly arrival: number
}

export function compareArrival(a: QueueEntry, b: QueueEntry): number {
  if (a.arrival !== b.arrival) return a.arrival - b.arrival
  return a._id < b._id ? -1 : a._id > b._id ? 1 : 0
}

/** The waiting entries in order, each with its position (1 is next). */
export function rankQueue<T extends QueueEntry>(waiting: readonly T[]): { readonly entry: T; readonly position: number }[] {
  return [...waiting].sort(compareArrival).map((entry, index) => ({ entry, position: index + 1 }))
}

/**
 * A new ticket's position when drawn: its number less the tickets before it that left the queue. Every
 * one who left held an earlier ticket (they were in the queue before this one was drawn).
 */
export function positionOfTicket(ticket: number, gone: number): number {
  return ticket - gone
}
