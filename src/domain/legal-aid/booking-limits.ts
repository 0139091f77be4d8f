/** A booking a person holds, as far as the limits care: its place in time. */
export interface HeldBooking {
  readonly caseId: string
  readonly slotId: string
  /** Epoch milliseconds. */
  readonly startsAt: number
  readonly endsAt: number
}

/** Why a person cannot book a slot. */
export type BookingRefusal =
  | { readonly kind: 'same-slot'; readonly held: HeldBooking }
  | { readonly kind: 'overlap'; readonly held: HeldBooking }
  | { readonly kind: 'too-many'; readonly max: number }

/** Two half-open spans of time share a moment. */
export function overlaps(a: Pick<HeldBooking, 'startsAt' | 'endsAt'>, b: Pick<HeldBooking, 'startsAt' | 'endsAt'>): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt
}

/** The bookings still ahead or under way at `now`; those that ended no longer hold anything. */
export function openBookings(held: readonly HeldBooking[], now: number): HeldBooking[] {
  return held.filter(booking => booking.endsAt > now)
}

/**
 * Whether a person holding `held` may book `candidate` at `now`: not the same slot twice, nothing that
 * overlaps one they hold (one person cannot be in two rooms), and at most `maxOpen` open bookings.
 */
export function bookingRefusal(held: readonly HeldBooking[], candidate: Omit<HeldBooking, 'caseId'>, now: number, maxOpen: number): BookingRefusal | null {
  const open = openBookings(held, now)
  const same = open.find(booking => booking.slotId === candidate.slotId)
  if (same !== undefined) return { kind: 'same-slot', held: same }
  const clash = open.find(booking => overlaps(booking, candidate))
  if (clash !== undefined) return { kind: 'overlap', held: clash }
  if (open.length >= maxOpen) return { kind: 'too-many', max: maxOpen }
  return null
}
