import { useAction } from '../../../lib/use-action'
import { setElderMode, useElderMode } from '../../../ui/text-scale'
import { toast } from '../../../ui/toast'
import { updatePreferences } from '../api/update-preferences'
import { getProfileState, setProfile } from '../model/profile-store'

export interface ElderModeSetting {
  readonly on: boolean
  readonly saving: boolean
  readonly change: (on: boolean) => void
}

/**
 * 长辈模式: applied on this phone at once (no waiting on the network to read bigger text), then
 * saved to the profile so it follows the person to another phone. If saving fails the phone keeps
 * the choice and says the server did not get it; the next change tries again.
 */
export function useElderModeSetting(): ElderModeSetting {
  const on = useElderMode()
  const save = useAction((requestId: string, largeText: boolean) => updatePreferences({ largeText }, requestId))

  const change = (next: boolean) => {
    setElderMode(next)
    if (getProfileState().status !== 'ready') return
    void save.run(next).then(profile => {
      if (profile === undefined) {
        toast.failure('已在本机生效，暂时没能保存到账号')
        return
      }
      setProfile(profile)
    })
  }

  return { on, saving: save.pending, change }
}
