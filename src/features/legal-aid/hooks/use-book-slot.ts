import type { MyCase } from '../../../domain/contracts/legal-aid'
import { useAction, type ActionState } from '../../../lib/use-action'
import { bookSlot, type BookSlotPayload } from '../api/book-slot'

/** Books a place; a retry after a lost answer is the same request and returns the same booking. */
export function useBookSlot(): ActionState<[payload: BookSlotPayload], MyCase> {
  return useAction((requestId: string, payload: BookSlotPayload) => bookSlot(payload, requestId))
}
