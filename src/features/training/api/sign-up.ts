import type { PayloadOf } from '../../../domain/contracts/define-contract'
import { trainingContract, type MyEnrollment } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

export type SignUpPayload = PayloadOf<(typeof trainingContract)['actions']['signUp']>

/** Signs the caller up: a place if one is free, else the waitlist; the same requestId replays the answer. */
export function signUp(payload: SignUpPayload, requestId: string): Promise<MyEnrollment> {
  return callAction(trainingContract, 'signUp', payload, { requestId })
}
