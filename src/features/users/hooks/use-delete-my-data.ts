import type { DeletionReport } from '../../../domain/contracts/users'
import { useAction, type ActionState } from '../../../lib/use-action'
import { deleteMyData } from '../api/delete-my-data'
import { writeLocalConsentVersion } from '../model/consent-storage'
import { declineConsent } from '../model/consent-prompt'
import { resetProfile } from '../model/profile-store'

/**
 * Deletes everything held about the person. Afterwards this phone forgets the consent and the
 * profile, and the consent sheet stays away: nothing is recreated unless the person chooses to use
 * something that keeps personal data again, which asks first.
 */
export function useDeleteMyData(): ActionState<[], DeletionReport> {
  return useAction(async (requestId: string) => {
    const report = await deleteMyData(requestId)
    writeLocalConsentVersion(null)
    declineConsent()
    resetProfile()
    return report
  })
}
