import type { NewIssueAlert } from '../../src/domain/contracts/bulletins'
import { NEW_BULLETIN_TEMPLATE, type SubscribeDecision } from '../../src/domain/notifications/subscribe-templates'
import { transactionOf, type CallerContext } from '../runtime/create-function'
import type { SubscriptionsRepository } from '../runtime/repositories/subscriptions-repository'
import { signedInUser } from '../runtime/signed-in-user'

export interface AlertServiceDependencies {
  readonly subscriptions: SubscriptionsRepository
  /** The WeChat template id of the new-issue template on this deployment, or null (see `configuredTemplateId`). */
  readonly templateId: () => string | null
  readonly now: () => Date
}

/**
 * "Notify me of new issues": the person's consent as WeChat gave it, one credit per 允许, stored in
 * `subscriptions` for the notifications outbox to spend. Nothing is sent here.
 */
export function alertService(deps: AlertServiceDependencies) {
  const template = NEW_BULLETIN_TEMPLATE

  /** The switch as stored, read through `find` (inside a change's transaction, its own write). */
  async function current(userId: string, find: SubscriptionsRepository['find'] = deps.subscriptions.find): Promise<NewIssueAlert> {
    const templateId = deps.templateId()
    const stored = await find(userId, template.key)
    // Credits granted for another template id cannot be spent on this one.
    const credits = stored !== null && stored.templateId === templateId ? stored.credits : 0
    return { templateKey: template.key, templateId, enabled: stored?.enabled ?? false, credits }
  }

  return {
    async get(context: CallerContext): Promise<NewIssueAlert> {
      return await current(signedInUser(context).userId)
    },

    async recordChoice(decision: SubscribeDecision, context: CallerContext): Promise<NewIssueAlert> {
      const { userId } = signedInUser(context)
      const now = deps.now()
      const subscriptions = deps.subscriptions.in(transactionOf(context))
      if (decision === 'accept') await subscriptions.accept(userId, template.key, deps.templateId(), now)
      else await subscriptions.decline(userId, template.key, decision, now)
      return await current(userId, subscriptions.find)
    },

    async turnOff(context: CallerContext): Promise<NewIssueAlert> {
      const { userId } = signedInUser(context)
      const subscriptions = deps.subscriptions.in(transactionOf(context))
      const stored = await subscriptions.find(userId, template.key)
      if (stored !== null && stored.enabled) await subscriptions.turnOff(stored._id, deps.now())
      return await current(userId, subscriptions.find)
    },
  }
}

export type AlertService = ReturnType<typeof alertService>
