import { trainingContract, type RosterExport } from '../../../domain/contracts/training'
import { callAction } from '../../../lib/cloud-client'

/** The roster as an XLSX in storage, with a temporary link. */
export function exportRoster(courseId: string): Promise<RosterExport> {
  return callAction(trainingContract, 'exportRoster', { courseId })
}
