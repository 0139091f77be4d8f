import type { Certificate } from '../../../domain/contracts/training'
import { useRemote, type RemoteState } from '../../../lib/use-remote'
import { getCertificate } from '../api/get-certificate'

/** The caller's completion certificate for one course. */
export function useCertificate(courseId: string): RemoteState<Certificate> {
  return useRemote(() => getCertificate(courseId), [courseId], { isEmpty: () => false })
}
