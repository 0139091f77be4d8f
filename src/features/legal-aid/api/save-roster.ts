import type { PayloadOf } from '../../../domain/contracts/define-contract'
import { legalAidContract, type SavedRoster } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** A roster's rule as the function takes it. */
export type RosterRuleInput = PayloadOf<(typeof legalAidContract)['actions']['saveRoster']>['rule']

/** Creates (no id) or replaces a roster; its slots are made at once, booked ones left alone. */
export function saveRoster(rule: RosterRuleInput, rosterId: string | null, requestId: string): Promise<SavedRoster> {
  return callAction(legalAidContract, 'saveRoster', { ...(rosterId === null ? {} : { rosterId }), rule }, { requestId })
}
