import { bulletinsContract } from '../../src/domain/contracts/bulletins'
import { NEW_BULLETIN_TEMPLATE } from '../../src/domain/notifications/subscribe-templates'
import { database } from '../runtime/cloudbase-app'
import { createFunction } from '../runtime/create-function'
import { configuredTemplateId } from '../runtime/notifications/template-ids'
import { subscriptionsRepository } from '../runtime/repositories/subscriptions-repository'
import { alertService } from './alert-service'
import { bulletinKindsRepository } from './bulletin-kinds-repository'
import { bulletinsRepository } from './bulletins-repository'
import { feedService } from './feed-service'
import { publishingService } from './publishing-service'
import { readMarksRepository } from './read-marks-repository'
import { searchService } from './search-service'
import { searchSynonymsRepository } from './search-synonyms-repository'

function services() {
  const db = database()
  const bulletins = bulletinsRepository(db)
  const kinds = bulletinKindsRepository(db)
  const now = () => new Date()
  return {
    feed: feedService({ bulletins, kinds, readMarks: readMarksRepository(db), now }),
    search: searchService({ bulletins, synonyms: searchSynonymsRepository(db), now }),
    publishing: publishingService({ bulletins, kinds, now }),
    alerts: alertService({ subscriptions: subscriptionsRepository(db), templateId: () => configuredTemplateId(NEW_BULLETIN_TEMPLATE), now }),
  }
}

let built: ReturnType<typeof services> | undefined
const use = () => (built ??= services())

/** The `bulletins` cloud function: the union's news and work bulletins, their search, and staff publishing. */
export const main = createFunction(bulletinsContract, {
  listKinds: () => use().feed.listKinds(),
  list: payload => use().feed.list(payload),
  get: (payload, context) => use().feed.get(payload.id, context),
  recordRead: (payload, context) => use().feed.recordRead(payload.id, context),
  search: (payload, context) => use().search.search(payload, context.log),
  listSearchSynonyms: () => use().search.listSynonyms(),
  saveSearchSynonyms: (payload, context) => use().search.saveSynonyms(payload.groups, context),
  getNewIssueAlert: (_payload, context) => use().alerts.get(context),
  recordNewIssueAlertChoice: (payload, context) => use().alerts.recordChoice(payload.decision, context),
  turnOffNewIssueAlert: (_payload, context) => use().alerts.turnOff(context),
  parseText: payload => use().publishing.parseText(payload.text),
  saveDraft: (payload, context) => use().publishing.saveDraft(payload, context),
  publish: (payload, context) => use().publishing.publish(payload, context),
  correct: (payload, context) => use().publishing.correct(payload, context),
  unpublish: (payload, context) => use().publishing.unpublish(payload.id, context),
  listForStaff: payload => use().publishing.listForStaff(payload),
  saveKind: (payload, context) => use().publishing.saveKind(payload, context),
  pruneReadMarks: () => use().feed.pruneReadMarks(),
})
