import { randomUUID } from 'node:crypto'
import type { Logger } from '../runtime/logger'
import { enqueueStoredMessage } from '../runtime/notifications/outbox'
import type { TemplateIdOf } from '../runtime/notifications/template-ids'
import type { BroadcastDocument, BroadcastsRepository } from '../runtime/repositories/notification-broadcasts-repository'
import type { SubscriptionsRepository } from '../runtime/repositories/subscriptions-repository'
import type { Transaction } from '../runtime/transaction'
import { forEachLimited } from './for-each-limited'

export interface FanOutDependencies {
  readonly broadcasts: BroadcastsRepository
  readonly subscriptions: Pick<SubscriptionsRepository, 'enabledAfter'>
  readonly runInTransaction: <T>(work: (transaction: Transaction) => Promise<T>) => Promise<T>
  readonly templateIdOf: TemplateIdOf
  readonly now: () => Date
  readonly log: Logger
}

/** Subscribers read and enqueued per page; the broadcast remembers the last one after each page. */
export const FAN_OUT_PAGE = 100
const FAN_OUT_CONCURRENCY = 8
const BROADCASTS_PER_RUN = 10
const FAN_OUT_LEASE_MS = 120_000

/** The personal message of one subscriber: its own dedupe key, so a page fanned out twice makes each message once. */
function personalDedupeKey(broadcast: BroadcastDocument, userId: string): string {
  return `${broadcast.dedupeKey}|${userId}`
}

/**
 * Turns broadcasts into one message per person who switched the template on, each enqueued in its own
 * transaction (so each person's credit is reserved with their message), page by page under a lease.
 */
export function fanOut(deps: FanOutDependencies) {
  async function fanOutOne(broadcast: BroadcastDocument, owner: string, deadline: number): Promise<number> {
    let cursor = broadcast.cursor
    let made = 0
    while (deps.now().getTime() < deadline) {
      const page = await deps.subscriptions.enabledAfter(broadcast.templateKey, cursor, FAN_OUT_PAGE)
      await forEachLimited(page, FAN_OUT_CONCURRENCY, async subscription => {
        const enqueued = await deps.runInTransaction(transaction =>
          enqueueStoredMessage(
            transaction,
            {
              recipientUserId: subscription.userId,
              templateKey: broadcast.templateKey,
              values: broadcast.values,
              page: broadcast.page,
              dedupeKey: personalDedupeKey(broadcast, subscription.userId),
            },
            { now: deps.now(), templateIdOf: deps.templateIdOf, log: deps.log },
          ),
        )
        if (!enqueued.duplicate) made += 1
      })
      const last = page[page.length - 1]
      const now = deps.now()
      if (last !== undefined) {
        cursor = last._id
        if (!(await deps.broadcasts.advance(broadcast._id, owner, cursor, page.length, new Date(now.getTime() + FAN_OUT_LEASE_MS)))) return made
      }
      if (page.length < FAN_OUT_PAGE) {
        await deps.broadcasts.finish(broadcast._id, owner, now)
        return made
      }
    }
    // Out of time: let the next run continue from the cursor at once, not after the lease.
    await deps.broadcasts.release(broadcast._id, owner, deps.now())
    return made
  }

  return {
    /** Fans out due broadcasts until done or `deadline` (epoch ms); answers how many personal messages it made. */
    async run(deadline: number): Promise<number> {
      const owner = `fan-${randomUUID().replace(/-/g, '').slice(0, 16)}`
      let made = 0
      const now = deps.now()
      for (const id of await deps.broadcasts.dueIds(now, BROADCASTS_PER_RUN)) {
        if (deps.now().getTime() >= deadline) break
        const broadcast = await deps.broadcasts.claim(id, owner, deps.now(), new Date(deps.now().getTime() + FAN_OUT_LEASE_MS))
        if (broadcast !== null) made += await fanOutOne(broadcast, owner, deadline)
      }
      return made
    },
  }
}

export type FanOut = ReturnType<typeof fanOut>
