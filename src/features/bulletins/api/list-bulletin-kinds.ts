import { bulletinsContract } from '../../../domain/contracts/bulletins'
import type { BulletinKind } from '../../../domain/bulletins/bulletin-kinds'
import { callAction } from '../../../lib/cloud-client'

/** The kinds of news in filter order (工作简报, 通知公告…). */
export function listBulletinKinds(): Promise<readonly BulletinKind[]> {
  return callAction(bulletinsContract, 'listKinds', {})
}
