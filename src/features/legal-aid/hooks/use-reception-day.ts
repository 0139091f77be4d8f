import { useCallback, useState } from 'react'
import type { DaySheet } from '../../../domain/contracts/legal-aid'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { listDay } from '../api/list-day'

export interface ReceptionDay {
  readonly sheet: RemoteState<DaySheet>
  /** Loads the list again after a step on one of its cases. */
  readonly reload: () => void
}

/** 今日接待: the day's bookings, the host's own or everyone's. */
export function useReceptionDay(day: string, scope: DaySheet['scope']): ReceptionDay {
  const [version, setVersion] = useState(0)
  const sheet = useRemote(() => listDay(day, scope), [day, scope, version], { isEmpty: answer => answer.slots.length === 0 })
  const reload = useCallback(() => setVersion(value => value + 1), [])
  return { sheet, reload }
}
