import { legalAidContract, type RostersPage } from '../../../domain/contracts/legal-aid'
import { callAction } from '../../../lib/cloud-client'

/** The rosters, with the services, hosts, closed days and settings needed to edit them. */
export function listRosters(): Promise<RostersPage> {
  return callAction(legalAidContract, 'listRosters', {})
}
