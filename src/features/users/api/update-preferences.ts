import type { PayloadOf } from '../../../domain/contracts/define-contract'
import { usersContract, type MyProfile } from '../../../domain/contracts/users'
import { callAction } from '../../../lib/cloud-client'

export type PreferencesChange = PayloadOf<(typeof usersContract)['actions']['updatePreferences']>

/** Saves display preferences (长辈模式) and the nickname on the server. */
export function updatePreferences(change: PreferencesChange, requestId?: string): Promise<MyProfile> {
  return callAction(usersContract, 'updatePreferences', change, { requestId })
}
