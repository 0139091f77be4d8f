import { usersContract, type MyProfile } from '../../../domain/contracts/users'
import { callAction } from '../../../lib/cloud-client'

/** The caller's profile; the server creates it on the first call. */
export function getMe(): Promise<MyProfile> {
  return callAction(usersContract, 'getMe', {})
}
