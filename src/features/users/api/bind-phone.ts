import { usersContract, type MyProfile } from '../../../domain/contracts/users'
import { callAction } from '../../../lib/cloud-client'

/**
 * Exchanges the one-time code from WeChat's phone-number button for the number, on the server.
 * (Locally the emulator maps an 11-digit code to that number.)
 */
export function bindPhone(code: string, requestId?: string): Promise<MyProfile> {
  return callAction(usersContract, 'bindPhone', { code }, { requestId })
}
