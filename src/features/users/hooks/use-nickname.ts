import type { MyProfile } from '../../../domain/contracts/users'
import { useAction, type ActionState } from '../../../lib/use-action'
import { updatePreferences } from '../api/update-preferences'
import { setProfile } from '../model/profile-store'

/** Changes the name the service calls the person by (PIPL art. 46: correcting one's data). */
export function useChangeNickname(): ActionState<[nickname: string], MyProfile> {
  return useAction(async (requestId: string, nickname: string) => {
    const profile = await updatePreferences({ nickname }, requestId)
    setProfile(profile)
    return profile
  })
}
