import type { SlotView } from '../../../domain/contracts/legal-aid'
import { dayWords } from '../../../domain/legal-aid/when-words'

/** How a slot's button reads and is spoken: the time, and how many places are left or that it is full. */
export function slotButtonWords(slot: SlotView): { readonly text: string; readonly spoken: string } {
  const time = `${slot.start}–${slot.end}`
  if (slot.closedReason !== null) return { text: `${time} 暂停`, spoken: `${time}，暂停接待：${slot.closedReason}` }
  if (slot.mine) return { text: `${time} 已约`, spoken: `${time}，您已约了这个时段` }
  if (slot.full) return { text: `${time} 已约满`, spoken: `${time}，已约满` }
  return { text: `${time} 余${slot.placesLeft}`, spoken: `${time}，还剩 ${slot.placesLeft} 个名额` }
}

/** Whether a slot can be chosen for a new booking. */
export function isBookable(slot: SlotView): boolean {
  return slot.closedReason === null && !slot.full && !slot.mine
}

/** `11月4日 周三 09:00–09:30`. */
export function slotWhen(slot: SlotView): string {
  return `${dayWords(slot.day)} ${slot.start}–${slot.end}`
}
