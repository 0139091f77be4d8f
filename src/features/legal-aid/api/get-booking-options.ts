import { legalAidContract, type BookingOptions } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** The services, the numbers to call, the rules, and whether the caller may book now. */
export function getBookingOptions(): Promise<BookingOptions> {
  return callAction(legalAidContract, 'getBookingOptions', {})
}
