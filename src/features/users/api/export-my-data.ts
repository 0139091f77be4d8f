import { usersContract, type MyDataExport } from '../../../domain/contracts/users'
import { callAction } from '../../../lib/cloud-client'

/** Everything the service holds about the caller (PIPL art. 45: the right to access and copy). */
export function exportMyData(): Promise<MyDataExport> {
  return callAction(usersContract, 'exportMyData', {})
}
