import { legalAidContract, type DaySheet } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** 今日接待: a day's slots and who booked them, the host's own or everyone's. */
export function listDay(day: string, scope: DaySheet['scope']): Promise<DaySheet> {
  return callAction(legalAidContract, 'listDay', { day, scope })
}
