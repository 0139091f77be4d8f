import { notifyContract } from '../../src/domain/contracts/notify'
import { database } from '../runtime/cloudbase-app'
import { createFunction } from '../runtime/create-function'
import { createLogger } from '../runtime/logger'
import { templateIdsFromEnvironment } from '../runtime/notifications/template-ids'
import { inboxRepository } from '../runtime/repositories/inbox-repository'
import { broadcastsRepository } from '../runtime/repositories/notification-broadcasts-repository'
import { runsRepository } from '../runtime/repositories/notification-runs-repository'
import { notificationsRepository } from '../runtime/repositories/notifications-repository'
import { remindersRepository } from '../runtime/repositories/reminders-repository'
import { subscriptionsRepository } from '../runtime/repositories/subscriptions-repository'
import { usersRepository } from '../runtime/repositories/users-repository'
import { runInTransaction } from '../runtime/transaction'
import { dispatchService } from './dispatch-service'
import { fanOut } from './fan-out'
import { inboxService } from './inbox-service'
import { reminderRun } from './reminder-run'
import { sendQueue } from './send-queue'
import { statsService } from './stats-service'
import { subscriptionService } from './subscription-service'
import { sendThroughCloudCall } from './wechat-sender'

function services() {
  const db = database()
  const now = () => new Date()
  const log = createLogger({ fn: 'notify', part: 'dispatcher' })
  const templateIdOf = templateIdsFromEnvironment()
  const inTransaction = <T>(work: Parameters<typeof runInTransaction<T>>[1]) => runInTransaction(db, work)
  const notifications = notificationsRepository(db)
  const subscriptions = subscriptionsRepository(db)
  const inbox = inboxRepository(db)
  return {
    inbox: inboxService({ inbox, now }),
    subscriptions: subscriptionService({ subscriptions, templateIdOf, now }),
    stats: statsService({ notifications }),
    dispatcher: dispatchService({
      reminders: reminderRun({ runs: runsRepository(db), reminders: remindersRepository(db), notifications, inbox, runInTransaction: inTransaction, templateIdOf, now, log }),
      fanOut: fanOut({ broadcasts: broadcastsRepository(db), subscriptions, runInTransaction: inTransaction, templateIdOf, now, log }),
      queue: sendQueue({ notifications, subscriptions, users: usersRepository(db), runInTransaction: inTransaction, send: sendThroughCloudCall, now, log }),
      now,
    }),
  }
}

let built: ReturnType<typeof services> | undefined
const use = () => (built ??= services())

/** The `notify` function: 消息, the subscribe-message credits, the staff figures, and the outbox's dispatcher. */
export const main = createFunction(notifyContract, {
  listInbox: (payload, context) => use().inbox.list(payload, context),
  countUnread: (_payload, context) => use().inbox.countUnread(context),
  markRead: (payload, context) => use().inbox.markRead(payload.id, context),
  markAllRead: (_payload, context) => use().inbox.markAllRead(context),
  getSubscriptions: (payload, context) => use().subscriptions.list(payload.templateKeys, context),
  recordSubscribeDecision: (payload, context) => use().subscriptions.record(payload.templateKey, payload.decision, context),
  stats: payload => use().stats.stats(payload),
  dispatch: () => use().dispatcher.dispatch(),
})
