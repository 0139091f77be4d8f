/**
 * The waitlist is kept in arrival order: when the function first saw each sign-up (`arrival`, in
 * microseconds), ties broken by the enrollment id, so every instance of the function orders it alike.
 * Positions are ranks in that order, so 1 is always next and there is never a gap or a repeat,
 * however people leave.
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

/** An arrival stamp with sub-millisecond resolution, comparable across processes on one clock. */
export function arrivalStamp(epochMs: number): number {
  return Math.round(epochMs * 1000)
}
