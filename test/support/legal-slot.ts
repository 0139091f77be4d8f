import { userIdFor } from '../../cloudfunctions/runtime/identity'
import type { SlotDocument } from '../../cloudfunctions/legalAid/legal-documents'
import { slotDocumentOf } from '../../cloudfunctions/legalAid/slots-repository'
import { shanghaiParts } from '../../src/domain/time/shanghai-time'

/**
 * A 30-minute slot of the demo lawyer (王律师) starting at `startsAt`, as a roster would make it, to be written
 * straight to the database: for an appointment at a time no roster makes (in ten minutes, or long ago).
 */
export function lawyerSlotAt(id: string, rosterId: string, startsAt: Date, capacity = 2): SlotDocument {
  const parts = shanghaiParts(startsAt)
  return slotDocumentOf(
    {
      id,
      rosterId,
      serviceKey: 'lawyer-on-duty',
      day: parts.dateKey,
      startMinute: parts.minuteOfDay,
      endMinute: parts.minuteOfDay + 30,
      startsAt: startsAt.getTime(),
      endsAt: startsAt.getTime() + 30 * 60_000,
      capacity,
      room: '职工服务中心一楼接待室',
      hostUserId: userIdFor('demo-lawyer'),
    },
    '王律师',
    new Date(),
    null,
  )
}
