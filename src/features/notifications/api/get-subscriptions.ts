import { notifyContract, type SubscriptionStatus } from '../../../domain/contracts/notify'
import type { SubscribeTemplateKey } from '../../../domain/notifications/subscribe-templates'
import { callAction } from '../../../lib/cloud-client'

/** The caller's standing with templates, and the WeChat ids to ask for them inside a tap. */
export function getSubscriptions(templateKeys: readonly SubscribeTemplateKey[]): Promise<readonly SubscriptionStatus[]> {
  return callAction(notifyContract, 'getSubscriptions', { templateKeys: [...templateKeys] })
}
