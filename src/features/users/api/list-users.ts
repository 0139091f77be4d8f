import type { ResultOf } from '../../../domain/contracts/define-contract'
import { usersContract } from '../../../domain/contracts/users'
import { callAction } from '../../../lib/cloud-client'

/** One page of the admin user list and the cursor of the next one (null on the last page). */
export type UserPage = ResultOf<(typeof usersContract)['actions']['listUsers']>

/**
 * Admin only: people whose nickname contains `search`, or whose phone ends in it when it is four
 * digits; everyone when it is empty. Newest first, a page at a time.
 */
export function listUsers(search: string, cursor?: string): Promise<UserPage> {
  return callAction(usersContract, 'listUsers', {
    ...(search === '' ? {} : { search }),
    ...(cursor === undefined ? {} : { cursor }),
  })
}
