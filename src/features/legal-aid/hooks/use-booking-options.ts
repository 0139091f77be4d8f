import type { BookingOptions } from '../../../domain/contracts/legal-aid'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { getBookingOptions } from '../api/get-booking-options'

/** What the booking page needs before the first slot: services, numbers, rules, a pause. */
export function useBookingOptions(): RemoteState<BookingOptions> {
  return useRemote(() => getBookingOptions(), [], { isEmpty: options => options.services.length === 0 })
}
