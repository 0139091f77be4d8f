import type { SubscriptionStatus } from '../../src/domain/contracts/notify'
import { SUBSCRIBE_TEMPLATES, type SubscribeDecision, type SubscribeTemplateKey } from '../../src/domain/notifications/subscribe-templates'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import type { TemplateIdOf } from '../runtime/notifications/template-ids'
import { subscriptionsIn, type SubscriptionDocument, type SubscriptionsRepository } from '../runtime/repositories/subscriptions-repository'
import { signedInUser } from '../runtime/signed-in-user'

export interface SubscriptionServiceDependencies {
  readonly subscriptions: Pick<SubscriptionsRepository, 'find'>
  readonly templateIdOf: TemplateIdOf
  readonly now: () => Date
}

/**
 * The credits ledger as the person builds it: the app asks WeChat inside a tap, reports the answer here,
 * and each 允许 becomes one credit of that template (for the template id configured now). A no, a ban or
 * a filtered template add nothing. Messages spend the credits (see the outbox).
 */
export function subscriptionService(deps: SubscriptionServiceDependencies) {
  function status(templateKey: SubscribeTemplateKey, stored: SubscriptionDocument | null): SubscriptionStatus {
    const template = SUBSCRIBE_TEMPLATES[templateKey]
    const templateId = deps.templateIdOf(templateKey)
    // Credits granted for another template id cannot be spent on this one.
    const credits = stored !== null && stored.templateId === templateId ? stored.credits : 0
    return { templateKey, templateId, title: template.title, promise: template.promise, enabled: stored?.enabled ?? false, credits }
  }

  return {
    async list(templateKeys: readonly SubscribeTemplateKey[], context: CallerContext): Promise<SubscriptionStatus[]> {
      const { userId } = signedInUser(context)
      const unique = [...new Set(templateKeys)]
      return await Promise.all(unique.map(async key => status(key, await deps.subscriptions.find(userId, key))))
    },

    async record(templateKey: SubscribeTemplateKey, decision: SubscribeDecision, context: CallerContext): Promise<SubscriptionStatus> {
      const { userId } = signedInUser(context)
      const now = deps.now()
      const subscriptions = subscriptionsIn(transactionOf(context))
      if (decision === 'accept') await subscriptions.accept(userId, templateKey, deps.templateIdOf(templateKey), now)
      else await subscriptions.decline(userId, templateKey, decision, now)
      return status(templateKey, await subscriptions.find(userId, templateKey))
    },
  }
}
