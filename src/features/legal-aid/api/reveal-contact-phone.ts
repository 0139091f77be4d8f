import { legalAidContract } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** The worker's full number, for the host's phone to dial; never shown on a screen. Audited. */
export async function revealContactPhone(caseId: string): Promise<string> {
  return (await callAction(legalAidContract, 'revealContactPhone', { caseId })).phone
}
