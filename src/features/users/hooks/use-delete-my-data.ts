import type { DeletionReport } from '../../../domain/contracts/users'
import { useAction, type ActionState } from '../../../lib/use-action'
import { deleteMyData, type DeleteConfirmation } from '../api/delete-my-data'
import { writeLocalConsentVersion } from '../model/consent-storage'
import { setConsentDeclined } from '../model/consent-prompt'
import { resetProfile } from '../model/profile-store'

/**
 * Deletes everything held about the person. Afterwards this phone forgets the consent and the
 * profile, and the consent sheet stays away for this launch: nothing is recreated unless the
 * person chooses to use the service again.
 */
export function useDeleteMyData(): ActionState<[confirmation: DeleteConfirmation], DeletionReport> {
  return useAction(async (requestId: string, confirmation: DeleteConfirmation) => {
    const report = await deleteMyData(confirmation, requestId)
    writeLocalConsentVersion(null)
    setConsentDeclined(true)
    resetProfile()
    return report
  })
}
