import { createHash } from 'node:crypto'
import type { SubscribeDecision, SubscribeTemplateKey } from '../../../src/domain/notifications/subscribe-templates'
import type { Database } from '../cloudbase-app'
import type { Transaction } from '../transaction'
import { typedCollection, type StoredDocument } from '../typed-collection'

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

/**
 * A person's standing with templates inside a transaction: their answers to a subscribe prompt (recorded
 * in the transaction that makes them replayable), and the credits messages reserve and give back.
 */
export function subscriptionsIn(transaction: Transaction) {
  const inTransaction = transaction.collection<SubscriptionDocument>(SUBSCRIPTIONS_COLLECTION)
  const find = (userId: string, templateKey: SubscribeTemplateKey) => inTransaction.findById(subscriptionId(userId, templateKey))
  /** The person's document for the template, created on their first answer. */
  async function ensure(userId: string, templateKey: SubscribeTemplateKey, now: Date): Promise<SubscriptionDocument> {
    const existing = await find(userId, templateKey)
    if (existing !== null) return existing
    const fresh: SubscriptionDocument = {
      _id: subscriptionId(userId, templateKey),
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
    }
    await inTransaction.insert(fresh)
    return fresh
  }
  return {
    find,
    /**
     * One 允许: one more credit, switch on. Credits granted for another template id (the account's
     * template was replaced) cannot be spent on this one, so they are dropped first.
     */
    async accept(userId: string, templateKey: SubscribeTemplateKey, templateId: string | null, now: Date): Promise<void> {
      const current = await ensure(userId, templateKey, now)
      const kept = current.templateId === templateId ? current.credits : 0
      await inTransaction.updateById(current._id, {
        templateId,
        enabled: true,
        credits: kept + 1,
        acceptedTotal: current.acceptedTotal + 1,
        lastDecision: 'accept',
        decidedAt: now,
        updatedAt: now,
      })
    },
    /** A no (or a template WeChat refused): recorded, nothing else changes. */
    async decline(userId: string, templateKey: SubscribeTemplateKey, decision: Exclude<SubscribeDecision, 'accept'>, now: Date): Promise<void> {
      const current = await ensure(userId, templateKey, now)
      await inTransaction.updateById(current._id, { lastDecision: decision, decidedAt: now, updatedAt: now })
    },
    async turnOff(id: string, now: Date): Promise<void> {
      await inTransaction.updateById(id, { enabled: false, lastDecision: 'turned-off', decidedAt: now, updatedAt: now })
    },
    /** Holds one credit for a message about to be queued (the caller checked there is one). */
    async reserve(subscription: SubscriptionDocument, now: Date): Promise<void> {
      await inTransaction.updateById(subscription._id, { credits: subscription.credits - 1, updatedAt: now })
    },
    /**
     * Gives back the credit a message held but never used (WeChat refused it, or it was not sent).
     * Not when the person's credits are now for another template id: that one was never granted.
     */
    async giveBack(userId: string, templateKey: SubscribeTemplateKey, templateId: string, now: Date): Promise<boolean> {
      const current = await find(userId, templateKey)
      if (current === null || current.templateId !== templateId) return false
      await inTransaction.updateById(current._id, { credits: current.credits + 1, updatedAt: now })
      return true
    },
  }
}

export function subscriptionsRepository(db: Database) {
  const subscriptions = typedCollection<SubscriptionDocument>(db, SUBSCRIPTIONS_COLLECTION)
  const _ = db.command
  return {
    find: (userId: string, templateKey: SubscribeTemplateKey) => subscriptions.findById(subscriptionId(userId, templateKey)),

    /** Several people's standing with templates at once (the dispatcher checks each switch before sending). */
    async findByIds(ids: readonly string[]): Promise<SubscriptionDocument[]> {
      if (ids.length === 0) return []
      return await subscriptions.find({ _id: _.in([...ids]) }, { limit: ids.length })
    },

    /** Who switched a template on, in `_id` order after `afterId`: the audience of a broadcast, page by page. */
    async enabledAfter(templateKey: SubscribeTemplateKey, afterId: string | null, limit: number): Promise<SubscriptionDocument[]> {
      const filter = afterId === null ? { templateKey, enabled: true } : { templateKey, enabled: true, _id: _.gt(afterId) }
      return await subscriptions.find(filter, { orderBy: [['_id', 'asc']], limit })
    },

    /** The same records inside a transaction (see `subscriptionsIn`). */
    in: subscriptionsIn,
  }
}

export type SubscriptionsRepository = ReturnType<typeof subscriptionsRepository>
