import { usersContract, type ConsentKind, type MyProfile } from '../../../domain/contracts/users'
import { callAction } from '../../../lib/cloud-client'

/** Records that the person agreed to (or withdrew from) one consent, for one policy version. */
export function recordConsent(kind: ConsentKind, version: string, granted: boolean, requestId?: string): Promise<MyProfile> {
  return callAction(usersContract, 'recordConsent', { kind, version, granted }, { requestId })
}
