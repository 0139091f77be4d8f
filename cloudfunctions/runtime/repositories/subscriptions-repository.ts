import { createHash } from 'node:crypto'
import type { SubscribeDecision, SubscribeTemplateKey } from '../../../src/domain/notifications/subscribe-templates'
import type { Database } from '../cloudbase-app'
import { isDuplicateKeyError, typedCollection, type StoredDocument } from '../typed-collection'

export const SUBSCRIPTIONS_COLLECTION = 'subscriptions'

/**
 * One person's consent to one subscribe-message template. `credits` counts the messages WeChat allows
 * (one per 允许, for the template id in `templateId`); the sender spends one per message and sends only
 * while `enabled`. Personal data: listed in the personal-data catalogue, deleted with the person.
 */
export interface SubscriptionDocument extends StoredDocument {
  readonly userId: string
  readonly templateKey: SubscribeTemplateKey
  /** The WeChat template id the credits were granted for; null on the local stack, which has none. */
  readonly templateId: string | null
  readonly enabled: boolean
  readonly credits: number
  /** Every 允许 ever given, for the record. */
  readonly acceptedTotal: number
  readonly lastDecision: SubscribeDecision | 'turned-off' | null
  readonly decidedAt: Date | null
  readonly createdAt: Date
  readonly updatedAt: Date
}

/** The one document of a person and template: a deterministic id, so two first answers cannot make two. */
export function subscriptionId(userId: string, templateKey: SubscribeTemplateKey): string {
  return createHash('sha256').update(`subscription|${userId}|${templateKey}`).digest('hex').slice(0, 32)
}

export function subscriptionsRepository(db: Database) {
  const subscriptions = typedCollection<SubscriptionDocument>(db, SUBSCRIPTIONS_COLLECTION)
  const _ = db.command
  return {
    find: (userId: string, templateKey: SubscribeTemplateKey) => subscriptions.findById(subscriptionId(userId, templateKey)),

    /** Creates the person's document for the template if it is not there yet; returns its id. */
    async ensure(userId: string, templateKey: SubscribeTemplateKey, now: Date): Promise<string> {
      const id = subscriptionId(userId, templateKey)
      try {
        await subscriptions.insert({
          _id: id,
          userId,
          templateKey,
          templateId: null,
          enabled: false,
          credits: 0,
          acceptedTotal: 0,
          lastDecision: null,
          decidedAt: null,
          createdAt: now,
          updatedAt: now,
        })
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error
      }
      return id
    },

    /**
     * One 允许: one more credit, switch on. Credits granted for another template id (the account's template
     * was replaced) cannot be spent on this one, so they are dropped first.
     */
    async accept(id: string, templateId: string | null, now: Date): Promise<void> {
      await subscriptions.updateWhere({ _id: id, templateId: _.neq(templateId) }, { templateId, credits: 0, updatedAt: now })
      await subscriptions.updateById(id, {
        enabled: true,
        credits: _.inc(1),
        acceptedTotal: _.inc(1),
        lastDecision: 'accept',
        decidedAt: now,
        updatedAt: now,
      })
    },

    /** A no (or a template WeChat refused): recorded, nothing else changes. */
    async decline(id: string, decision: Exclude<SubscribeDecision, 'accept'>, now: Date): Promise<void> {
      await subscriptions.updateById(id, { lastDecision: decision, decidedAt: now, updatedAt: now })
    },

    async turnOff(id: string, now: Date): Promise<void> {
      await subscriptions.updateById(id, { enabled: false, lastDecision: 'turned-off', decidedAt: now, updatedAt: now })
    },
  }
}

export type SubscriptionsRepository = ReturnType<typeof subscriptionsRepository>
