import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { StaffCase } from '../../../domain/contracts/legal-aid'
import { useAction, type ActionState } from '../../../lib/use-action'
import { getCase } from '../api/get-case'
import { revealContactPhone } from '../api/reveal-contact-phone'

export interface CaseForHost {
  /** The case opened in full (its description), or null until asked: every opening is audited. */
  readonly opened: StaffCase | null
  readonly open: ActionState<[], StaffCase>
  /** Dials the worker: the number is fetched (audited) and handed to the phone, never shown. */
  readonly call: ActionState<[], void>
}

export function useCaseForHost(caseId: string): CaseForHost {
  const [opened, setOpened] = useState<StaffCase | null>(null)
  const open = useAction(async () => {
    const result = await getCase(caseId)
    setOpened(result)
    return result
  })
  const call = useAction(async () => {
    const phoneNumber = await revealContactPhone(caseId)
    await Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
  })
  return { opened, open, call }
}
