import type { MyProfile } from '../../../domain/contracts/users'
import { useAction, type ActionState } from '../../../lib/use-action'
import { bindPhone } from '../api/bind-phone'
import { setProfile } from '../model/profile-store'

/** Binds the phone number from WeChat's one-time code (or, locally, a typed demo number). */
export function useBindPhone(): ActionState<[code: string], MyProfile> {
  return useAction(async (requestId: string, code: string) => {
    const profile = await bindPhone(code, requestId)
    setProfile(profile)
    return profile
  })
}
